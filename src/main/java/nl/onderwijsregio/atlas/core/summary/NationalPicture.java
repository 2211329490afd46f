package nl.onderwijsregio.atlas.core.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.onderwijsregio.atlas.core.model.LocalizedText;

/**
 * The national evaluation's aggregate tables ("Landelijk beeld"), exactly as printed: answer counts of
 * the 44 responding regions, and average spending percentages. No per-region figures exist in it.
 *
 * <p>Where the printed numbers do not add up (a row of answer counts that is not n, percentages that
 * are not the printed total), {@link Table#shortfalls()} says so; the numbers themselves are never
 * corrected. A blank cell in the report is {@code null} here, not 0.
 */
public record NationalPicture(LocalizedText source, int respondents, List<Table> tables) {

    /** The bundled tables of the 2025 interim evaluation. */
    public static final String RESOURCE = "/evaluation/evaluatie-onderwijsregiobeleid-2025.json";

    public NationalPicture {
        tables = List.copyOf(tables);
    }

    /** Whether the table counts answers (a row should add up to n) or gives percentages (adds up to the total). */
    public enum Kind { COUNTS, PERCENT }

    /**
     * One printed table.
     *
     * @param number       the number the report gives it (4 for "Tabel 4"); the word before it is the reader's
     *                     language's, since "Tabel" in an English sentence reads as a slip
     * @param location     where in the report it is printed ("§ 4.2", "bijlage 1"): the tables are not all
     *                     in one place, so a reader looking it up needs each table's own
     * @param printedTotal for percentages, the total printed under the column (100); 0 for counts
     */
    public record Table(String id, int number, LocalizedText location, Kind kind, LocalizedText title,
                        List<LocalizedText> categories, List<Row> rows, int printedTotal) {

        public Table {
            categories = List.copyOf(categories);
            rows = List.copyOf(rows);
        }

        /**
         * The rows whose printed numbers do not reach what they should: n for counts, or (for a
         * percentage column) the printed total. Empty when everything adds up.
         */
        public List<Shortfall> shortfalls(int respondents) {
            List<Shortfall> result = new ArrayList<>();
            if (kind == Kind.COUNTS) {
                for (Row r : rows) {
                    if (r.sum() != respondents) {
                        result.add(new Shortfall(r.label(), r.sum(), respondents));
                    }
                }
            } else {
                int sum = rows.stream().mapToInt(Row::sum).sum();
                if (sum != printedTotal) {
                    result.add(new Shortfall(null, sum, printedTotal));
                }
            }
            return result;
        }

        /** The largest single value, to scale bars. */
        public int maxValue() {
            return rows.stream().flatMap(r -> r.values().stream()).filter(v -> v != null).mapToInt(Integer::intValue)
                    .max().orElse(0);
        }
    }

    /** A printed row; a blank cell is null. */
    public record Row(LocalizedText label, List<Integer> values) {

        public Row {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        public int sum() {
            return values.stream().filter(v -> v != null).mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Printed numbers that add up to {@code printed} where {@code expected} was due.
     *
     * @param rowLabel the row concerned, or null for a whole percentage column
     */
    public record Shortfall(LocalizedText rowLabel, int printed, int expected) {
    }

    /** Reads the bundled tables. A broken resource is a programming error, so it fails loudly. */
    public static NationalPicture bundled() {
        try (InputStream in = NationalPicture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static NationalPicture read(JsonNode root) {
        List<Table> tables = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            List<LocalizedText> categories = new ArrayList<>();
            t.path("categories").forEach(c -> categories.add(text(c)));
            List<Row> rows = new ArrayList<>();
            for (JsonNode r : t.path("rows")) {
                List<Integer> values = new ArrayList<>();
                r.path("values").forEach(v -> values.add(v.isNull() ? null : v.intValue()));
                if (values.size() != categories.size()) {
                    throw new IllegalStateException(RESOURCE + ": table " + t.path("table").asInt() + ", row \""
                            + r.path("label").path("nl").asText() + "\" has " + values.size() + " values for "
                            + categories.size() + " columns");
                }
                rows.add(new Row(text(r.path("label")), values));
            }
            if (t.path("location").path("nl").asText().isBlank()) {
                throw new IllegalStateException(RESOURCE + ": table " + t.path("table").asInt()
                        + " does not say where in the report it is printed (\"location\")");
            }
            tables.add(new Table(t.path("id").asText(), t.path("table").asInt(), text(t.path("location")),
                    Kind.valueOf(t.path("kind").asText().toUpperCase(java.util.Locale.ROOT)), text(t.path("title")),
                    categories, rows, t.path("printedTotal").asInt(0)));
        }
        return new NationalPicture(text(root.path("source")), root.path("respondents").asInt(), tables);
    }

    private static LocalizedText text(JsonNode n) {
        return new LocalizedText(n.path("nl").asText(), n.path("en").asText(null));
    }
}
