package nl.onderwijsregio.atlas.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The provinces written after a place's name, as search reads them while they are typed and as a card names them. */
class ProvinceNamesTest {

    private final ProvinceNames provinces = new ProvinceNames(List.of("Noord-Holland", "Noord-Brabant", "Limburg",
            "Overijssel", "Gelderland", "Fryslân"));

    private List<String> provincesOf(String typed) {
        return provinces.asTyped(typed).stream().map(ProvinceNames.Qualified::province).toList();
    }

    @Test
    void bergenWithNoordHollandHalfTypedIsReadAsBergenInNoordHolland() {
        assertEquals(List.of("Noord-Holland"), provincesOf("bergen noord-h"));
        assertEquals("bergen", provinces.asTyped("bergen noord-h").get(0).name());
        assertEquals(List.of("Noord-Holland"), provincesOf("Bergen (NH"), "a bracket not yet closed");
    }

    @Test
    void bergenNMayBeEitherNoordProvince() {
        assertEquals(List.of("Noord-Brabant", "Noord-Holland"), provincesOf("bergen n"));
    }

    @Test
    void aWrittenOutQualifierIsTheOneTheEditorsListReads() {
        assertEquals(List.of(provinces.qualified("Hengelo Ov")), provinces.asTyped("Hengelo Ov"));
        assertEquals(List.of("Limburg"), provincesOf("Bergen (L.)"));
    }

    @Test
    void aHalfTypedSGravenhageIsNoPlaceInGelderland() {
        assertEquals(List.of(), provincesOf("'s G"));
        assertEquals(List.of(), provincesOf("Zwolle"));
    }

    @Test
    void bergenLInLimburgIsNamedWithoutItsSuffixBesideTheProvince() {
        assertEquals("Bergen", ProvinceNames.withoutOwnProvince("Bergen (L.)", "Limburg"));
        assertEquals("Bergen", ProvinceNames.withoutOwnProvince("Bergen (NH.)", "Noord-Holland"));
        assertEquals("Hengelo", ProvinceNames.withoutOwnProvince("Hengelo (O.)", "Overijssel"));
    }

    @Test
    void aBracketThatIsNotTheMunicipalitysOwnProvinceStays() {
        assertEquals("Bergen (L.)", ProvinceNames.withoutOwnProvince("Bergen (L.)", "Noord-Holland"));
        assertEquals("Zwolle", ProvinceNames.withoutOwnProvince("Zwolle", "Overijssel"));
        assertEquals("Nuenen, Gerwen en Nederwetten",
                ProvinceNames.withoutOwnProvince("Nuenen, Gerwen en Nederwetten", "Noord-Brabant"));
    }
}
