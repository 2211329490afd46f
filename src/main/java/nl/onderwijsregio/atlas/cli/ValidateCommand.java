package nl.onderwijsregio.atlas.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.FindingText;
import nl.onderwijsregio.atlas.core.check.Severity;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.DataPhrase;
import nl.onderwijsregio.atlas.core.data.RegionFileProblems;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * {@code validate [file]}: loads everything and reports what the validator finds, grouped by severity,
 * rule and region, in Dutch or (with {@code --lang en}) English. Exit 1 when there are errors, or when the file
 * holds what cannot be loaded (then every such problem is listed, in place of the findings).
 */
final class ValidateCommand implements AtlasCli.Command {

    /** The region file, when not the data folder's own. */
    @Override
    public int words() {
        return 1;
    }

    @Override
    public int run(AtlasCli.Options options, PrintStream out, PrintStream err) throws DataLoadException {
        FindingText text = FindingText.forLocale(CliText.of(options).locale());
        AtlasLoader.Loaded loaded;
        try {
            // Unknown member codes are loaded rather than refused, so rule 1 can list them all.
            loaded = AtlasCli.loadWithBoundaries(options, options.positional(0), true, err);
        } catch (RegionFileProblems problems) {
            return report(problems, text, CliText.of(options), out);
        }
        Atlas atlas = loaded.atlas();

        List<Finding> findings = new Validator().validate(atlas);
        out.println(text.text("check.report.title", loaded.regions().toString()));
        // Said, because the folder's edition is chosen by the regions file rather than named.
        out.println(text.text("check.report.boundaries", loaded.municipalities().toString()));
        out.println(text.text("check.report.loaded", atlas.municipalities().size(), atlas.regions().size()));
        out.println(summary(text, findings));
        for (Severity severity : Severity.values()) {
            printSeverity(text, atlas, severity, findings.stream().filter(f -> f.severity() == severity).toList(),
                    out);
        }
        if (findings.isEmpty()) {
            out.println(text.text("check.report.none"));
        } else {
            out.println();
            out.println(summary(text, findings));
        }
        return Validator.hasErrors(findings) ? 1 : 0;
    }

    /**
     * A regions file that reads as JSON but holds what the atlas cannot load: every problem with its place, at once,
     * so that one run shows all there is to mend. Exit 1, as for findings with errors: the file itself was read.
     */
    private static int report(RegionFileProblems problems, FindingText findingText, CliText text, PrintStream out) {
        Locale locale = text.locale();
        out.println(findingText.text("check.report.title", problems.file().toString()));
        out.println(text.t("cli.validate.problems", problems.all().size()));
        out.println();
        for (DataLoadException problem : problems.all()) {
            DataPhrase place = problem.locationPhrase();
            out.println(place == null ? text.t("cli.validate.problem", problem.problemPhrase().in(locale))
                    : text.t("cli.validate.problemAt", place.in(locale), problem.problemPhrase().in(locale)));
        }
        return 1;
    }

    static String summary(FindingText text, List<Finding> findings) {
        Map<Severity, Long> counts = Validator.countBySeverity(findings);
        return text.text("check.report.summary", text.severityCount(Severity.ERROR, counts.get(Severity.ERROR)),
                text.severityCount(Severity.WARNING, counts.get(Severity.WARNING)),
                text.severityCount(Severity.INFO, counts.get(Severity.INFO)));
    }

    private static void printSeverity(FindingText text, Atlas atlas, Severity severity, List<Finding> findings,
                                      PrintStream out) {
        if (findings.isEmpty()) {
            return;
        }
        out.println();
        out.println("== " + text.text("check.severity." + severity.name().toLowerCase(Locale.ROOT))
                + " (" + findings.size() + ") ==");
        Map<String, Map<String, List<Finding>>> byRuleAndRegion = new LinkedHashMap<>();
        for (Finding f : findings) {
            byRuleAndRegion.computeIfAbsent(f.ruleId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.regionId() == null ? "" : f.regionId(), k -> new java.util.ArrayList<>())
                    .add(f);
        }
        byRuleAndRegion.forEach((rule, byRegion) -> {
            int count = byRegion.values().stream().mapToInt(List::size).sum();
            out.println();
            out.println(text.ruleTitle(rule) + " [" + rule + "] (" + count + ")");
            byRegion.forEach((regionId, list) -> {
                String indent = "  ";
                if (!regionId.isEmpty() && byRegion.size() > 1 && list.size() > 1) {
                    out.println("  " + atlas.region(regionId).map(Region::displayName).orElse(regionId));
                    indent = "    ";
                }
                for (Finding f : list) {
                    out.println(indent + "- " + text.message(f));
                }
            });
        });
    }
}
