package nl.onderwijsregio.atlas.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.onderwijsregio.atlas.core.data.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search as you type against all 342 municipalities of 2024 and the published regions, near misses and all. */
class PlaceSearchRealDataTest {

    private static PlaceSearch search;

    @BeforeAll
    static void load() throws Exception {
        search = new PlaceSearch(TestData.bundledAtlas());
    }

    private static String first(String typed) {
        List<PlaceSearch.Hit> hits = search.search(typed, 8);
        assertFalse(hits.isEmpty(), "nothing found for " + typed);
        return hits.get(0).id();
    }

    @Test
    void everyWayOfTypingDenHaagFindsSGravenhageFirst() {
        for (String typed : List.of("den ha", "den haa", "den hag", "denhaag", "den haag", "the hague", "Den Haag")) {
            assertEquals("GM0518", first(typed), typed);
        }
    }

    @Test
    void denBosFindsSHertogenboschFirst() {
        assertEquals("GM0796", first("den bos"));
        assertEquals("GM0796", first("den bosch"));
    }

    @Test
    void theOldExamplesStillHold() {
        assertEquals("GM1900", first("sudwest"));
        assertEquals("GM0193", first("zwole"));
        assertEquals("GM0400", first("den helder"));
    }

    @Test
    void aProvinceAfterTheNameFindsTheHomonymThereFirstAmongAll342() {
        assertEquals("GM0373", first("bergen nh"), "Bergen (NH.)");
        assertEquals("GM0373", first("bergen noord-holland"));
        assertEquals("GM0893", first("bergen l"), "Bergen (L.)");
        assertEquals("GM0164", first("hengelo ov"), "Hengelo (O.)");
        assertEquals("GM0518", first("s g"), "a half-typed 's-Gravenhage is no place in Gelderland");
    }

    @Test
    void regioTwenteFindsBothTwenteRegionsThoughNoNameSaysRegio() {
        List<String> names = search.search("regio twente", 8).stream().map(PlaceSearch.Hit::name).toList();
        assertTrue(names.contains("Twente en omstreken") && names.contains("Twente, Achterhoek, Oost-Salland"),
                names.toString());
    }

    @Test
    void onderwijsregioZwolleFindsZwolleAndNotEveryRegionPublishedAsOnderwijsregio() {
        List<String> names = search.search("onderwijsregio zwolle", 8).stream().map(PlaceSearch.Hit::name).toList();
        assertEquals(List.of("Zwolle en omgeving", "Zwolle"), names);
    }
}
