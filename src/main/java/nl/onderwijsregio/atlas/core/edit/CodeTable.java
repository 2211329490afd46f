package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.DataText;
import nl.onderwijsregio.atlas.core.data.Utf8Text;
import nl.onderwijsregio.atlas.core.model.Municipality;

/**
 * A reorganisation's code table as read from its CSV: an old and a new CBS code per line ({@code ;}, {@code ,}
 * or tab separated), each old code with its successor and the line that names it. A name may stand beside the old
 * code, as in the tables CBS publishes and Excel exports ({@code oude_code;oude_naam;nieuwe_code;nieuwe_naam}): the
 * new code is then the third cell. Names are not checked, since they are spelt many ways; the codes are.
 *
 * <p>Only a first line in which nothing looks like a code is taken for a header ({@code oude_code;nieuwe_code}):
 * a mistyped first code ({@code GM037}) is a bad line like any other, not a header to pass over, and a table
 * that leaves no line with codes (empty, a header alone, names instead of codes) is refused, since reading it
 * as "nothing to reorganise" would look like success.
 */
record CodeTable(Map<String, String> successors, Map<String, Integer> lines) {

    /** What a mistyped code still looks like: digits, perhaps with GM before them or an O for a 0 among them. */
    private static final Pattern CODE_LIKE = Pattern.compile("(?i)(GM)?[0-9O]*[0-9][0-9O]*");

    CodeTable {
        successors = Collections.unmodifiableMap(new LinkedHashMap<>(successors));
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    static CodeTable read(Path csv) throws DataLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (IOException e) {
            throw DataLoadException.unreadable(csv, e);
        }
        List<String> text = Utf8Text.decode(csv, bytes, DataText.REORGANISATION_NOT_UTF8.with()).lines().toList();
        Map<String, String> successors = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int headerLine = 0;
        String header = null;
        boolean first = true;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = cells(line);
            if (first && Arrays.stream(cells).noneMatch(c -> CODE_LIKE.matcher(c).matches())) {
                first = false;
                headerLine = i + 1;
                header = line;
                continue;
            }
            first = false;
            String from = cells[0];
            String to = newCode(cells);
            if (!Municipality.isValidCode(from) || !Municipality.isValidCode(to)) {
                throw new DataLoadException(csv, DataText.AT_LINE.with(i + 1),
                        DataText.REORGANISATION_BAD_LINE.with(line));
            }
            String earlier = successors.putIfAbsent(from, to);
            if (earlier != null && !earlier.equals(to)) {
                throw new DataLoadException(csv, DataText.AT_LINE.with(i + 1),
                        DataText.REORGANISATION_TWO_SUCCESSORS.with(from, earlier, to));
            }
            lines.putIfAbsent(from, i + 1);
            // The lines before had no circle, so a circle now runs through this line: it is the one to name.
            List<String> chain = SuccessorEdits.succession(successors, from);
            if (SuccessorEdits.isCircle(chain)) {
                throw new DataLoadException(csv, DataText.AT_LINE.with(i + 1),
                        DataText.REORGANISATION_CIRCLE.with(String.join(" → ", chain)));
            }
        }
        if (successors.isEmpty()) {
            throw new DataLoadException(csv, null, header == null ? DataText.REORGANISATION_NO_CODES.with()
                    : DataText.REORGANISATION_ONLY_HEADER.with(headerLine, header));
        }
        return new CodeTable(successors, lines);
    }

    /** The second cell, or the third when a name stands between the codes. */
    private static String newCode(String[] cells) {
        if (cells.length < 2) {
            return "";
        }
        boolean nameBetween = cells.length >= 3 && !CODE_LIKE.matcher(cells[1]).matches();
        return nameBetween ? cells[2] : cells[1];
    }

    /**
     * The cells of one line, upper case, without quotes. The separator is the line's first of {@code ;}, tab and
     * {@code ,} outside quotes: a name such as "Nuenen, Gerwen en Nederwetten" in a {@code ;} table keeps its comma,
     * and so does a quoted one in a {@code ,} table.
     */
    static String[] cells(String line) {
        char separator = separator(line);
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString().strip().toUpperCase(Locale.ROOT));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip().toUpperCase(Locale.ROOT));
        return cells.toArray(String[]::new);
    }

    private static char separator(String line) {
        for (char candidate : new char[] {';', '\t', ','}) {
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    return candidate;
                }
            }
        }
        return ';';
    }
}
