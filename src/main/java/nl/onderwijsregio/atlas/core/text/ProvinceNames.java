package nl.onderwijsregio.atlas.core.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provinces as people write them: by name ("Noord-Brabant", "noord brabant"; Fryslân also as "Friesland"),
 * and after a place's name to say which one is meant, as CBS does ("Bergen (NH.)") and as addresses and lists
 * abbreviate them ("Bergen NH", "Hengelo (Gld)", "Bergen N-H", "Bergen Noord-Holland").
 */
public final class ProvinceNames {

    /** A place's name with the province written after it. */
    public record Qualified(String name, String province, boolean bracketed) {
    }

    /**
     * The short forms of each province, by the compact key of its name: the CBS suffixes and the abbreviations in
     * common use. Single letters only where CBS uses them (L., O., Z., U.).
     */
    private static final Map<String, List<String>> SHORT = Map.ofEntries(
            Map.entry("groningen", List.of("gr", "gn", "gron")),
            Map.entry("fryslan", List.of("fr", "fri", "frl")),
            Map.entry("drenthe", List.of("dr", "dren")),
            Map.entry("overijssel", List.of("o", "ov", "ovl")),
            Map.entry("flevoland", List.of("fl", "flev")),
            Map.entry("gelderland", List.of("gld", "geld", "gl")),
            Map.entry("utrecht", List.of("u", "ut", "utr")),
            Map.entry("noordholland", List.of("nh")),
            Map.entry("zuidholland", List.of("zh")),
            Map.entry("zeeland", List.of("z", "zl", "zld")),
            Map.entry("noordbrabant", List.of("nb")),
            Map.entry("limburg", List.of("l", "lb", "lim", "limb")));
    /** Names a province goes by besides the one CBS gives it. */
    private static final Map<String, String> OTHER_NAMES = Map.of("friesland", "fryslan");
    private static final Pattern BRACKETED = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byShortForm = new HashMap<>();

    /** @param provinces the provinces as the municipality data names them ("Fryslân") */
    public ProvinceNames(Collection<String> provinces) {
        for (String province : provinces) {
            String key = compact(province);
            byName.put(key, province);
            byShortForm.put(key, province);
            SHORT.getOrDefault(key, List.of()).forEach(s -> byShortForm.put(s, province));
        }
        OTHER_NAMES.forEach((other, key) -> {
            String province = byName.get(key);
            if (province != null) {
                byName.put(other, province);
                byShortForm.put(other, province);
            }
        });
    }

    /** The province {@code text} is the name of (case, diacritics and hyphens aside), or null. */
    public String province(String text) {
        return byName.get(compact(text));
    }

    /**
     * The name and the province when {@code text} ends in a province, in brackets or after a space ("Bergen NH",
     * "Bergen Noord Holland"); null when it does not, or nothing but a province is written. Whether a province
     * word after a space is part of the name itself ("Midden-Groningen") is for the caller to judge.
     */
    public Qualified qualified(String text) {
        String t = text.strip();
        Matcher bracketed = BRACKETED.matcher(t);
        if (bracketed.matches()) {
            String province = byShortForm.get(compact(bracketed.group(2)));
            return province == null || !hasLetter(bracketed.group(1)) ? null
                    : new Qualified(bracketed.group(1).strip(), province, true);
        }
        String[] words = t.split("\\s+");
        for (int n = 1; n <= 2 && n < words.length; n++) {
            String province = byShortForm.get(compact(String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length))));
            String name = String.join(" ", Arrays.copyOfRange(words, 0, words.length - n));
            if (province != null && hasLetter(name)) {
                return new Qualified(name, province, false);
            }
        }
        return null;
    }

    /**
     * The provinces {@code text} may end in while it is still being typed: the one {@link #qualified} reads, else
     * each province whose name the last word or two begin ("Bergen Noord-H", "Bergen N" for both Noord-Holland
     * and Noord-Brabant). Empty when none, or when the name before it is too short to be one ("'s G" is a
     * half-typed 's-Gravenhage, not a place in Gelderland).
     */
    public List<Qualified> asTyped(String text) {
        Qualified whole = qualified(text);
        if (whole != null) {
            return List.of(whole);
        }
        String[] words = text.strip().split("\\s+");
        for (int n = 1; n <= 2 && n < words.length; n++) {
            String begun = compact(String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)));
            String name = String.join(" ", Arrays.copyOfRange(words, 0, words.length - n));
            if (begun.isEmpty() || NameMatcher.key(name).length() < 3) {
                continue;
            }
            List<Qualified> readings = byName.entrySet().stream().filter(e -> e.getKey().startsWith(begun))
                    .map(Map.Entry::getValue).distinct().sorted().map(p -> new Qualified(name, p, false)).toList();
            if (!readings.isEmpty()) {
                return readings;
            }
        }
        return List.of();
    }

    /**
     * {@code name} without the province written after it in brackets when that is {@code province} ("Bergen (L.)"
     * in Limburg → "Bergen"), for a text that names the province in full beside it; else {@code name} itself.
     */
    public static String withoutOwnProvince(String name, String province) {
        Matcher bracketed = BRACKETED.matcher(name.strip());
        if (!bracketed.matches() || province == null) {
            return name;
        }
        String written = compact(bracketed.group(2));
        String key = compact(province);
        String named = OTHER_NAMES.getOrDefault(key, key);
        boolean own = written.equals(key) || written.equals(named)
                || SHORT.getOrDefault(named, List.of()).contains(written);
        return own ? bracketed.group(1).strip() : name;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /** "Noord-Holland", "noord holland", "N.-H." → "noordholland", "nh". */
    private static String compact(String s) {
        return NameMatcher.key(s).replace(" ", "");
    }
}
