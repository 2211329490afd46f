package nl.onderwijsregio.atlas.core.check;

import nl.onderwijsregio.atlas.core.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Findings read as Dutch sentences by default and as English ones on request. */
class FindingTextTest {

    private final FindingText dutch = FindingText.forLocale(Locale.forLanguageTag("nl"));
    private final FindingText english = FindingText.forLocale(Locale.ENGLISH);

    @Test
    void countsAreSingularOrPlural() {
        assertEquals("1 fout", dutch.severityCount(Severity.ERROR, 1));
        assertEquals("3 fouten", dutch.severityCount(Severity.ERROR, 3));
        assertEquals("12 waarschuwingen", dutch.severityCount(Severity.WARNING, 12));
        assertEquals("0 meldingen", dutch.severityCount(Severity.INFO, 0));
        assertEquals("1 warning", english.severityCount(Severity.WARNING, 1));
        assertEquals("177 notes", english.severityCount(Severity.INFO, 177));
    }

    @Test
    void aFigureNameInAMessageIsTranslatedWithIt() {
        Finding f = Finding.of(Severity.WARNING, FiguresSectorsRule.ID, "brabant", null,
                "check.figures-sectors.unserved", "Brabant-Oost", 12L, new TextKey("check.figure.besturenPo"), "PO");

        assertEquals("Brabant-Oost noemt 12 aangesloten schoolbesturen po, maar bedient geen PO.", f.message());
        assertEquals("Brabant-Oost lists 12 affiliated PO school boards but does not serve PO.",
                f.message(Locale.ENGLISH));
    }

    @Test
    void otherLanguagesFallBackToDutch() {
        assertEquals(Language.DUTCH, FindingText.forLocale(Locale.GERMAN).locale());
    }

    @Test
    void aMissingTextIsShownWithItsKeyRatherThanThrown() {
        Finding f = Finding.of(Severity.INFO, "future-rule", null, "GM0193", "check.no-such-text", "Zwolle");
        assertTrue(f.message().startsWith("!check.no-such-text!"), f.message());
    }

    @Test
    void everyRuleHasATitleInBothLanguages() {
        for (String id : new Validator().ruleIds()) {
            assertTrue(!dutch.ruleTitle(id).startsWith("!"), id);
            assertTrue(!english.ruleTitle(id).startsWith("!"), id);
        }
    }
}
