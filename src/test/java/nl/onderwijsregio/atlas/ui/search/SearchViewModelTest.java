package nl.onderwijsregio.atlas.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.PlaceSearch;
import nl.onderwijsregio.atlas.ui.AtlasState;
import org.junit.jupiter.api.Test;

/** The results always belong to the atlas on screen, for the text in the field, however the two came about. */
class SearchViewModelTest {

    private final AtlasState state = new AtlasState();
    private final SearchViewModel search = new SearchViewModel(state);

    @Test
    void textTypedWhileTheMapIsLoadingIsFoundOnceTheAtlasArrives() {
        search.query("zwolle");
        assertTrue(search.results().isEmpty(), "nothing to search in yet");
        assertFalse(search.nothingFound("zwolle"), "not yet: the atlas is still loading");

        state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving"));

        assertTrue(ids().contains(SearchAtlases.ZWOLLE), "found without typing again: " + ids());
        assertTrue(ids().contains("zwolle-en-omgeving"), ids().toString());
    }

    @Test
    void afterAnotherFileIsOpenedTheResultsAreThoseOfTheNewAtlas() {
        state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving"));
        search.query("zwolle");
        assertTrue(ids().contains("zwolle-en-omgeving"), ids().toString());

        state.atlasProperty().set(SearchAtlases.withRegion("regio-zwolle", "Regio Zwolle"));

        assertFalse(ids().contains("zwolle-en-omgeving"), "a region the shown atlas lacks cannot be chosen: " + ids());
        assertTrue(ids().contains("regio-zwolle"), ids().toString());
    }

    @Test
    void aRegionFoundByTheNameItWasPublishedUnderSaysThatName() {
        assertEquals("Voedselvallei  ·  regio, gepubliceerd als „Food Valley”", SearchViewModel.line(
                new PlaceSearch.Hit(PlaceSearch.Kind.REGION, "food-valley", "Voedselvallei", null, "Food Valley", 1)));
        assertEquals("Zwolle  ·  gemeente, Overijssel", SearchViewModel.line(
                new PlaceSearch.Hit(PlaceSearch.Kind.MUNICIPALITY, "GM0193", "Zwolle", "Overijssel", null, 1)));
    }

    @Test
    void whileNoAtlasIsShownThereAreNoResults() {
        state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving"));
        search.query("zwolle");

        state.atlasProperty().set(null);

        assertEquals(List.of(), ids());
    }

    @Test
    void zwollesCardNamesItsProvinceAndPerSectorTheRegionsCoveringIt() {
        state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving"));

        search.choose(hit(SearchAtlases.ZWOLLE));

        SearchViewModel.Card card = search.cardProperty().get();
        assertEquals("Zwolle (Overijssel)", card.title());
        assertEquals(List.of(new SearchViewModel.RegionName("zwolle-en-omgeving", "Zwolle en omgeving")),
                regionsIn(card, Sector.PO));
        assertEquals(List.of(), regionsIn(card, Sector.VO), "a gap in VO");
    }

    @Test
    void withoutAProvinceTheCardIsTitledByTheNameAlone() {
        state.atlasProperty().set(SearchAtlases.withoutProvinces("zwolle-en-omgeving", "Zwolle en omgeving"));

        search.choose(hit(SearchAtlases.ZWOLLE));

        assertEquals("Zwolle", search.cardProperty().get().title(), "not \"Zwolle ()\"");
    }

    @Test
    void choosingZwolleEnOmgevingUnderVoOnTheCardShowsTheVoMap() {
        state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving",
                Set.of(Sector.PO, Sector.VO)));
        state.sectorProperty().set(Sector.PO);
        search.choose(hit(SearchAtlases.ZWOLLE));

        search.chooseRegion(Sector.VO, "zwolle-en-omgeving");

        assertEquals(Sector.VO, state.sectorProperty().get(), "the sector the region was listed under");
        assertEquals("zwolle-en-omgeving", state.selectedRegionIdProperty().get());
    }

    @Test
    void closingTheCardForgetsZwolle() {
        state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving"));
        search.choose(hit(SearchAtlases.ZWOLLE));

        search.closeCard();

        assertNull(search.chosenMunicipalityProperty().get());
        assertNull(search.cardProperty().get());
    }

    private PlaceSearch.Hit hit(String id) {
        search.query(id.equals(SearchAtlases.ZWOLLE) ? "Zwolle" : id);
        return search.results().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<SearchViewModel.RegionName> regionsIn(SearchViewModel.Card card, Sector sector) {
        return card.sectors().stream().filter(s -> s.sector() == sector).findFirst().orElseThrow().regions();
    }

    private List<String> ids() {
        return search.results().stream().map(PlaceSearch.Hit::id).toList();
    }
}
