package nl.onderwijsregio.atlas.core.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * The CSV exports shared by the CLI and the app: UTF-8, {@code ;}-separated, one header line,
 * "\n" line ends. An absent figure is an empty field, never 0.
 */
public final class CsvExport {

    public static final String MEMBERSHIP_HEADER = "region_id;region_name;sectors;gm_code;gm_name";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    /**
     * One row per region and member, in data order. A region without members (the national ones) gets
     * one row with an empty code and name, so every region of the atlas is in the file.
     */
    public static String memberships(Atlas atlas) {
        StringBuilder sb = new StringBuilder(MEMBERSHIP_HEADER).append('\n');
        for (Region r : atlas.regions()) {
            if (r.members().isEmpty()) {
                row(sb, r.id(), r.displayName(), sectors(r), "", "");
            }
            for (MemberRef m : r.members()) {
                String name = atlas.municipality(m.code()).map(x -> x.name())
                        .orElse(m.publishedName() == null ? "" : m.publishedName());
                row(sb, r.id(), r.displayName(), sectors(r), m.code() == null ? "" : m.code(), name);
            }
        }
        return sb.toString();
    }

    /**
     * {@code csv} as UTF-8 behind a byte-order mark, for a file meant to be opened in Excel: without the mark
     * Excel reads it as Windows-1252, and "km²" becomes "kmÂ²", "Fryslân" "FryslÃ¢n".
     */
    public static byte[] utf8ForExcel(String csv) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, all, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, all, UTF8_BOM.length, body.length);
        return all;
    }

    /** Between two caveats in one cell: not the separator, and a line break would split the row for most readers. */
    static final String CAVEAT_SEPARATOR = " | ";

    /**
     * The figures' columns. The sectors, caveats and published name come last, after the figures, each added after
     * the ones before, so that a script that reads the columns by position reads every column where it always did.
     */
    public static String figuresHeader() {
        return "region_id;region_name;" + List.of(KeyFigure.values()).stream()
                .map(KeyFigure::csvColumn).collect(Collectors.joining(";")) + ";sectors;caveats;published_name";
    }

    /**
     * One row per region with its five key figures as published, the sectors they are counted for, the doubts
     * about them ({@code doubts}: region id to the validator's doubts, as the app shows them beside the figures),
     * so that a figure never leaves the atlas as if it were beyond doubt, and the name of the card that printed them
     * ("Twente & Omstreken" for Twente en omstreken; empty for a region made in the atlas), so that a figure can be
     * found again in the publication.
     */
    public static String figures(Atlas atlas, Map<String, List<String>> doubts) {
        StringBuilder sb = new StringBuilder(figuresHeader()).append('\n');
        for (Region r : atlas.regions()) {
            String[] cells = new String[5 + KeyFigure.values().length];
            cells[0] = r.id();
            cells[1] = r.displayName();
            int i = 2;
            for (KeyFigure f : KeyFigure.values()) {
                var v = r.keyFigures().get(f);
                cells[i++] = v.isPresent() ? Long.toString(v.getAsLong()) : "";
            }
            cells[i++] = sectors(r);
            cells[i++] = String.join(CAVEAT_SEPARATOR, doubts.getOrDefault(r.id(), List.of()));
            cells[i] = r.publishedName() == null ? "" : r.publishedName();
            row(sb, cells);
        }
        return sb.toString();
    }

    static String sectors(Region r) {
        return r.sectorsInOrder().stream().map(Sector::name).collect(Collectors.joining(","));
    }

    /** Appends one row, quoting cells that contain the separator, quotes or line breaks. */
    public static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(cell(cells[i]));
        }
        sb.append('\n');
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
