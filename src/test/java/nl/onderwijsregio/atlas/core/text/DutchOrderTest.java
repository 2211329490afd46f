package nl.onderwijsregio.atlas.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutchOrderTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(DutchOrder.NAMES);
        return list;
    }

    @Test
    void sGravenhageStandsAmongTheGsNotBeforeAaEnHunze() {
        assertEquals(List.of("Aa en Hunze", "Gouda", "'s-Gravenhage", "Groningen"),
                sorted("'s-Gravenhage", "Groningen", "Aa en Hunze", "Gouda"));
    }

    @Test
    void sHertogenboschStandsAmongTheHsAlsoWithATypographicApostrophe() {
        assertEquals(List.of("Asten", "Helmond", "’s-Hertogenbosch", "Heusden"),
                sorted("’s-Hertogenbosch", "Heusden", "Asten", "Helmond"));
    }

    @Test
    void accentsAndCaseDoNotTakeANameOutOfItsLetter() {
        assertEquals(List.of("Stichtse Vecht", "Súdwest-Fryslân", "Tiel"), sorted("Tiel", "Súdwest-Fryslân", "Stichtse Vecht"));
        assertEquals(List.of("edam-Volendam", "Ede", "Eemsdelta"), sorted("Eemsdelta", "Ede", "edam-Volendam"));
    }
}
