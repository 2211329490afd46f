package nl.onderwijsregio.atlas.core.summary;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.data.CsvExport;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.SourceInfo;

/**
 * A region's facts to paste elsewhere: as readable text for a mail or note, and as CSV for a
 * spreadsheet, both naming their source ({@link FigureSource}: the publication, or the atlas for a region made in it). Figures keep the pane's rules: Dutch grouping in text, absent written as unknown (text)
 * or left empty (CSV), never 0. Both carry the region's {@link FigureCaveats}, which are a required argument so
 * that no caller can pass the figures or the municipalities on without them.
 */
public final class FactsCopy {

    private FactsCopy() {
    }

    public static String text(RegionFacts facts, FigureCaveats caveats, SourceInfo source, Locale locale,
                              Labels labels) {
        Region r = facts.region();
        StringBuilder sb = new StringBuilder(r.displayName()).append('\n');
        if (r.publishedName() != null && !r.publishedName().equals(r.displayName())) {
            sb.append(labels.get("detail.publishedAs", r.publishedName())).append('\n');
        }
        sb.append(labels.get("detail.copy.sectors",
                r.sectorsInOrder().stream().map(Sector::name).collect(Collectors.joining(", "))));
        if (r.voorloper()) {
            sb.append(" · ").append(labels.get("detail.badge.voorloper"));
        }
        if (r.scope() == nl.onderwijsregio.atlas.core.model.Scope.NATIONAL) {
            sb.append(" · ").append(labels.get("detail.badge.national"));
        }
        sb.append('\n');
        if (r.voorloper() && r.voorloperNote() != null && !r.voorloperNote().isBlank()) {
            // Which 2023 application the region grew from is partly our judgement: it travels with the badge.
            sb.append(labels.get("detail.copy.voorloperNote", DataNote.of(r.voorloperNote(), locale, labels))).append('\n');
        }
        caveats.sectors().ifPresent(line -> sb.append(line).append('\n'));
        String unknown = labels.get("detail.unknown");
        for (KeyFigure f : KeyFigure.values()) {
            sb.append(labels.get("detail.figure." + f.jsonKey())).append(": ")
                    .append(NumberText.figure(r.keyFigures().get(f), locale, unknown)).append('\n');
        }
        caveats.figureLines(labels).forEach(line -> sb.append(line).append('\n'));
        if (!facts.members().isEmpty()) {
            sb.append(labels.get("detail.copy.area", NumberText.area(facts.areaKm2(), locale))).append('\n');
            sb.append(labels.get("detail.copy.members", facts.members().size())).append(' ');
            sb.append(facts.members().stream()
                    .map(m -> m.province().isEmpty() ? m.name() : m.name() + " (" + m.province() + ")")
                    .collect(Collectors.joining(", "))).append('\n');
            printedOtherwise(facts.members(), labels).ifPresent(line -> sb.append(line).append('\n'));
        }
        caveats.memberLines(labels).forEach(line -> sb.append(line).append('\n'));
        if (!facts.labourMarkets().isEmpty()) {
            sb.append(labels.get("detail.copy.labourMarkets", facts.labourMarkets().stream()
                    .map(s -> s.labourMarket().name() + " (" + s.describe(labels) + ")")
                    .collect(Collectors.joining(", ")))).append('\n');
        }
        if (!r.cases().isEmpty()) {
            sb.append(labels.get("detail.copy.cases", r.cases().size())).append('\n');
            // Title and story are the atlas's words: each names where the publication tells it, as the cards do.
            r.cases().forEach(c -> sb.append(c.source() == null || c.source().isBlank()
                    ? labels.get("detail.copy.caseUnsourced", c.title())
                    : labels.get("detail.copy.case", c.title(), c.source())).append('\n'));
        }
        sb.append(labels.get("detail.copy.source", FigureSource.ofRegion(r, source, labels))).append('\n');
        return sb.toString();
    }

    /**
     * The region as the table exports it (header and one row), then an empty line and its municipalities
     * with code, name, province and overlap count. The caveats follow the row at once, so a sheet cut off
     * after the figures still has them.
     */
    public static String csv(RegionFacts facts, RegionRow row, FigureCaveats caveats, SourceInfo source,
                             Locale locale, Labels labels) {
        StringBuilder sb = new StringBuilder(TableCsv.export(List.of(row), locale, labels));
        caveats.all().forEach(line -> CsvExport.row(sb, labels.get("detail.csv.caveat"), line));
        sb.append('\n');
        CsvExport.row(sb, labels.get("detail.csv.code"), labels.get("detail.csv.municipality"),
                labels.get("detail.csv.province"), labels.get("detail.csv.overlap"), labels.get("detail.csv.printed"));
        for (MemberFact m : facts.members()) {
            CsvExport.row(sb, m.code() == null ? "" : m.code(), m.name(), m.province(),
                    Integer.toString(m.overlapCount()), m.printedInRecord() ? m.publishedName() : "");
        }
        // A sheet pasted on its own still says where its figures come from.
        sb.append('\n');
        CsvExport.row(sb, labels.get("detail.csv.source"), FigureSource.ofRegion(facts.region(), source, labels));
        return sb.toString();
    }

    /**
     * The names the source printed otherwise than the municipalities they were resolved to, each with what it became
     * ("„Bergen” → Bergen (L.)", a province → its municipalities), so a list passed on does not pass for the printed one.
     */
    private static java.util.Optional<String> printedOtherwise(List<MemberFact> members, Labels labels) {
        java.util.Map<String, List<String>> byPrinted = members.stream().filter(MemberFact::printedInRecord)
                .collect(Collectors.groupingBy(MemberFact::publishedName, java.util.LinkedHashMap::new,
                        Collectors.mapping(MemberFact::name, Collectors.toList())));
        if (byPrinted.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(labels.get("detail.copy.printed", byPrinted.entrySet().stream()
                .map(e -> labels.get("detail.copy.printedAs", e.getKey(), String.join(", ", e.getValue())))
                .collect(Collectors.joining("; "))));
    }

    /** "Title (publisher, edition)", leaving out what is unknown. */
    public static String sourceLine(SourceInfo source) {
        String extra = java.util.stream.Stream.of(source.publisher(), source.edition())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        String title = source.title() == null ? "" : source.title();
        return extra.isEmpty() ? title : title + " (" + extra + ")";
    }
}
