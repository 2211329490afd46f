package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.BoundaryReader;
import nl.onderwijsregio.atlas.core.data.SpatialDatabase;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.LineMatch;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.Status;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Provinces in a pasted list, against the municipalities of 2024: a province alone, and one after a name. */
class PasteListProvincesRealDataTest {

    private static PasteListResolver resolver;
    private static List<Municipality> all;

    @BeforeAll
    static void load() throws Exception {
        try (SpatialDatabase db = SpatialDatabase.open()) {
            all = new BoundaryReader(db).readMunicipalities(TestData.municipalityShp());
        }
        resolver = new PasteListResolver(all, MunicipalityGraph.of(all));
    }

    @ParameterizedTest
    @CsvSource({"Drenthe, Drenthe", "Zeeland, Zeeland", "Limburg, Limburg", "Noord-Brabant, Noord-Brabant",
            "noord brabant, Noord-Brabant", "Flevoland, Flevoland", "Friesland, Fryslân", "FRYSLAN, Fryslân"})
    void aProvinceAloneIsTheWholeProvinceAsWithProvincieBeforeIt(String line, String province) {
        LineMatch alone = resolver.resolveOne(line, Set.of());
        LineMatch written = resolver.resolveOne("provincie " + province, Set.of());
        assertEquals(Status.PROVINCE, alone.status(), alone.toString());
        assertEquals(written.codes(), alone.codes(), "as 'provincie " + province + "' gives");
        assertEquals(1.0, alone.confidence());
    }

    @Test
    void drentheIsNotTickedAsMiddenDrenthe() {
        LineMatch m = resolver.resolveOne("Drenthe", Set.of());
        assertFalse(m.codes().equals(List.of("GM1731")), "Midden-Drenthe is a look-alike, not the province");
        assertEquals(12, m.codes().size());
    }

    @ParameterizedTest
    @CsvSource({"Groningen, GM0014", "Utrecht, GM0344"})
    void groningenAndUtrechtAreTheMunicipalityWithTheWholeProvinceOffered(String line, String municipality) {
        LineMatch m = resolver.resolveOne(line, Set.of());
        assertEquals(Status.EXACT, m.status());
        assertEquals(List.of(municipality), m.codes(), "the municipality, named exactly, stays the match");
        assertEquals(line, m.alsoProvince(), "the province is offered beside it");
        assertTrue(m.acceptedByDefault());
    }

    @ParameterizedTest
    @CsvSource({"Bergen NH, GM0373", "Bergen N-H, GM0373", "Bergen (Noord-Holland), GM0373", "Bergen L, GM0893",
            "Bergen (L), GM0893", "Bergen Limburg, GM0893", "Laren NH, GM0417", "Rijswijk ZH, GM0603",
            "Beek (L.), GM0888", "Middelburg Zld, GM0687", "Hengelo (O.), GM0164", "Hengelo Ov, GM0164",
            "Stein L., GM0971"})
    void aProvinceAfterTheNamePicksTheHomonymInThatProvince(String line, String municipality) {
        LineMatch m = resolver.resolveOne(line, Set.of());
        assertEquals(Status.EXACT, m.status(), m.toString());
        assertEquals(List.of(municipality), m.codes());
        assertNull(m.notIn());
    }

    @Test
    void bergenNhIsBergenNoordHollandEvenForARegionInLimburg() {
        // Venlo is a member: without the "NH" the Bergen beside it would be chosen.
        LineMatch m = resolver.resolveOne("Bergen NH", Set.of("GM0983"));
        assertEquals(List.of("GM0373"), m.codes());
        assertTrue(m.alternatives().stream().anyMatch(c -> c.code().equals("GM0893")), "the other Bergen offered");
    }

    @ParameterizedTest
    @CsvSource({"Hengelo (Gld), Gelderland", "Hengelo Gelderland, Gelderland", "Zwolle (L.), Limburg"})
    void aProvinceThatContradictsTheOnlyFitMakesTheLineUncertainAndSaysSo(String line, String province) {
        LineMatch m = resolver.resolveOne(line, Set.of());
        assertEquals(Status.UNCERTAIN, m.status(), m.toString());
        assertFalse(m.acceptedByDefault(), "not ticked");
        assertEquals(province, m.notIn());
    }

    @ParameterizedTest
    @CsvSource({"Súdwest Fryslân, GM1900", "Midden Groningen, GM1952", "Midden-Drenthe, GM1731",
            "Noord-Beveland, GM1695"})
    void aProvinceWordThatIsPartOfTheNameStaysPartOfIt(String line, String municipality) {
        LineMatch m = resolver.resolveOne(line, Set.of());
        assertEquals(Status.EXACT, m.status(), m.toString());
        assertEquals(List.of(municipality), m.codes());
    }

    @Test
    void everyMunicipalityByItsOwnNameIsStillItself() {
        for (Municipality m : all) {
            assertEquals(List.of(m.code()), resolver.resolveOne(m.name(), Set.of()).codes(), m.name());
        }
    }
}
