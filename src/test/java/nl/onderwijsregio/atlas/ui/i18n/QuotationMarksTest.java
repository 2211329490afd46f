package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A quoted name or word reads alike wherever the atlas quotes it: Dutch quotes „so”, as the publication does,
 * English quotes “so”; never straight quotes, the German „so“, or MessageFormat's doubled apostrophes ('so'),
 * which the editor and the command line used to show.
 */
class QuotationMarksTest {

    /** The loader shows JSON as the file has it, straight quotes and all: {@code {"nl": …}}, {@code ["PO", "VO"]}. */
    private static final Set<String> JSON_AS_WRITTEN = Set.of(
            "data.field-not-localized", "data.sectors-not-array", "data.kind-text");

    /** A quote written for MessageFormat: two apostrophes not after a letter (after one, as in "regio''s", it is one). */
    private static final Pattern APOSTROPHE_QUOTE = Pattern.compile("(?<!\\p{L})''");
    private static final Pattern NOT_DUTCH = Pattern.compile("[“\"]");
    private static final Pattern NOT_ENGLISH = Pattern.compile("[„\"]");

    static List<String> areas() {
        return BundlesInStepTest.areas();
    }

    @ParameterizedTest(name = "{0}: Dutch quotes „so”, English “so”")
    @MethodSource("areas")
    void eachLanguageQuotesInItsOwnWay(String area) throws IOException {
        List<String> wrong = new ArrayList<>();
        wrong.addAll(wronglyQuoted(area, "nl", NOT_DUTCH));
        wrong.addAll(wronglyQuoted(area, "en", NOT_ENGLISH));
        assertEquals(List.of(), wrong);
    }

    private static List<String> wronglyQuoted(String area, String lang, Pattern notHere) throws IOException {
        Properties texts = BundlesInStepTest.load(area, lang);
        List<String> wrong = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if ((notHere.matcher(text).find() && !JSON_AS_WRITTEN.contains(key))
                    || APOSTROPHE_QUOTE.matcher(text).find()) {
                wrong.add(area + "_" + lang + ": " + key + "=" + text);
            }
        }
        return wrong;
    }

    @Test
    void aRegionCreatedInTheEditorIsQuotedAsEachLanguageQuotes() {
        assertEquals("Regio „Twente” aanmaken", new Messages(Language.DUTCH).text("editor.step.createRegion", "Twente"));
        assertEquals("Create region “Twente”", new Messages(Language.ENGLISH).text("editor.step.createRegion", "Twente"));
    }

    @Test
    void theCheckTellsAnApostropheFromAQuote() {
        assertTrue(APOSTROPHE_QUOTE.matcher("Regio ''{0}'' aanmaken").find());
        assertTrue(APOSTROPHE_QUOTE.matcher("CSV (UTF-8, '';'')").find());
        assertTrue(!APOSTROPHE_QUOTE.matcher("{0} valt onder {3} regio''s").find(), "an apostrophe");
        assertTrue(!APOSTROPHE_QUOTE.matcher("een object '{'\"nl\": …'}'").find(), "a quoted brace");
    }
}
