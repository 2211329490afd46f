package nl.onderwijsregio.atlas.core.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.text.NameMatcher;

/**
 * Rule 8: a region named after a province ("Zeeland", "Zuid-Limburg", "Brabant-Oost", "Friesland ...")
 * whose members lie in another province. Each such member is a warning, unless the name names that
 * member too ("Friesland, NOP en Urk" may hold Urk and Noordoostpolder) or names its province as well.
 * A name with a part that is neither a province nor a member ("Drechtsteden en West-Brabant") claims no
 * province: that part may name an area across the border.
 *
 * <p>Groningen and Utrecht are cities as well as provinces. When the municipality of that name is a
 * member, the word reads as the city and claims no province ("Utrecht Leert-Stad"), unless the region
 * also holds at least half of that province's other municipalities: then the city is just one member
 * of a provincial region, and "Groningen (vo)" reaching into Drenthe is as much a contradiction as
 * "Limburg" reaching into Brabant. A city region takes in a few neighbours, not half a province.
 */
public final class NameTerritoryRule implements Rule {

    public static final String ID = "name-territory";

    /** Province (as CBS spells it) to the words that name it in region names, as {@link NameMatcher#key} keys. */
    private static final Map<String, List<String>> PROVINCE_WORDS = new LinkedHashMap<>();

    static {
        PROVINCE_WORDS.put("Groningen", List.of("groningen", "groningse"));
        PROVINCE_WORDS.put("Fryslân", List.of("fryslan", "friesland", "friese"));
        PROVINCE_WORDS.put("Drenthe", List.of("drenthe", "drentse"));
        PROVINCE_WORDS.put("Overijssel", List.of("overijssel"));
        PROVINCE_WORDS.put("Flevoland", List.of("flevoland"));
        PROVINCE_WORDS.put("Gelderland", List.of("gelderland", "gelderse"));
        PROVINCE_WORDS.put("Utrecht", List.of("utrecht", "utrechtse"));
        PROVINCE_WORDS.put("Noord-Holland", List.of("noord holland", "noord hollandse"));
        PROVINCE_WORDS.put("Zuid-Holland", List.of("zuid holland", "zuid hollandse"));
        PROVINCE_WORDS.put("Zeeland", List.of("zeeland", "zeeuwse"));
        PROVINCE_WORDS.put("Noord-Brabant", List.of("brabant", "brabantse"));
        PROVINCE_WORDS.put("Limburg", List.of("limburg", "limburgse"));
    }

    /** Abbreviations the publication uses for member municipalities in region names. */
    private static final Map<String, String> MUNICIPALITY_ABBREVIATIONS = Map.of("nop", "noordoostpolder");

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        for (Region region : context.atlas().regions()) {
            Set<String> named = new LinkedHashSet<>();
            StringBuilder allNames = new StringBuilder(" ");
            for (String name : new String[] {region.displayName(), region.publishedName()}) {
                if (name != null) {
                    named.addAll(claimedProvinces(context, region, name));
                    allNames.append(expand(context.textKey(name))).append(' ');
                }
            }
            if (named.isEmpty()) {
                continue;
            }
            for (String code : region.memberCodes()) {
                Municipality m = context.atlas().municipalities().get(code);
                if (m == null || m.province().isEmpty() || named.contains(m.province())
                        || mentions(allNames.toString(), context.nameKey(code))) {
                    continue;
                }
                findings.add(Finding.of(Severity.WARNING, ID, region.id(), code, "check.name-territory",
                        CheckContext.name(region), String.join(", ", named), m.name(), code, m.province()));
            }
        }
    }

    /**
     * The provinces a name claims its territory lies in. A name claims provinces only when every part of it
     * names a province or a member: "Zeeuwse Onderwijsregio" and "Friesland Noordelijk Flevoland" claim,
     * "Drechtsteden en West-Brabant" does not, because the Drechtsteden lie outside Brabant by design.
     * A part ending in a hyphen shares the next part's noun ("Midden- en West-Brabant").
     */
    private static Set<String> claimedProvinces(CheckContext context, Region region, String name) {
        String bare = name.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        Set<String> provinces = new LinkedHashSet<>();
        for (String part : bare.split("\\s*(?:,|&|/|\\s+en\\s+|\\s+and\\s+)\\s*")) {
            if (part.isBlank() || part.endsWith("-")) {
                continue;
            }
            String key = " " + expand(context.textKey(part)) + " ";
            Set<String> inPart = provincesIn(context, region, key);
            if (inPart.isEmpty() && !namesMember(context, region, key)) {
                return Set.of();
            }
            provinces.addAll(inPart);
        }
        return provinces;
    }

    private static Set<String> provincesIn(CheckContext context, Region region, String key) {
        Set<String> provinces = new LinkedHashSet<>();
        for (var e : PROVINCE_WORDS.entrySet()) {
            for (String word : e.getValue()) {
                if (key.contains(" " + word + " ") && !readsAsMemberCity(context, region, word, e.getKey())) {
                    provinces.add(e.getKey());
                }
            }
        }
        return provinces;
    }

    private static boolean namesMember(CheckContext context, Region region, String key) {
        return region.memberCodes().stream().anyMatch(code -> mentions(key, context.nameKey(code)));
    }

    private static String expand(String key) {
        String spaced = " " + key + " ";
        for (var abbreviation : MUNICIPALITY_ABBREVIATIONS.entrySet()) {
            spaced = spaced.replace(" " + abbreviation.getKey() + " ",
                    " " + abbreviation.getKey() + " " + abbreviation.getValue() + " ");
        }
        return spaced.trim();
    }

    private static boolean readsAsMemberCity(CheckContext context, Region region, String word, String province) {
        String city = region.memberCodes().stream().filter(code -> context.nameKey(code).equals(word))
                .findFirst().orElse(null);
        if (city == null) {
            return false;
        }
        long othersInProvince = context.atlas().municipalities().values().stream()
                .filter(m -> province.equals(m.province()) && !m.code().equals(city)).count();
        long othersAsMembers = region.memberCodes().stream().filter(code -> !code.equals(city))
                .map(code -> context.atlas().municipalities().get(code))
                .filter(m -> m != null && province.equals(m.province())).count();
        return othersAsMembers * 2 < othersInProvince;
    }

    private static boolean mentions(String regionKey, String municipalityKey) {
        return !municipalityKey.isEmpty() && regionKey.contains(" " + municipalityKey + " ");
    }
}
