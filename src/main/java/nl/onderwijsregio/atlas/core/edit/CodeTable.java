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
 * or tab separated), each old code with its successor and the line that names it.
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
            throw new DataLoadException(csv, null, DataText.CANNOT_READ.with(e.getMessage()), e);
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
            String[] cells = Arrays.stream(line.split("\\s*[;,\\t]\\s*"))
                    .map(c -> c.replace("\"", "").strip().toUpperCase(Locale.ROOT)).toArray(String[]::new);
            if (first && Arrays.stream(cells).noneMatch(c -> CODE_LIKE.matcher(c).matches())) {
                first = false;
                headerLine = i + 1;
                header = line;
                continue;
            }
            first = false;
            String from = cells[0];
            String to = cells.length > 1 ? cells[1] : "";
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
}
