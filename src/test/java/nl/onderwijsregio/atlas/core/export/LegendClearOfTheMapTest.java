package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * The whole VO map exported with its legend, as the app's Export dialog makes it (the screen's view at window
 * size ×1 and ×2) and as the command line renders it: no region lies under the legend. The screen's view put
 * the legend over the Zeeuwse Onderwijsregio and part of Zuid-Holland, while listing them.
 */
class LegendClearOfTheMapTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** The map of the app's first window (1280 × 820 less menu and tool bar). */
    private static final double MAP_WIDTH = 1280;
    private static final double MAP_HEIGHT = 740;
    /** The width the screen's legend panel keeps free at the map's left: folded, narrow, open. */
    private static final List<Double> SCREEN_LEGENDS = List.of(0.0, 150.0, 250.0);

    private static Atlas atlas;
    private static MapGeometry geometry;
    private static MapScene vo;
    private static MapPainter painter;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        geometry = MapGeometry.of(atlas);
        vo = MapScene.of(TestData.bundledMaps(), Sector.VO);
        painter = new MapPainter(geometry);
    }

    /** The whole country as the screen first shows it: fitted beside the screen's legend panel (MapNavigation). */
    private static Viewport screensWholeCountry(double screenLegend) {
        return screensWholeCountry(screenLegend, MAP_WIDTH, MAP_HEIGHT);
    }

    private static Viewport screensWholeCountry(double screenLegend, double mapWidth, double mapHeight) {
        double free = mapWidth - screenLegend;
        Viewport fit = Viewport.fit(geometry.bounds(), free, mapHeight, Math.min(free, mapHeight) * 0.08);
        return new Viewport(fit.centerX() - screenLegend / 2 / fit.scale(), fit.centerY(), fit.scale(), mapWidth,
                mapHeight);
    }

    private static MapPicture exportedAtWindowSize(double screenLegend, int factor) {
        MapPicture shown = MapPicture.of(painter, vo, screensWholeCountry(screenLegend)).scaled(factor).withTitle("De VO-kaart");
        return ExportPictures.withLegendClearOfTheMap(shown, DUTCH);
    }

    /** The regions whose painted bounds the picture's legend overlaps. */
    private static List<String> underTheLegend(MapPicture picture) {
        double[] box = picture.legendBox(ExportFonts::width);
        assertTrue(box[2] > 0, "the picture has its legend");
        Envelope legend = new Envelope(box[0], box[0] + box[2], box[1], box[1] + box[3]);
        SectorLayer layer = picture.scene().layer();
        List<String> under = new ArrayList<>();
        for (Region r : layer.regions()) {
            Envelope painted = LegendRoom.paintedBounds(layer.shape(r.id()), picture.viewport());
            if (painted != null && painted.intersects(legend)) {
                under.add(r.displayName());
            }
        }
        return under;
    }

    @Test
    void theWrappedLegendFitsBesideTheScreensViewWithoutMovingTheMap() {
        // on one line each, the names made a legend that lay over Zeeland, and the map moved and shrank for it
        Viewport folded = screensWholeCountry(0);
        MapPicture unchanged = MapPicture.of(painter, vo, folded).withLegend(ExportPictures.legend(vo, folded.visible(),
                DUTCH));
        assertEquals(List.of(), underTheLegend(unchanged));
    }

    @Test
    void theWholeVoMapAtWindowSizeHasNoRegionUnderItsLegend() {
        for (double screenLegend : SCREEN_LEGENDS) {
            for (int factor : List.of(1, 2)) {
                MapPicture picture = exportedAtWindowSize(screenLegend, factor);
                String which = "screen legend " + screenLegend + ", ×" + factor;
                assertEquals(List.of(), underTheLegend(picture), which);
                assertEquals(Math.round(MAP_WIDTH * factor), picture.pixelWidth(), "the window's size: " + which);
                assertTrue(picture.legend().stream().anyMatch(e -> e.label().equals("Zeeuwse Onderwijsregio")),
                        "still listed, and now seen: " + which);
            }
        }
    }

    @Test
    void theCommandLinesWholeVoMapHasNoRegionUnderItsLegend() {
        for (int[] size : List.of(new int[] {1920, 1080}, new int[] {1280, 740}, new int[] {3840, 2160})) {
            MapPicture picture = ExportPictures.sectorMap(painter, vo, size[0], size[1],
                    MapPicture.overlayScaleFor(size[0], size[1]), true, DUTCH);
            assertEquals(List.of(), underTheLegend(picture), size[0] + " × " + size[1]);
        }
    }

    @Test
    void aViewOfUtrechtFilledWithRegionsEdgeToEdgeKeepsTheScreensView() {
        Envelope utrecht = ExportPictures.regionBounds(vo, atlas.region("utrecht-leert-stad").orElseThrow());
        Viewport v = Viewport.fit(utrecht, MAP_WIDTH, MAP_HEIGHT, 0);
        MapPicture exported = ExportPictures.withLegendClearOfTheMap(MapPicture.of(painter, vo, v), DUTCH);
        assertEquals(v, exported.viewport(), "moving the map would only bring other regions under the legend");
        assertFalse(exported.legend().isEmpty());
    }

    @Test
    void theWholeVoMapAtWindowSizeKeepsNearlyTheScreensScaleSoHollandsNoordenKeepsItsName() {
        // the first window's map, and a presenter's half of a 2032 px screen beside the slides
        for (double[] map : List.of(new double[] {MAP_WIDTH, MAP_HEIGHT}, new double[] {1016, 780})) {
            for (double screenLegend : SCREEN_LEGENDS) {
                Viewport screen = screensWholeCountry(screenLegend, map[0], map[1]);
                MapPicture picture = ExportPictures.withLegendClearOfTheMap(
                        MapPicture.of(painter, vo, screen).withTitle("De VO-kaart"), DUTCH);
                assertTrue(picture.viewport().scale() >= 0.85 * screen.scale(), map[0] + " × " + map[1]
                        + ", screen legend " + screenLegend + ": the map at "
                        + Math.round(100 * picture.viewport().scale() / screen.scale()) + "% of the screen's scale");
                assertEquals(List.of(), underTheLegend(picture), "and still none under the legend");
            }
        }
    }

    @Test
    void aLongNationalNameWrapsInTheLegendAsOnScreen() {
        LegendEntry groen = LegendEntry.unmapped("groen", "Landelijke Groene Onderwijsregio (landelijk, niet op de kaart)");
        LegendLayout layout = LegendLayout.of(List.of(groen), 1080, 1, MapPicture.MARGIN, ExportFonts::width);
        assertTrue(layout.names().get(0).size() > 1, layout.names().toString());
        assertTrue(layout.width() <= 20 * 13 + 2 * LegendLayout.PAD, "no wider than the screen's 20em: " + layout.width());
    }
}
