package nl.onderwijsregio.atlas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.summary.SummaryFixtures;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The line above the presenter's map names the sector and where the tour stands, in the chosen language. */
class PresenterHeaderTest {

    private static final Atlas ATLAS = SummaryFixtures.atlas();

    @BeforeEach
    void dutch() {
        Messages.use(Messages.DUTCH);
    }

    @AfterEach
    void backToDutch() {
        Messages.use(Messages.DUTCH);
    }

    private static PresenterModel tourOfPo() {
        return new PresenterModel(RegionMaps.build(ATLAS), MapGeometry.of(ATLAS), Sector.PO, Map.of());
    }

    @Test
    void theWholeCountryIsHeadedWithTheSectorAlone() {
        assertEquals("Primair onderwijs", tourOfPo().headerProperty().get());
    }

    /** The audience reads the header too: it says the region is the last, not which key the presenter presses next. */
    @Test
    void aRegionIsHeadedWithItsPlaceAndTheLastSaysSoWithoutTheKeys() {
        PresenterModel model = tourOfPo();
        model.next();
        assertEquals("Primair onderwijs  ·  regio 1 van 2", model.headerProperty().get());
        model.next();
        assertEquals("Primair onderwijs  ·  regio 2 van 2, de laatste", model.headerProperty().get());
        model.home();
        assertEquals("Primair onderwijs", model.headerProperty().get());
    }

    @Test
    void aThemeTourIsHeadedWithItsThemeCount() {
        PresenterModel model = tourOfPo();
        model.nextTheme();
        assertEquals("Primair onderwijs  ·  Themaronde, thema 1 van 1, het laatste", model.headerProperty().get());
    }

    @Test
    void theFirstOfTheSixThemesWithTheirOwnIntroductionIsHeadedAsOneOfSix() throws Exception {
        Atlas bundled = TestData.bundledAtlas();
        PresenterModel model = new PresenterModel(RegionMaps.build(bundled), MapGeometry.of(bundled), Sector.PO, Map.of());
        model.nextTheme();
        assertEquals("Primair onderwijs  ·  Themaronde, thema 1 van 6", model.headerProperty().get());
    }

    @Test
    void anotherSectorCountsTheRegionInItsOwnOrder() {
        PresenterModel model = tourOfPo();
        model.next();
        while (!model.current().id().equals(SummaryFixtures.ZWOLLE_REGION)) {
            model.next();
        }
        model.showSector(Sector.VO);
        assertEquals(SummaryFixtures.ZWOLLE_REGION, model.current().id(), "Zwolle serves VO too");
        int place = model.order().indexOf(model.current()) + 1;
        String position = place == model.order().size() ? "presenter.position.last" : "presenter.position";
        assertEquals("Voortgezet onderwijs  ·  " + Messages.t(position, place, model.order().size()),
                model.headerProperty().get());
    }

    @Test
    void inEnglishTheSameWithEnglishWords() {
        Messages.use(Messages.ENGLISH);
        PresenterModel model = tourOfPo();
        model.next();
        assertEquals("Primary education  ·  region 1 of 2", model.headerProperty().get());
        model.next();
        assertEquals("Primary education  ·  region 2 of 2, the last", model.headerProperty().get());
    }
}
