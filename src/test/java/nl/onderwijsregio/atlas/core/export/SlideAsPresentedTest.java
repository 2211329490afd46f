package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A region's slide is projected where presenter mode would show the region: it must look the same, its name as
 * large and its key drawn as its map.
 */
class SlideAsPresentedTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static Atlas atlas;
    private static RegionMaps maps;
    private static MapPainter painter;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        maps = RegionMaps.build(atlas);
        painter = new MapPainter(MapGeometry.of(atlas));
    }

    private static MapPicture slide(Sector sector, String regionId, int width, int height) {
        return new RegionSlides(painter, MapScene.of(maps, sector), width, height,
                r -> ExportPictures.caption(r, maps.layer(sector), List.of(), DUTCH), sector.name(),
                ExportTexts.credit(DUTCH)).slide(atlas.region(regionId).orElseThrow());
    }

    /** The size of the spotlighted region's name as {@code scene} names it through the slide's viewport. */
    private static double nameSize(MapPicture slide, MapScene scene) {
        return OverlayBoxes.of(MapPicture.of(painter, scene, slide.viewport())).textSize("labels");
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080", "3840, 2160"})
    void zwolleEnOmgevingIsNamedOnItsSlideAsLargeAsPresenterModeNamesItOnAScreenOfThatSize(int width, int height) {
        MapPicture slide = slide(Sector.VO, "zwolle-en-omgeving", width, height);
        MapScene presenter = MapScene.of(maps, Sector.VO).inHall(height).withSelected("zwolle-en-omgeving")
                .withSpotlight(true);

        double onSlide = OverlayBoxes.of(slide).textSize("labels");
        assertEquals(nameSize(slide, presenter), onSlide, 1e-9, "the name on the slide, in pixels");
        assertEquals(12 * MapScene.HALL_LABEL_SCALE * 1.15 * height / 720, onSlide, 1e-9,
                "30 pixels at full HD for a name, the selection's a little larger, twice that at 4K");
    }
}
