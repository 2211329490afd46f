package nl.onderwijsregio.atlas.core.text;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Names listed as a sentence lists them: "Dalfsen, Raalte en Olst-Wijhe". The commas are the same in Dutch and
 * English; the word before the last name is not, so it is the caller's pattern ("{0} en {1}", "{0} and {1}") that
 * joins the last name to the others, in the reader's language.
 */
public final class NameList {

    private NameList() {
    }

    /**
     * {@code names} (at least two) as {@code andLast} joins them: all but the last with commas, then the last.
     *
     * @param andLast puts the language's "en" or "and" between the names before the last and the last
     */
    public static <T> T joined(List<String> names, BiFunction<String, String, T> andLast) {
        if (names.size() < 2) {
            throw new IllegalArgumentException("a list of one name has no 'and': " + names);
        }
        int last = names.size() - 1;
        return andLast.apply(String.join(", ", names.subList(0, last)), names.get(last));
    }
}
