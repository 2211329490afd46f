package nl.onderwijsregio.atlas.core.edit;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a key figure as an editor types it: a whole number of at least 0, with or without Dutch thousands
 * separators ("58.632", "58 632"), or empty / "onbekend" / "unknown" / "?" for unknown, which is not zero. Read for a
 * language, the thousands separator that language shows figures with is taken too ("58,632" in English), so a figure
 * shown grouped in the form reads back as it is; in Dutch "58,632" stays refused, as it reads as a fraction there.
 */
public final class FigureInput {

    /** The outcome: {@code valid} false means the text is neither a whole number ≥ 0 nor unknown. */
    public record Parsed(boolean valid, Long value) {
        public boolean unknown() {
            return valid && value == null;
        }
    }

    /** The separators taken in every language: Dutch grouping, and spaces as people type them. */
    private static final String SEPARATORS = ". \u00a0";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private FigureInput() {
    }

    public static Parsed parse(String text) {
        return parse(text, DUTCH);
    }

    /** As {@link #parse(String)}, taking the thousands separator of {@code language} too. */
    public static Parsed parse(String text, Locale language) {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || lower.equals("onbekend") || lower.equals("unknown") || lower.equals("?") || lower.equals("–")
                || lower.equals("-")) {
            return new Parsed(true, null);
        }
        if (!grouped(language).matcher(t).matches()) {
            return new Parsed(false, null);
        }
        try {
            return new Parsed(true, Long.parseLong(t.replaceAll("\\D", "")));
        } catch (NumberFormatException e) {
            return new Parsed(false, null);
        }
    }

    /**
     * Digits, or groups of three after the first behind one and the same separator throughout: "1,234.567" is an
     * English fraction, not a Dutch figure grouped with two separators.
     */
    private static Pattern grouped(Locale language) {
        StringBuilder separators = new StringBuilder();
        (SEPARATORS + DecimalFormatSymbols.getInstance(language).getGroupingSeparator()).chars()
                .forEach(c -> separators.append(String.format(Locale.ROOT, "\\x{%x}", c)));
        return Pattern.compile("\\d{1,3}([" + separators + "])\\d{3}(?:\\1\\d{3})*|\\d+");
    }

    public static Optional<Long> valueOf(String text) {
        return Optional.ofNullable(parse(text).value());
    }
}
