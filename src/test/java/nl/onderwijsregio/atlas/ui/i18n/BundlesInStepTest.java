package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Dutch and English must never drift: every text exists in both languages, and none is empty. */
class BundlesInStepTest {

    /** The command line's texts are not a UI area, but must stay in step all the same. */
    private static final List<String> OUTSIDE_THE_UI = List.of("cli");

    static List<String> areas() {
        List<String> present = new ArrayList<>();
        List<String> all = new ArrayList<>(Messages.BUNDLES);
        all.addAll(OUTSIDE_THE_UI);
        for (String area : all) {
            if (resource(area, "nl") != null || resource(area, "en") != null) {
                present.add(area);
            }
        }
        return present;
    }

    @ParameterizedTest(name = "{0}: nl and en have the same keys")
    @MethodSource("areas")
    void dutchAndEnglishHaveTheSameKeys(String area) throws IOException {
        Properties nl = load(area, "nl");
        Properties en = load(area, "en");
        Set<String> onlyDutch = new TreeSet<>(nl.stringPropertyNames());
        onlyDutch.removeAll(en.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(nl.stringPropertyNames());
        assertEquals(Set.of(), onlyDutch, "keys missing from " + area + "_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing from " + area + "_nl.properties");
    }

    @ParameterizedTest(name = "{0}: no empty texts")
    @MethodSource("areas")
    void noTextIsEmpty(String area) throws IOException {
        for (String lang : List.of("nl", "en")) {
            Properties p = load(area, lang);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), area + "_" + lang + ": " + key + " is empty");
            }
        }
    }

    @ParameterizedTest(name = "{0}: a key is defined in one area only")
    @MethodSource("areas")
    void keysAreNotDefinedInTwoAreas(String area) throws IOException {
        Set<String> mine = load(area, "nl").stringPropertyNames();
        for (String other : areas()) {
            if (!other.equals(area)) {
                Set<String> shared = new TreeSet<>(mine);
                shared.retainAll(load(other, "nl").stringPropertyNames());
                assertEquals(Set.of(), shared, area + " and " + other + " define the same keys");
            }
        }
    }

    /**
     * The screen's Dutch writes "regio’s" with the typographic apostrophe, as the publication does, so
     * the legend, the detail pane and the presenter's caption agree. The validator's and the loader's
     * texts ("check", "data") are also the command line's, and stay plain.
     */
    @ParameterizedTest(name = "{0}: Dutch writes regio’s, not regio's")
    @MethodSource("areas")
    void dutchScreenTextsUseTheTypographicApostrophe(String area) throws IOException {
        if (List.of("check", "data", "cli").contains(area)) {
            return;
        }
        Properties nl = load(area, "nl");
        for (String key : nl.stringPropertyNames()) {
            String text = nl.getProperty(key).replace("''", "'");
            assertTrue(!text.matches("(?s).*\\p{L}'s\\b.*"), area + "_nl: " + key + ": " + text);
        }
    }

    /** Both languages write a percentage as the English does, "Groot (125%)": not "125 %" in one place. */
    @ParameterizedTest(name = "{0}: a percentage is written 125%")
    @MethodSource("areas")
    void aPercentageHasNoSpaceBeforeItsSign(String area) throws IOException {
        for (String lang : List.of("nl", "en")) {
            Properties p = load(area, lang);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).matches("(?s).*[\\d}]\\s%.*"), area + "_" + lang + ": " + key);
            }
        }
    }

    private static InputStream resource(String area, String lang) {
        return BundlesInStepTest.class.getResourceAsStream("/i18n/" + area + "_" + lang + ".properties");
    }

    static Properties load(String area, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(area, lang)) {
            assertTrue(in != null, "missing i18n/" + area + "_" + lang + ".properties");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
