package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.export.MapPicture;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The file name a map export offers: the selected region's, so maps saved in a row do not overwrite each other, with
 * the sector first as on the slides, and the size when it is not the window's.
 */
class SuggestedFileNameTest {

    private static RegionMaps maps;

    @BeforeAll
    static void load() throws Exception {
        maps = TestData.bundledMaps();
    }

    /** The window's map of {@code scene}, 1280 × 800. */
    private static MapPicture window(MapScene scene) {
        return MapPicture.of(null, scene, new Viewport(0, 0, 1, 1280, 800));
    }

    @Test
    void withZwolleSelectedTheFileIsNamedAfterItSectorFirstAsItsSlide() {
        MapPicture shown = window(MapScene.of(maps, Sector.VO).withSelected("zwolle-en-omgeving"));
        assertEquals("vo-zwolle-en-omgeving.png", ExportFeature.suggestedFileName(shown, shown, "png"));
    }

    @Test
    void theZeelandMapIsNamedAfterTheZeeuwseOnderwijsregio() {
        MapPicture shown = window(MapScene.of(maps, Sector.MBO).withSelected("zeeland"));
        assertEquals("mbo-zeeuwse-onderwijsregio.svg", ExportFeature.suggestedFileName(shown, shown, "svg"));
    }

    @Test
    void withNothingSelectedTheFileIsNamedAfterTheSector() {
        MapPicture shown = window(MapScene.of(maps, Sector.PO));
        assertEquals("onderwijsregios-po.svg", ExportFeature.suggestedFileName(shown, shown, "svg"));
    }

    @Test
    void atAnotherSizeThanTheWindowsTheNameCarriesIt() {
        MapPicture shown = window(MapScene.of(maps, Sector.VO));
        assertEquals("onderwijsregios-vo-3840x2160.png",
                ExportFeature.suggestedFileName(shown, PictureSize.UHD.apply(shown), "png"));
        assertEquals("onderwijsregios-vo-2560x1600.png",
                ExportFeature.suggestedFileName(shown, PictureSize.WINDOW_2.apply(shown), "png"));
        assertEquals("onderwijsregios-vo.png",
                ExportFeature.suggestedFileName(shown, PictureSize.WINDOW_1.apply(shown), "png"));
    }

    @Test
    void aSelectedRegionThatDoesNotServeTheSectorIsNotInTheNameAsItIsNotInTheTitle() {
        MapPicture shown = window(MapScene.of(maps, Sector.VO).withSelected("rijk-van-nijmegen"));
        assertEquals("onderwijsregios-vo.png", ExportFeature.suggestedFileName(shown, shown, "png"));
    }
}
