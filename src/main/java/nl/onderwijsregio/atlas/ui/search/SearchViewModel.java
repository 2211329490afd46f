package nl.onderwijsregio.atlas.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.PlaceSearch;
import nl.onderwijsregio.atlas.core.text.ProvinceNames;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Search as a view-model: the query's results, and what choosing one does. A region is selected (the
 * map switches to a sector it serves if needed) and flown to; a municipality is flown to and becomes
 * the "chosen municipality", whose regions in all three sectors a card shows.
 */
public final class SearchViewModel {

    static final int MAX_RESULTS = 8;

    /**
     * What the municipality card shows: the municipality named with its province, and for each sector the
     * regions covering it (none is a gap the card says so).
     */
    public record Card(String municipalityCode, String title, List<SectorRegions> sectors) {

        public Card {
            sectors = List.copyOf(sectors);
        }
    }

    /** The regions covering the card's municipality in one sector, each chosen by its id. */
    public record SectorRegions(Sector sector, List<RegionName> regions) {

        public SectorRegions {
            regions = List.copyOf(regions);
        }
    }

    /** A region as the card links it. */
    public record RegionName(String regionId, String name) {
    }

    private final AtlasState state;
    private final ObservableList<PlaceSearch.Hit> results = FXCollections.observableArrayList();
    private final ObjectProperty<String> chosenMunicipality = new SimpleObjectProperty<>(this, "chosenMunicipality");
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyIntegerWrapper keyboardToCard = new ReadOnlyIntegerWrapper(this, "keyboardToCard");
    private PlaceSearch search;
    /** The text last searched for: asked again of each new atlas. */
    private String text;

    public SearchViewModel(AtlasState state) {
        this.state = state;
        // Text typed while the map loads must find once it is there, and after another file is opened the
        // results must be the new atlas's: a hit from the old one would choose a region that is gone.
        state.atlasProperty().addListener((obs, o, atlas) -> {
            search = atlas == null ? null : new PlaceSearch(atlas);
            query(text);
            updateCard();
        });
        chosenMunicipality.addListener((obs, o, code) -> updateCard());
        if (state.atlas() != null) {
            search = new PlaceSearch(state.atlas());
        }
        // A municipality flown to from elsewhere with no region selected (a gap named beside the map, a finding)
        // is chosen as a search would choose it: else a hatched island arrives without a name.
        state.focusRequestProperty().addListener((obs, o, request) -> {
            if (request != null && request.municipalityCode() != null && state.selectedRegionIdProperty().get() == null) {
                chosenMunicipality.set(request.municipalityCode());
            }
        });
        // The card answers "which regions cover this municipality"; once another region is selected
        // (on the map, in the legend), the card would contradict the emphasis on the map, so it closes.
        state.selectedRegionIdProperty().addListener((obs, o, id) -> {
            if (id != null && !covers(id, chosenMunicipality.get())) {
                chosenMunicipality.set(null);
            }
        });
    }

    public void query(String text) {
        this.text = text;
        results.setAll(search == null || text == null ? List.of() : search.search(text, MAX_RESULTS));
    }

    public ObservableList<PlaceSearch.Hit> results() {
        return results;
    }

    /** The municipality last chosen in search, or null. */
    public ObjectProperty<String> chosenMunicipalityProperty() {
        return chosenMunicipality;
    }

    public void choose(PlaceSearch.Hit hit) {
        if (hit.kind() == PlaceSearch.Kind.REGION) {
            chosenMunicipality.set(null);
            chooseRegion(hit.id());
        } else {
            String selected = state.selectedRegionIdProperty().get();
            if (selected != null && !covers(selected, hit.id())) {
                // otherwise the map stays dimmed around a region that has nothing to do with the municipality
                state.selectedRegionIdProperty().set(null);
            }
            chosenMunicipality.set(hit.id());
            state.focus(FocusRequest.municipality(hit.id()));
            keyboardToCard.set(keyboardToCard.get() + 1);
        }
    }

    /**
     * Changes each time a municipality is chosen in search: its card, which answers the search, takes the keyboard
     * focus (the field would otherwise hand it to the invisible row it stands in).
     */
    public ReadOnlyIntegerProperty keyboardToCardProperty() {
        return keyboardToCard.getReadOnlyProperty();
    }

    /** Whether region {@code regionId} has municipality {@code code} as a member; false for a null code. */
    private boolean covers(String regionId, String code) {
        Atlas atlas = state.atlas();
        return code != null && atlas != null
                && atlas.region(regionId).map(r -> r.hasMember(code)).orElse(false);
    }

    /** Whether the shown results are empty for a query someone actually typed: "no results" is then said. */
    public boolean nothingFound(String text) {
        return text != null && !text.isBlank() && search != null && results.isEmpty();
    }

    /** Selects a region and flies to it, switching to a sector it serves if the shown one is not. */
    public void chooseRegion(String regionId) {
        Atlas atlas = state.atlas();
        if (atlas == null || atlas.region(regionId).isEmpty()) {
            return;
        }
        state.selectRegion(regionId);
        state.focus(FocusRequest.region(regionId));
        state.keyboardToDetails();
    }

    /** Selects a region linked on the card in the sector it was listed under, which the map then shows. */
    public void chooseRegion(Sector sector, String regionId) {
        state.sectorProperty().set(sector);
        chooseRegion(regionId);
    }

    /** The card of the chosen municipality; null while none is chosen, or the atlas shown lacks it. */
    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public void closeCard() {
        chosenMunicipality.set(null);
    }

    /** The region selected anywhere (map, table, a case's link), or null. */
    public ObservableValue<String> selectedRegionId() {
        return state.selectedRegionIdProperty();
    }

    private void updateCard() {
        Atlas atlas = state.atlas();
        String code = chosenMunicipality.get();
        Municipality m = atlas == null || code == null ? null : atlas.municipality(code).orElse(null);
        if (m == null) {
            card.set(null);
            return;
        }
        List<SectorRegions> sectors = new ArrayList<>();
        for (Sector s : Sector.values()) {
            sectors.add(new SectorRegions(s, atlas.regionsCovering(code, s).stream()
                    .map(r -> new RegionName(r.id(), r.displayName())).toList()));
        }
        // "Bergen (L.) (Limburg)" says the province twice, in brackets twice: "Bergen (Limburg)" says it once.
        // A boundary file without a province column leaves it blank: then the name alone, not "Bergen ()".
        String title = m.province().isBlank() ? m.name()
                : Messages.t("map.card.title", ProvinceNames.withoutOwnProvince(m.name(), m.province()), m.province());
        card.set(new Card(code, title, sectors));
    }

    /**
     * A result as its line in the list: name and kind, and the detail (a province) when there is one, or the name as
     * published that the query found, so a region renamed in the atlas does not seem found by a name it lost.
     */
    static String line(PlaceSearch.Hit hit) {
        String kind = Messages.t(hit.kind() == PlaceSearch.Kind.REGION ? "map.search.region" : "map.search.municipality");
        if (hit.knownAs() != null) {
            return Messages.t("map.search.hitKnownAs", hit.name(), kind, hit.knownAs());
        }
        return hit.detail() == null || hit.detail().isBlank()
                ? Messages.t("map.search.hit", hit.name(), kind)
                : Messages.t("map.search.hitWithDetail", hit.name(), kind, hit.detail());
    }
}
