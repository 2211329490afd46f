package nl.onderwijsregio.atlas.core.data;

import nl.onderwijsregio.atlas.core.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every problem a data file can have is worded in Dutch and in English, with the same blanks filled in. */
class DataTextTest {

    private static final List<Locale> LANGUAGES = List.of(Language.DUTCH, Locale.ENGLISH);

    @ParameterizedTest(name = "{0} is worded in nl and en")
    @EnumSource(DataText.class)
    void everyTextHasAWordingInBothLanguagesUsingTheSameArguments(DataText text) {
        Object[] markers = IntStream.range(0, 5).mapToObj(i -> "«" + i + "»").toArray();
        Set<String> usedInDutch = null;
        for (Locale language : LANGUAGES) {
            String told = text.with(markers).in(language);
            assertFalse(told.startsWith("!"), text.key() + " is missing in " + language + ": " + told);
            assertFalse(told.matches(".*\\{\\d.*"), text.key() + " leaves a blank unfilled in " + language + ": " + told);
            Set<String> used = Arrays.stream(markers).map(String::valueOf).filter(told::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (usedInDutch == null) {
                usedInDutch = used;
            } else {
                assertEquals(usedInDutch, used, text.key() + ": Dutch and English use different arguments");
            }
        }
    }

    @Test
    void theBundlesHoldNoTextThatNoProblemUses() {
        Set<String> keys = Arrays.stream(DataText.values()).map(DataText::key).collect(Collectors.toSet());
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/data", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Set<String> orphans = new TreeSet<>(bundle.keySet());
            orphans.removeAll(keys);
            assertEquals(Set.of(), orphans, "texts in data_" + language + " without a DataText");
        }
    }

    @Test
    void aPlaceInsideAPhraseIsToldInTheSameLanguageAndNumbersStayPlainDigits() {
        DataPhrase problem = DataText.SCHEMA_VERSION_NOT_WHOLE.with(DataText.KIND_TEXT.with("één"));
        assertEquals("schemaVersion moet een geheel getal zijn, maar er staat de tekst \"één\"",
                problem.in(Language.DUTCH));
        assertEquals("schemaVersion must be a whole number, found the text \"één\"", problem.in(Locale.ENGLISH));
        assertEquals("regel 12345, kolom 678901", DataText.AT_LINE_COLUMN.with(12345, 678901L).in(Language.DUTCH));
    }

    @Test
    void aProblemWithoutAFileSaysSoInTheUsersLanguage() {
        var e = new DataLoadException(null, null, DataText.SPATIAL_ENGINE_FAILED.with("out of memory"));
        assertEquals("(geen bestand): de ruimtelijke rekenmodule H2GIS start niet: out of memory",
                e.message(Language.DUTCH));
        assertEquals("(no file): cannot start the H2GIS spatial engine: out of memory", e.getMessage());
        assertTrue(e.message(Locale.GERMAN).startsWith("(geen bestand)"), "Dutch unless English is asked for");
    }
}
