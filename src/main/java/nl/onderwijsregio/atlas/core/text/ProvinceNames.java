package nl.onderwijsregio.atlas.core.text;

import java.util.ArrayList;
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
        for (Ending e : endings(t)) {
            String province = byShortForm.get(e.words());
            if (province != null && hasLetter(e.name())) {
                return new Qualified(e.name(), province, false);
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
        for (Ending e : endings(text.strip())) {
            if (e.words().isEmpty() || NameMatcher.key(e.name()).length() < 3) {
                continue;
            }
            List<Qualified> readings = byName.entrySet().stream().filter(p -> p.getKey().startsWith(e.words()))
                    .map(Map.Entry::getValue).distinct().sorted().map(p -> new Qualified(e.name(), p, false)).toList();
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
        if (province == null) {
            return name;
        }
        // read as a place in that province alone: a bracket naming another is no province it knows
        Qualified own = new ProvinceNames(List.of(province)).qualified(name);
        return own != null && own.bracketed() ? own.name() : name;
    }

    /** A text split before its last word or two: the name, and those words as a compact key. */
    private record Ending(String name, String words) {
    }

    /** {@code text} split before its last word, then before its last two, as long as a name stays in front. */
    private static List<Ending> endings(String text) {
        String[] words = text.split("\\s+");
        List<Ending> endings = new ArrayList<>();
        for (int n = 1; n <= 2 && n < words.length; n++) {
            endings.add(new Ending(String.join(" ", Arrays.copyOfRange(words, 0, words.length - n)),
                    compact(String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)))));
        }
        return endings;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /** "Noord-Holland", "noord holland", "N.-H." → "noordholland", "nh". */
    private static String compact(String s) {
        return NameMatcher.key(s).replace(" ", "");
    }
}
