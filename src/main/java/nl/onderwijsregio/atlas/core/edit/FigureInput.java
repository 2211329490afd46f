package nl.onderwijsregio.atlas.core.edit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a key figure as an editor types it: a whole number of at least 0, with or without Dutch thousands
 * separators ("58.632", "58 632"), or empty / "onbekend" / "unknown" / "?" for unknown, which is not zero.
 */
public final class FigureInput {

    /** The outcome: {@code valid} false means the text is neither a whole number ≥ 0 nor unknown. */
    public record Parsed(boolean valid, Long value) {
        public boolean unknown() {
            return valid && value == null;
        }
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[. \u00a0]\\d{3})+|\\d+");

    private FigureInput() {
    }

    public static Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || lower.equals("onbekend") || lower.equals("unknown") || lower.equals("?") || lower.equals("–")
                || lower.equals("-")) {
            return new Parsed(true, null);
        }
        if (!GROUPED.matcher(t).matches()) {
            return new Parsed(false, null);
        }
        try {
            return new Parsed(true, Long.parseLong(t.replaceAll("[. \u00a0]", "")));
        } catch (NumberFormatException e) {
            return new Parsed(false, null);
        }
    }

    public static Optional<Long> valueOf(String text) {
        return Optional.ofNullable(parse(text).value());
    }
}
