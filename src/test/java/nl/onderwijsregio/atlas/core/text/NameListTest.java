package nl.onderwijsregio.atlas.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.MessageFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names listed as a sentence does, with the "en" or "and" of the reader's language before the last. */
class NameListTest {

    @Test
    void threeMunicipalitiesOfIJsselVechtReadAsADutchSentence() {
        assertEquals("Dalfsen, Raalte en Olst-Wijhe", NameList.joined(List.of("Dalfsen", "Raalte", "Olst-Wijhe"),
                (others, last) -> MessageFormat.format("{0} en {1}", others, last)));
    }

    @Test
    void twoSectorsReadAsAnEnglishSentence() {
        assertEquals("PO and VO", NameList.joined(List.of("PO", "VO"),
                (others, last) -> MessageFormat.format("{0} and {1}", others, last)));
    }

    @Test
    void oneNameIsNoList() {
        assertThrows(IllegalArgumentException.class, () -> NameList.joined(List.of("Zwolle"), (a, b) -> a + b));
    }
}
