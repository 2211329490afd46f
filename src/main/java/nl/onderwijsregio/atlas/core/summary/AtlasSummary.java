package nl.onderwijsregio.atlas.core.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsregio.atlas.core.text.DutchOrder;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.NameMatcher;

/**
 * Region facts derived from one {@link Atlas} snapshot: overlaps, areas, neighbours and table rows.
 *
 * <p>"Overlap" is always counted within a sector: two regions overlap only when they share a sector
 * and a municipality, because each sector map is read on its own. A region serving several sectors
 * counts every other region that shares any of them, each once.
 *
 * <p>One meaning of "a municipality with overlap", wherever a number is shown: a member that another
 * region covers in at least one sector this region serves. The table's column, the detail pane's
 * total and both CSV exports count that; only the detail pane's chip per member follows the sector the
 * map shows (and names it), with the per-sector counts beside the total so the two can be reconciled.
 *
 * <p>Bordering regions need the {@link MunicipalityGraph}; without one only overlaps are reported.
 * Cheap to build (one pass over the memberships); immutable and safe to share between threads.
 */
public final class AtlasSummary {


    private final Atlas atlas;
    private final MunicipalityGraph graph;
    /** Per sector: municipality code → regions of that sector covering it, in data order. */
    private final Map<Sector, Map<String, List<Region>>> coverage = new HashMap<>();

    public AtlasSummary(Atlas atlas, MunicipalityGraph graph) {
        this.atlas = atlas;
        this.graph = graph;
        for (Sector s : Sector.values()) {
            coverage.put(s, new HashMap<>());
        }
        for (Region r : atlas.regions()) {
            for (Sector s : r.sectors()) {
                for (String code : r.memberCodes()) {
                    coverage.get(s).computeIfAbsent(code, c -> new ArrayList<>()).add(r);
                }
            }
        }
    }

    public Atlas atlas() {
        return atlas;
    }

    /** The facts of the region with {@code id}, or empty when there is no such region. */
    public Optional<RegionFacts> facts(String id) {
        return atlas.region(id).map(this::facts);
    }

    public RegionFacts facts(Region region) {
        List<MemberFact> members = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        double area = 0;
        for (MemberRef ref : region.members()) {
            String key = ref.code() != null ? ref.code() : "?" + ref.publishedName();
            if (!seen.add(key)) {
                continue;
            }
            Optional<Municipality> m = atlas.municipality(ref.code());
            String name = m.map(Municipality::name).orElse(ref.publishedName() == null ? ref.code() : ref.publishedName());
            Correction record = correctionFor(region, ref);
            // The municipality Groningen printed as "Groningen" for its whole province keeps that printed name:
            // it is as much a member of the record as the nine printed otherwise.
            String published = ref.publishedName() != null
                    && (!ref.publishedName().equals(name) || printedIn(record, ref)) ? ref.publishedName() : null;
            double km2 = m.map(Municipality::areaKm2).orElse(0.0);
            area += km2;
            members.add(new MemberFact(ref.code(), name, m.map(Municipality::province).orElse(""), published,
                    record == null ? null : record.reason(),
                    ref.code() == null ? 0 : othersCovering(region, ref.code()).size(), km2,
                    othersBySector(region, ref.code())));
        }
        members.sort(Comparator.comparing(m -> DutchOrder.key(m.name())));
        return new RegionFacts(region, members, links(region), area,
                LabourMarketShare.of(seen, atlas.municipalities()));
    }

    /** Other regions sharing a sector with {@code region} that cover {@code code}, each once. */
    public Set<Region> othersCovering(Region region, String code) {
        Set<Region> result = new LinkedHashSet<>();
        for (Sector s : region.sectorsInOrder()) {
            for (Region other : coverage.get(s).getOrDefault(code, List.of())) {
                if (other != region && !other.id().equals(region.id())) {
                    result.add(other);
                }
            }
        }
        return result;
    }

    /** Per sector of {@code region}: the other regions of that sector covering {@code code}. */
    private Map<Sector, List<String>> othersBySector(Region region, String code) {
        Map<Sector, List<String>> result = new java.util.EnumMap<>(Sector.class);
        if (code == null) {
            return result;
        }
        for (Sector s : region.sectorsInOrder()) {
            List<String> names = coverage.get(s).getOrDefault(code, List.of()).stream()
                    .filter(other -> !other.id().equals(region.id())).map(Region::displayName).toList();
            if (!names.isEmpty()) {
                result.put(s, names);
            }
        }
        return result;
    }

    /** One row per region, in data order. */
    public List<RegionRow> rows() {
        List<RegionRow> rows = new ArrayList<>();
        for (Region r : atlas.regions()) {
            RegionFacts f = facts(r);
            StringBuilder search = new StringBuilder(key(r.displayName()));
            search.append('|').append(key(r.publishedName()));
            f.members().forEach(m -> search.append('|').append(key(m.name())));
            rows.add(new RegionRow(r.id(), r.displayName(), r.publishedName(), r.sectorsInOrder(), r.keyFigures(), f.members().size(),
                    f.areaKm2(), f.overlappingMemberCount(), r.voorloper(),
                    r.scope() == nl.onderwijsregio.atlas.core.model.Scope.NATIONAL,
                    r.cases().size(),
                    search.toString()));
        }
        return rows;
    }

    /**
     * Search keys of names, remembered across snapshots: the names hardly change between edits, and
     * normalising them is most of the cost of building the table rows.
     */
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();


    private static String key(String name) {
        return name == null ? "" : KEYS.computeIfAbsent(name, NameMatcher::key);
    }

    private List<RegionLink> links(Region region) {
        Set<String> own = region.memberCodes();
        Map<String, Integer> shared = new HashMap<>();
        for (String code : own) {
            for (Region other : othersCovering(region, code)) {
                shared.merge(other.id(), 1, Integer::sum);
            }
        }
        List<RegionLink> overlaps = new ArrayList<>();
        List<RegionLink> borders = new ArrayList<>();
        for (Region other : atlas.regions()) {
            if (other.id().equals(region.id()) || other.sectors().stream().noneMatch(region::serves)) {
                continue;
            }
            Integer n = shared.get(other.id());
            List<Sector> common = other.sectorsInOrder().stream().filter(region::serves).toList();
            if (n != null) {
                overlaps.add(new RegionLink(other.id(), other.displayName(), RegionLink.Relation.OVERLAPS, n, common));
            } else if (borders(own, other.memberCodes())) {
                borders.add(new RegionLink(other.id(), other.displayName(), RegionLink.Relation.BORDERS, 0, common));
            }
        }
        overlaps.sort(Comparator.comparingInt(RegionLink::shared).reversed()
                .thenComparing(l -> DutchOrder.key(l.name())));
        borders.sort(Comparator.comparing(l -> DutchOrder.key(l.name())));
        List<RegionLink> all = new ArrayList<>(overlaps);
        all.addAll(borders);
        return all;
    }

    private boolean borders(Set<String> a, Set<String> b) {
        if (graph == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String code : a) {
            for (String n : graph.neighbours(code)) {
                if (b.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The recorded correction for one member: a correction on the members whose published text or
     * chosen value names this member; null when none does.
     */
    private static Correction correctionFor(Region region, MemberRef ref) {
        for (Correction c : region.corrections()) {
            if (!"members".equals(c.field())) {
                continue;
            }
            boolean byCode = ref.code() != null && c.value() != null && c.value().contains(ref.code());
            if (printedIn(c, ref) || byCode) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code c} is about the name {@code ref} was printed under, not only about its code. */
    private static boolean printedIn(Correction c, MemberRef ref) {
        return c != null && ref.publishedName() != null && c.published() != null
                && c.published().trim().equals(ref.publishedName().trim());
    }
}
