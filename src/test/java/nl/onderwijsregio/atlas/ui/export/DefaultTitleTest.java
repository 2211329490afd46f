package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The title a map export starts with names only a region that is on the exported sector's map. */
class DefaultTitleTest {

    private static Atlas atlas;

    @BeforeAll
    static void load() throws Exception {
        Messages.use(Messages.DUTCH);
        atlas = TestData.bundledAtlas();
    }

    @Test
    void rijkVanNijmegenSelectedOnThePoMapTitlesItsExport() {
        assertEquals("Rijk van Nijmegen", ExportFeature.defaultTitle(atlas, "rijk-van-nijmegen", Sector.PO));
    }

    @Test
    void rijkVanNijmegenStillSelectedAfterSwitchingToVoDoesNotTitleTheVoMapItIsNotOn() {
        assertEquals("Onderwijsregio’s VO", ExportFeature.defaultTitle(atlas, "rijk-van-nijmegen", Sector.VO));
    }

    @Test
    void withNothingSelectedTheSectorTitlesTheMap() {
        assertEquals("Onderwijsregio’s MBO", ExportFeature.defaultTitle(atlas, null, Sector.MBO));
    }

    @Test
    void theVoOverlapViewIsTitledAsItsLegendOnScreenNotAsTheRegionMap() throws Exception {
        nl.onderwijsregio.atlas.core.render.MapScene overlap = nl.onderwijsregio.atlas.core.render.MapScene
                .of(TestData.bundledMaps(), Sector.VO).withOverlapView(true);
        assertEquals("Dekking VO: regio’s per gemeente", ExportFeature.defaultTitle(atlas, "rijk-van-nijmegen", overlap));
        assertEquals("Onderwijsregio’s VO", ExportFeature.defaultTitle(atlas, null, overlap.withOverlapView(false)));
    }
}
