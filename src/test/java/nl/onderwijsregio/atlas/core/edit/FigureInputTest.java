package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureInputTest {

    @Test
    void wholeNumbersWithOrWithoutThousandsSeparators() {
        assertEquals(58_632L, FigureInput.parse("58.632").value());
        assertEquals(58_632L, FigureInput.parse(" 58 632 ").value());
        assertEquals(0L, FigureInput.parse("0").value());
        assertEquals(1_234_567L, FigureInput.parse("1.234.567").value());
    }

    /** The form shows 70780 as "70,780" in English: read back, it is that figure. In Dutch it reads as a fraction. */
    @Test
    void inEnglishTheEnglishThousandsSeparatorIsReadTooAndInDutchNot() {
        assertEquals(70_780L, FigureInput.parse("70,780", Locale.ENGLISH).value());
        assertEquals(1_234_567L, FigureInput.parse("1,234,567", Locale.ENGLISH).value());
        assertEquals(70_780L, FigureInput.parse("70.780", Locale.ENGLISH).value(), "Dutch grouping as before");
        assertFalse(FigureInput.parse("70,780", Locale.forLanguageTag("nl")).valid());
        assertFalse(FigureInput.parse("12,5", Locale.ENGLISH).valid());
        assertFalse(FigureInput.parse("1,234.567", Locale.ENGLISH).valid(), "an English fraction, not two groupings");
    }

    @Test
    void emptyOrOnbekendIsUnknownNotZero() {
        assertTrue(FigureInput.parse("").unknown());
        assertTrue(FigureInput.parse("onbekend").unknown());
        assertTrue(FigureInput.parse("?").unknown());
    }

    @Test
    void negativeFractionalAndTextAreRefused() {
        assertFalse(FigureInput.parse("-3").valid());
        assertFalse(FigureInput.parse("12,5").valid());
        assertFalse(FigureInput.parse("veel").valid());
        assertFalse(FigureInput.parse("58.63").valid());
        assertFalse(FigureInput.parse("99999999999999999999").valid());
    }
}
