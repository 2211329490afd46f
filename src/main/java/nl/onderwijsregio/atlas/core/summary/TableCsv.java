package nl.onderwijsregio.atlas.core.summary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.atlas.core.data.CsvExport;
import nl.onderwijsregio.atlas.core.model.SourceInfo;

/**
 * The table of all regions as CSV: UTF-8, {@code ;}, the table's column order and headers, and after them the name the
 * region card was published under, which the screen table leaves to the detail pane.
 */
public final class TableCsv {

    private TableCsv() {
    }

    /** In the table's own column order. */
    public static String export(List<RegionRow> rows, Locale locale, Labels labels) {
        return export(rows, List.of(RegionColumn.values()), locale, labels);
    }

    /**
     * In the order given, e.g. as the user has dragged the columns on screen. The published name comes last, so a
     * sheet that reads the columns by position reads the table's where it did; a region made in the atlas has none.
     */
    public static String export(List<RegionRow> rows, List<RegionColumn> columns, Locale locale, Labels labels) {
        StringBuilder sb = new StringBuilder();
        RegionColumn[] cols = columns.toArray(RegionColumn[]::new);
        String[] cells = new String[cols.length + 1];
        for (int i = 0; i < cols.length; i++) {
            cells[i] = labels.get(cols[i].labelKey());
        }
        cells[cols.length] = labels.get("table.csv.publishedAs");
        CsvExport.row(sb, cells);
        for (RegionRow row : rows) {
            for (int i = 0; i < cols.length; i++) {
                cells[i] = cols[i].csvCell(row, locale, labels);
            }
            cells[cols.length] = row.publishedName() == null ? "" : row.publishedName();
            CsvExport.row(sb, cells);
        }
        return sb.toString();
    }

    /**
     * The table's own export: the rows, then what a sheet passed on must still say, as a region's copied CSV does:
     * that a figure is the region's over all the sectors it serves, the doubts about the figures of the regions
     * exported ({@code doubts}: region id to caveat lines), and where the figures come from: the publication, and
     * the atlas for the regions made in it.
     */
    public static String exportWithSource(List<RegionRow> rows, List<RegionColumn> columns, Locale locale,
                                          Labels labels, Map<String, List<String>> doubts, SourceInfo source) {
        StringBuilder sb = new StringBuilder(export(rows, columns, locale, labels));
        sb.append('\n');
        CsvExport.row(sb, labels.get("table.csv.note"), labels.get("table.csv.figuresPerRegion"));
        for (RegionRow row : rows) {
            doubts.getOrDefault(row.id(), List.of()).forEach(line -> CsvExport.row(sb, labels.get("detail.csv.caveat"),
                    labels.get("table.csv.caveat", row.name(), line)));
        }
        CsvExport.row(sb, labels.get("detail.csv.source"), FactsCopy.sourceLine(source));
        List<String> entered = rows.stream().filter(r -> !r.hasCard()).map(RegionRow::name).toList();
        if (!entered.isEmpty()) {
            CsvExport.row(sb, labels.get("detail.csv.source"), labels.get("table.csv.entered",
                    FigureSource.title(source), String.join(", ", entered)));
        }
        return sb.toString();
    }
}
