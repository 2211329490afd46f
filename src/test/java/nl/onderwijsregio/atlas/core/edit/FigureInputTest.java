package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureInputTest {

    @Test
    void wholeNumbersWithOrWithoutThousandsSeparators() {
        assertEquals(58_632L, FigureInput.parse("58.632").value());
        assertEquals(58_632L, FigureInput.parse(" 58 632 ").value());
        assertEquals(0L, FigureInput.parse("0").value());
        assertEquals(1_234_567L, FigureInput.parse("1.234.567").value());
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
