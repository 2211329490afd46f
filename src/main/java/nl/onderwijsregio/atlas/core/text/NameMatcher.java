package nl.onderwijsregio.atlas.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Forgiving comparison of place names as people type them: case, diacritics, punctuation, the CBS
 * suffixes ("Hengelo (O.)"), "'s-Gravenhage" vs "Den Haag" and small typos. Shared by search and by
 * the editor's list resolver, so both understand a name the same way.
 */
public final class NameMatcher {

    /**
     * The names people use for a municipality besides its CBS name, by the key of that CBS name. Kept as
     * plain keys (not run through the aliases) so a search can match a half-typed "den haa" against them.
     */
    private static final Map<String, List<String>> EVERYDAY = Map.of(
            "s gravenhage", List.of("den haag", "the hague", "gravenhage"),
            "s hertogenbosch", List.of("den bosch", "hertogenbosch"),
            "nuenen gerwen en nederwetten", List.of("nuenen", "nuenen c a"));

    private static final Map<String, String> ALIASES = aliases();

    private NameMatcher() {
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        EVERYDAY.forEach((official, everyday) -> everyday.forEach(e -> aliases.put(e, official)));
        return Map.copyOf(aliases);
    }

    /**
     * A comparable key: lower case, no diacritics, punctuation as single spaces, CBS suffix removed,
     * known aliases replaced. "Súdwest-Fryslân" → "sudwest fryslan"; "Hengelo (O.)" → "hengelo";
     * "Den Haag" → "s gravenhage".
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\s*\\((?:nh|l|o|gld|z|zh|u|fr|dr|gr|ov|nb|fl)\\.?\\)\\s*$", "");
        s = s.replace('’', '\'');
        s = s.replaceAll("[^a-z0-9]+", " ").trim();
        return ALIASES.getOrDefault(s, s);
    }

    /**
     * Every key a name is known by: its own {@link #key} first, then the everyday names of the
     * municipality it officially names ("'s-Gravenhage" → "s gravenhage", "den haag", "the hague", …).
     * Search scores a query against each, so a prefix or typo of "Den Haag" finds 's-Gravenhage as
     * readily as one of the official name would.
     */
    public static List<String> keys(String name) {
        String key = key(name);
        List<String> everyday = EVERYDAY.getOrDefault(key, List.of());
        if (everyday.isEmpty()) {
            return List.of(key);
        }
        List<String> keys = new ArrayList<>(everyday.size() + 1);
        keys.add(key);
        keys.addAll(everyday);
        return List.copyOf(keys);
    }

    /** The CBS suffix of a name such as "Bergen (NH.)", or null. */
    public static String suffix(String name) {
        if (name == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("\\(([^)]*)\\)\\s*$").matcher(name);
        return m.find() ? m.group(1) : null;
    }

    /**
     * How well {@code query} matches {@code name}, from 0 (not at all) to 1 (same key).
     * Prefixes of words score high, so "sudwest" finds Súdwest-Fryslân; typos cost by edit distance,
     * so "zwole" finds Zwolle.
     */
    public static double score(String query, String name) {
        return scoreKeys(key(query), key(name));
    }

    /** {@link #score} for two names already turned into {@link #key keys}. */
    public static double scoreKeys(String q, String n) {
        if (q.isEmpty() || n.isEmpty()) {
            return 0;
        }
        if (q.equals(n)) {
            return 1.0;
        }
        if (n.startsWith(q)) {
            return 0.9 + 0.05 * q.length() / n.length();
        }
        for (String word : n.split(" ")) {
            if (word.startsWith(q) && q.length() >= 2) {
                return 0.8 + 0.05 * q.length() / n.length();
            }
        }
        if (n.contains(q) && q.length() >= 3) {
            return 0.7;
        }
        int d = distance(q, n);
        double similarity = 1.0 - (double) d / Math.max(q.length(), n.length());
        // A typo in a prefix ("zwol" for "zwolle") should still count: compare with the prefix too.
        if (n.length() > q.length()) {
            int dp = distance(q, n.substring(0, q.length()));
            similarity = Math.max(similarity, 0.85 * (1.0 - (double) dp / q.length()));
        }
        return Math.max(0, similarity * 0.8);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
