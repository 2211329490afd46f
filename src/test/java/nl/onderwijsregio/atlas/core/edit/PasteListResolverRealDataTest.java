package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The resolver against all 342 municipalities of 2024, where the near misses are real. */
class PasteListResolverRealDataTest {

    private static PasteListResolver resolver;

    @BeforeAll
    static void load() throws Exception {
        List<Municipality> all;
        try (SpatialDatabase db = SpatialDatabase.open()) {
            all = new BoundaryReader(db).readMunicipalities(TestData.municipalityShp());
        }
        resolver = new PasteListResolver(all, MunicipalityGraph.of(all));
    }

    @Test
    void theIssuesListResolvesWithAlternativesWhereNeeded() {
        // Eindhoven (GM0772) is a member: the Bergen beside it in Limburg is meant.
        List<LineMatch> m = resolver.resolve("Neunen, Gewen en Nederwetten\nHengelo\nBergen\nAArnhem",
                Set.of("GM0772", "GM0983"));
        assertEquals(List.of("GM0820", "GM0164", "GM0893", "GM0202"),
                m.stream().map(x -> x.codes().get(0)).toList());
        assertTrue(m.get(2).alternatives().stream().anyMatch(c -> c.code().equals("GM0373")),
                "Bergen (NH.) is offered");
        assertTrue(m.get(3).confidence() < 1.0);
        assertTrue(m.stream().allMatch(LineMatch::acceptedByDefault), m.toString());
    }

    @Test
    void theListAnEditorPastedIntoZwolleEnOmgevingIsFoundWhole() {
        // Zwolle and Raalte are members of Zwolle en omgeving.
        List<LineMatch> m = resolver.resolve("Dalfsen (GM0148)\nKampen (gemeente)\nZwole\ngemeente Raalte\n"
                + "Hengelo (O.)\nDen Bosch", Set.of("GM0193", "GM0177"));
        assertEquals(List.of("GM0148", "GM0166", "GM0193", "GM0177", "GM0164", "GM0796"),
                m.stream().map(x -> x.codes().isEmpty() ? "-" : x.codes().get(0)).toList());
        assertTrue(m.stream().allMatch(LineMatch::acceptedByDefault), m.toString());
        assertEquals(1.0, m.get(0).confidence(), "Dalfsen by its code");
    }

    @Test
    void bergenBesideAlkmaarIsBergenNoordHolland() {
        LineMatch m = resolver.resolveOne("Bergen", Set.of("GM0361"));
        assertEquals(List.of("GM0373"), m.codes());
        assertFalse(m.alternatives().isEmpty());
    }

    @Test
    void forFoodValleyNeitherBergenIsNearSoTheEditorChooses() {
        // Ede and Barneveld: Bergen (L.) is closer than Bergen (NH.), but still far from the region.
        LineMatch m = resolver.resolveOne("Bergen", Set.of("GM0228", "GM0203"));
        assertEquals(PasteListResolver.Status.UNCERTAIN, m.status());
        assertFalse(m.acceptedByDefault(), "not ticked on a guess");
    }

    @Test
    void aCommaSeparatedListOfRealNamesIsSplit() {
        assertEquals(List.of("GM0193", "GM0166", "GM0150"), resolver.resolve("Zwolle, Kampen en Deventer", Set.of())
                .stream().map(x -> x.codes().get(0)).toList());
    }

    @Test
    void aTypoAndAnUnknownNameDoNotSwallowDenHaagBetweenThem() {
        List<LineMatch> m = resolver.resolve("Ede, Wageningn, Den Haag, Xyzzy", Set.of());
        assertEquals(List.of("Ede", "Wageningn", "Den Haag", "Xyzzy"), m.stream().map(LineMatch::text).toList());
        assertEquals(List.of("GM0228"), m.get(0).codes());
        assertEquals(List.of("GM0289"), m.get(1).codes());
        assertEquals(List.of("GM0518"), m.get(2).codes());
        assertEquals(Status.NOT_FOUND, m.get(3).status());
    }

    @Test
    void aProvinceWithADiacriticIsFound() {
        LineMatch m = resolver.resolveOne("provincie Fryslan", Set.of());
        assertEquals(PasteListResolver.Status.PROVINCE, m.status());
        assertTrue(m.codes().size() > 10, m.codes().toString());
    }
}
