package nl.onderwijsregio.atlas.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

class PlaceSearchTest {

    private final PlaceSearch search = new PlaceSearch(new Atlas(List.of(
            new Municipality("GM1900", "Súdwest-Fryslân", "Fryslân", null, null),
            new Municipality("GM0518", "'s-Gravenhage", "Zuid-Holland", null, null),
            new Municipality("GM0400", "Den Helder", "Noord-Holland", null, null),
            new Municipality("GM0796", "'s-Hertogenbosch", "Noord-Brabant", null, null),
            new Municipality("GM1721", "Bernheze", "Noord-Brabant", null, null),
            new Municipality("GM0193", "Zwolle", "Overijssel", null, null),
            new Municipality("GM1896", "Zwartewaterland", "Overijssel", null, null),
            new Municipality("GM0200", "Apeldoorn", "Gelderland", null, null)),
            Basemap.empty(),
            new RegionData(1, null, List.of(), List.of(), List.of(
                    new Region("zwolle-en-omgeving", "Zwolle en omgeving", "Onderwijsregio Zwolle en omgeving",
                            Set.of(Sector.PO), Scope.REGIONAL, false, null, KeyFigures.none(),
                            List.of(new MemberRef("GM0193", "Zwolle")), List.of(), List.of())))));

    private PlaceSearch.Hit first(String query) {
        List<PlaceSearch.Hit> hits = search.search(query, 8);
        assertTrue(!hits.isEmpty(), "nothing found for " + query);
        return hits.get(0);
    }

    @Test
    void aRegionRenamedInTheAtlasIsFoundByItsPublishedNameAndSaysSo() {
        PlaceSearch renamed = new PlaceSearch(new Atlas(List.of(
                new Municipality("GM0228", "Ede", "Gelderland", null, null)),
                Basemap.empty(),
                new RegionData(1, null, List.of(), List.of(), List.of(
                        new Region("food-valley", "Voedselvallei", "Food Valley", Set.of(Sector.PO), Scope.REGIONAL,
                                false, null, KeyFigures.none(), List.of(new MemberRef("GM0228", "Ede")), List.of(),
                                List.of())))));

        PlaceSearch.Hit byOldName = renamed.search("food", 8).get(0);
        assertEquals("Voedselvallei", byOldName.name());
        assertEquals("Food Valley", byOldName.knownAs());
        assertEquals(null, renamed.search("voedsel", 8).get(0).knownAs(), "found by the name it shows");
        assertEquals(null, first("onderwijsregio zwolle").knownAs(),
                "the long form of the name shown is no other name");
    }

    /** The homonyms the province after a name tells apart, as CBS names them. */
    private final PlaceSearch homonyms = new PlaceSearch(new Atlas(List.of(
            new Municipality("GM0893", "Bergen (L.)", "Limburg", null, null),
            new Municipality("GM0373", "Bergen (NH.)", "Noord-Holland", null, null),
            new Municipality("GM0748", "Bergen op Zoom", "Noord-Brabant", null, null),
            new Municipality("GM0164", "Hengelo (O.)", "Overijssel", null, null),
            new Municipality("GM1900", "Súdwest-Fryslân", "Fryslân", null, null),
            new Municipality("GM0200", "Apeldoorn", "Gelderland", null, null)),
            Basemap.empty(), new RegionData(1, null, List.of(), List.of(), List.of())));

    private List<String> homonymsFound(String typed) {
        return homonyms.search(typed, 8).stream().map(PlaceSearch.Hit::id).toList();
    }

    @Test
    void bergenWithNoordHollandAfterItInAnyFormFindsBergenNhFirst() {
        for (String typed : List.of("bergen nh", "Bergen NH.", "bergen noord-holland", "Bergen Noord Holland",
                "bergen (nh)", "Bergen (NH.)", "bergen n-h", "bergen noord-h")) {
            List<String> found = homonymsFound(typed);
            assertEquals("GM0373", found.isEmpty() ? null : found.get(0), typed + ": " + found);
        }
    }

    @Test
    void bergenLFindsBergenInLimburgFirstAndTheOtherStillBelowIt() {
        assertEquals(List.of("GM0893", "GM0373"), homonymsFound("bergen (l.)").subList(0, 2));
        assertEquals("GM0893", homonymsFound("bergen l").get(0));
        assertEquals("GM0893", homonymsFound("bergen limburg").get(0));
    }

    @Test
    void bergenNbMeansBergenOpZoomBeforeTheBergensElsewhere() {
        assertEquals("GM0748", homonymsFound("bergen nb").get(0));
    }

    @Test
    void hengeloOvFindsHengeloOAndAMistakenProvinceStillFindsIt() {
        assertEquals("GM0164", homonymsFound("hengelo ov").get(0));
        assertEquals("GM0164", homonymsFound("Hengelo (Ov)").get(0));
        assertEquals(List.of("GM0164"), homonymsFound("hengelo gld"), "Hengelo in Gelderland is a village, not one");
    }

    @Test
    void aProvinceWordThatIsPartOfTheNameStillFindsItFirst() {
        assertEquals("GM1900", homonymsFound("sudwest fryslan").get(0));
    }

    @Test
    void sudwestFindsSudwestFryslanWithoutItsAccents() {
        assertEquals("GM1900", first("sudwest").id());
    }

    @Test
    void denHaagFindsTheOfficialNameSGravenhage() {
        assertEquals("GM0518", first("den haag").id());
        assertEquals("GM0518", first("Den Haag").id());
    }

    @Test
    void denHaagHalfTypedOrMistypedStillFindsSGravenhageBeforeDenHelder() {
        for (String typed : List.of("den ha", "den haa", "den hag", "denhaag", "Den Haaag", "haag")) {
            PlaceSearch.Hit hit = first(typed);
            assertEquals("GM0518", hit.id(), typed);
            assertEquals("'s-Gravenhage", hit.name(), "shown by its official name");
        }
    }

    @Test
    void theHagueInEnglishFindsSGravenhage() {
        assertEquals("GM0518", first("the hague").id());
        assertEquals("GM0518", first("the hag").id());
    }

    @Test
    void denBoschHalfTypedFindsSHertogenbosch() {
        for (String typed : List.of("den bos", "den bosch", "denbosch", "den bosh")) {
            PlaceSearch.Hit hit = first(typed);
            assertEquals("GM0796", hit.id(), typed);
            assertEquals("'s-Hertogenbosch", hit.name());
        }
    }

    @Test
    void denHelderIsStillFoundByItsOwnName() {
        assertEquals("GM0400", first("den he").id());
        assertEquals("GM0400", first("den helder").id());
    }

    @Test
    void zwoleWithATypoFindsZwolleFirstAndTheRegionToo() {
        List<PlaceSearch.Hit> hits = search.search("zwole", 8);
        assertEquals("GM0193", hits.get(0).id());
        assertTrue(hits.stream().anyMatch(h -> h.id().equals("zwolle-en-omgeving")), "hits: " + hits);
        assertTrue(hits.stream().noneMatch(h -> h.id().equals("GM0200")));
    }

    @Test
    void aRegionIsFoundByAnyWordOfItsName() {
        PlaceSearch.Hit hit = first("omgeving");
        assertEquals(PlaceSearch.Kind.REGION, hit.kind());
    }

    @Test
    void caseAndPrefixDoNotMatter() {
        assertEquals("GM0200", first("APELD").id());
    }

    @Test
    void emptyQueryFindsNothing() {
        assertTrue(search.search("  ", 8).isEmpty());
    }
}
