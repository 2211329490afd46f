package nl.onderwijsregio.atlas.core.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The municipality an unknown member code was probably meant to be. First the one whose name is the member's
 * published name: that name was copied from the publication, while four digits are easily mistyped. Else the one
 * known code a single typo away (a digit changed, added, dropped, or two swapped). Codes are dense, so when
 * several are that close none is suggested: a guess among them would mislead more than it helps.
 */
public final class CodeSuggestion {

    private CodeSuggestion() {
    }

    /**
     * The loader and the validator both say it: the one for a file that names codes its boundaries lack, the other
     * for an atlas that was loaded with them (after a reorganisation, or on the command line).
     *
     * @param names the known municipalities' names by code; may lack some or all (then only codes are compared)
     * @return the code meant, or null
     */
    public static String meant(String code, String publishedName, Set<String> knownCodes, Map<String, String> names) {
        String meant = byName(publishedName, names);
        if (meant == null) {
            List<String> near = knownCodes.stream().filter(c -> NameMatcher.distance(code, c) == 1).toList();
            meant = near.size() == 1 ? near.get(0) : null;
        }
        return meant;
    }

    /** "GM0200 Apeldoorn", or the bare code when its name is not known. */
    public static String named(String code, Map<String, String> names) {
        String name = names.get(code);
        return name == null ? code : code + " " + name;
    }

    /** The code of the municipality named {@code publishedName}: as written, else alike but for case and accents. */
    private static String byName(String publishedName, Map<String, String> names) {
        if (publishedName == null || publishedName.isBlank()) {
            return null;
        }
        String exact = only(names.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(publishedName.strip())).map(Map.Entry::getKey).toList());
        if (exact != null) {
            return exact;
        }
        String key = NameMatcher.key(publishedName);
        return only(names.entrySet().stream().filter(e -> NameMatcher.key(e.getValue()).equals(key))
                .map(Map.Entry::getKey).toList());
    }

    private static String only(List<String> codes) {
        return codes.size() == 1 ? codes.get(0) : null;
    }
}
