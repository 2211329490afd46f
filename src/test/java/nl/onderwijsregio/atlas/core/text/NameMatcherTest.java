package nl.onderwijsregio.atlas.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names as people type them match the names as CBS writes them. */
class NameMatcherTest {

    @Test
    void diacriticsCaseAndPunctuationDoNotMatter() {
        assertEquals("sudwest fryslan", NameMatcher.key("Súdwest-Fryslân"));
        assertEquals(NameMatcher.key("SUDWEST fryslan"), NameMatcher.key("Súdwest-Fryslân"));
    }

    @Test
    void cbsSuffixIsIgnoredSoHengeloFindsHengeloOverijssel() {
        assertEquals("hengelo", NameMatcher.key("Hengelo (O.)"));
        assertEquals("bergen", NameMatcher.key("Bergen (NH.)"));
        assertEquals("bergen", NameMatcher.key("Bergen (L.)"));
        assertEquals("NH.", NameMatcher.suffix("Bergen (NH.)"));
    }

    @Test
    void denHaagIsSGravenhage() {
        assertEquals(1.0, NameMatcher.score("den haag", "'s-Gravenhage"));
    }

    @Test
    void prefixOfAWordScoresHigh() {
        assertTrue(NameMatcher.score("sudwest", "Súdwest-Fryslân") >= 0.9);
        assertTrue(NameMatcher.score("fryslan", "Súdwest-Fryslân") >= 0.8);
    }

    @Test
    void typoStillFindsZwolleAboveUnrelatedNames() {
        double zwolle = NameMatcher.score("zwole", "Zwolle");
        assertTrue(zwolle > 0.6, "zwole→Zwolle " + zwolle);
        assertTrue(zwolle > NameMatcher.score("zwole", "Zwijndrecht"));
        assertTrue(NameMatcher.score("AArnhem", "Arnhem") > 0.6);
    }

    @Test
    void swappedLettersCostOneEdit() {
        assertEquals(1, NameMatcher.distance("nuenen", "neunen"));
    }
}
