package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.RegionPalette;
import nl.onderwijsregio.atlas.core.render.Rgb;
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
        maps = TestData.bundledMaps();
        painter = new MapPainter(MapGeometry.of(atlas));
    }

    private static MapPicture slide(Sector sector, String regionId, int width, int height) {
        return slide(MapScene.of(maps, sector), regionId, width, height);
    }

    private static MapPicture slide(MapScene scene, String regionId, int width, int height) {
        return new RegionSlides(new MapPainter(painter.geometry(), scene.style()), scene, width, height,
                r -> ExportPictures.caption(r, scene, List.of(), DUTCH), scene.sector().name(),
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

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void theStripesKeyOnZwollesCardIsStripedAsTheSlidesMapStripesItsMunicipalitiesInOtherRegions(boolean dark) {
        MapPicture slide = slide(MapScene.of(maps, Sector.VO).withStyle(MapStyle.of(dark)), "zwolle-en-omgeving",
                1920, 1080);
        LegendEntry key = slide.caption().key();
        Set<Set<Rgb>> stripes = StripeFills.of(slide).values().stream().filter(c -> c.size() == 2)
                .collect(java.util.stream.Collectors.toSet());

        assertTrue(stripes.contains(Set.of(key.colour(), key.stripes())),
                "the key " + key + " among the slide's stripes " + stripes);
        assertEquals(maps.layer(Sector.VO).colour("zwolle-en-omgeving"), key.colour(), "Zwolle's own colour");
        assertNotEquals(RegionPalette.region(1), key.stripes(), "not the palette's blue beside orange");
    }

    @Test
    void theMainMapsStripesKeyShowsStripesItsMapHas() {
        MapScene vo = MapScene.of(maps, Sector.VO);
        MapPicture map = ExportPictures.sectorMap(painter, vo, 1920, 1080, 1, true, DUTCH);
        LegendEntry key = map.legend().stream().filter(e -> e.stripes() != null).findFirst().orElseThrow();

        assertTrue(StripeFills.of(map).containsValue(Set.of(key.colour(), key.stripes())), key.toString());
    }

    /** The colours each striped municipality ("overlap-GM…" group) is filled in, as the painter draws them. */
    private static final class StripeFills extends DrawsNothing {

        private final Map<String, Set<Rgb>> fills = new LinkedHashMap<>();
        private final Deque<String> groups = new ArrayDeque<>();

        static Map<String, Set<Rgb>> of(MapPicture picture) {
            StripeFills s = new StripeFills();
            picture.draw(s);
            return s.fills;
        }

        @Override
        public void beginGroup(String id) {
            groups.push(id);
        }

        @Override
        public void endGroup() {
            groups.pop();
        }

        @Override
        public void fillPath(Rgb colour, double opacity) {
            if (!groups.isEmpty() && groups.peek().startsWith("overlap-")) {
                fills.computeIfAbsent(groups.peek(), g -> new LinkedHashSet<>()).add(colour);
            }
        }
    }
}
