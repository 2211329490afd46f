package nl.onderwijsregio.atlas.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * Runs every rule over an atlas snapshot and returns the findings, errors first.
 *
 * <p>Meant to be kept and reused (the editor validates after every edit): the border graph and distances
 * of the municipalities are built on first use and reused for as long as snapshots share the same
 * municipalities, which edits of region data always do.
 */
public final class Validator {

    private final List<Rule> rules;
    private final Map<String, Integer> ruleOrder = new HashMap<>();

    private CheckContext.Edition edition;

    /** A validator with all rules of the atlas. */
    public Validator() {
        this(List.of(
                new UnknownMemberRule(),
                new DuplicateMemberRule(),
                new ScopeTerritoryRule(),
                new ContiguityRule(),
                new SectorCoverageRule(),
                new FiguresSectorsRule(),
                new IdenticalFiguresRule(),
                new NameTerritoryRule()));
    }

    /** A validator with only {@code rules}, e.g. for a test of one rule. */
    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule r : this.rules) {
            for (String id : r.ids()) {
                ruleOrder.putIfAbsent(id, ruleOrder.size());
            }
        }
    }

    /** Every rule id this validator can report, in report order. */
    public List<String> ruleIds() {
        return rules.stream().flatMap(r -> r.ids().stream()).distinct().toList();
    }

    /**
     * All findings on {@code atlas}: by severity, then rule, then region in data order, then in the order the
     * rule found them. Pure apart from the cached border graph.
     */
    public List<Finding> validate(Atlas atlas) {
        return validate(atlas, null);
    }

    /**
     * As {@link #validate(Atlas)}, with the border graph of {@code atlas}'s municipalities already at hand
     * (the app borrows the map's), so it is not built a second time; null to build it here.
     */
    public List<Finding> validate(Atlas atlas, MunicipalityGraph graph) {
        CheckContext context = contextFor(atlas, graph);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, findings);
        }
        Map<String, Integer> regionOrder = new HashMap<>();
        List<Region> regions = atlas.regions();
        for (int i = 0; i < regions.size(); i++) {
            regionOrder.putIfAbsent(regions.get(i).id(), i);
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> ruleOrder.getOrDefault(f.ruleId(), Integer.MAX_VALUE))
                .thenComparing(f -> f.regionId() == null ? -1 : regionOrder.getOrDefault(f.regionId(), -1)));
        return List.copyOf(findings);
    }

    private synchronized CheckContext contextFor(Atlas atlas, MunicipalityGraph graph) {
        if (edition == null || !edition.isFor(atlas)) {
            List<Municipality> ms = List.copyOf(atlas.municipalities().values());
            edition = new CheckContext.Edition(ms, graph != null ? graph : MunicipalityGraph.of(ms));
        }
        return new CheckContext(atlas, edition);
    }

    /** Counts of findings per severity. */
    public static Map<Severity, Long> countBySeverity(List<Finding> findings) {
        Map<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, findings.stream().filter(f -> f.severity() == s).count());
        }
        return counts;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }
}
