package nl.onderwijsregio.atlas.core.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import nl.onderwijsregio.atlas.core.check.FiguresSectorsRule;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.IdenticalFiguresRule;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * What has to travel with a region's key figures: the validator's doubts about them (the same figures as
 * another card, or figures at odds with the sectors) and a recorded correction of the sectors they are
 * counted for. The figures stay as published; the detail pane shows these beside them and the copies carry
 * them, so a figure is never passed on as if it were beyond doubt. Most regions have none.
 *
 * @param figures the validator's doubts about the key figures, one finding's text each
 * @param sectors the line on the corrected sectors, empty when the sectors are as printed
 */
public record FigureCaveats(List<String> figures, Optional<String> sectors) {

    /** A region whose figures and sectors raise no doubt, as most do. */
    public static final FigureCaveats NONE = new FigureCaveats(List.of(), Optional.empty());

    public FigureCaveats {
        figures = List.copyOf(figures);
    }

    /** The caveats on {@code region}, from all the validator's {@code findings}. */
    public static FigureCaveats of(Region region, List<Finding> findings, Locale locale, Labels labels) {
        List<String> figures = doubts(region, findings, locale);
        Optional<String> sectors = region.corrections().stream()
                .filter(c -> FiguresSectorsRule.SECTORS_FIELD.equals(c.field())).findFirst()
                .map(new CorrectionText(locale, labels)::of);
        return new FigureCaveats(figures, sectors);
    }

    /**
     * The validator's doubts about the figures of each region that has some, by region id: for the table and its
     * chart, which mark those figures.
     */
    public static Map<String, List<String>> doubtsByRegion(List<Region> regions, List<Finding> findings,
                                                           Locale locale) {
        Map<String, List<String>> doubts = new LinkedHashMap<>();
        for (Region region : regions) {
            List<String> own = doubts(region, findings, locale);
            if (!own.isEmpty()) {
                doubts.put(region.id(), own);
            }
        }
        return doubts;
    }

    private static List<String> doubts(Region region, List<Finding> findings, Locale locale) {
        return findings.stream().filter(f -> f.concernsRegion(region.id()) && questionsFigures(f))
                .map(f -> f.message(locale)).toList();
    }

    private static boolean questionsFigures(Finding f) {
        return IdenticalFiguresRule.ID.equals(f.ruleId()) || FiguresSectorsRule.questionsFigures(f);
    }

    /** The doubts about the figures as lines to read on their own: "Kanttekening: …". */
    public List<String> figureLines(Labels labels) {
        return figures.stream().map(f -> labels.get("detail.figures.caveat", f)).toList();
    }

    /** Every caveat, the sectors' first, as a sheet's rows name them under their own heading. */
    public List<String> all() {
        List<String> lines = new ArrayList<>();
        sectors.ifPresent(lines::add);
        lines.addAll(figures);
        return lines;
    }
}
