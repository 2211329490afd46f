package nl.onderwijsregio.atlas.core.edit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one pasted piece says once the marks documents add to a name are taken off, and the CBS code written beside
 * the name, if any. {@link PasteListResolver} decides what the name means; this only reads it.
 *
 * <p>Only a code with its "GM" counts: a bare four-digit number may as well be a postcode (1000–9999), a year or a
 * count, so "Zwolle 8011" is not taken for the municipality with code 8011.
 *
 * @param text the piece without its marks, as the editor is shown it ("Dalfsen (GM0148)")
 * @param name the name to compare with municipalities' names ("Dalfsen"); empty for a lone code
 * @param code the CBS code in it, upper case ("GM0148"), or null
 */
record PastedName(String text, String name, String code) {

    /**
     * What documents add to a name without it being part of it: bullets and numbering, "gemeente" before it and
     * "(gemeente)" after it, a footnote mark ("*", "¹", "1)", "(2)", "[3]") and closing punctuation. A footnote
     * number only counts right after the name, as no municipality's name holds a digit; a CBS suffix such as
     * "(O.)" or "(NH.)" is part of the name and stays.
     */
    private static final Pattern NOISE = Pattern.compile("^(?:[-*•·–]+|\\d+[.)])\\s*|^(?:de\\s+)?gemeente\\s+"
            + "|\\s*\\((?:gemeente|gem\\.?)\\)$"
            + "|(?<=[\\p{L}.)\\]])\\s*(?:[*†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\(\\d{1,2}\\)|\\[\\d{1,2}]|\\d{1,2}\\)?)$|[.\"']+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9])GM\\d{4}(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_CODE = Pattern.compile("[(\\[]?\\s*" + CODE.pattern() + "\\s*[)\\]]?",
            Pattern.CASE_INSENSITIVE);
    /** What sets a code apart from the name beside it: "GM0148 - Dalfsen", "Dalfsen: GM0148". */
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s\\-–—:|/,]+|[\\s\\-–—:|/,]+$");

    static PastedName read(String pasted) {
        String text = withoutNoise(pasted);
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            return new PastedName(text, text, null);
        }
        String name = EDGE_SEPARATORS.matcher(BRACKETED_CODE.matcher(text).replaceFirst(" ")).replaceAll("");
        return new PastedName(text, withoutNoise(name), code.group().toUpperCase(Locale.ROOT));
    }

    /** Whether a table's cell holds a CBS code and nothing else. */
    static boolean isCode(String cell) {
        return BRACKETED_CODE.matcher(cell.strip()).matches();
    }

    private static String withoutNoise(String pasted) {
        String t = pasted.strip();
        String before;
        do {
            before = t;
            t = NOISE.matcher(t).replaceAll("").strip();
        } while (!t.equals(before));
        return t;
    }
}
