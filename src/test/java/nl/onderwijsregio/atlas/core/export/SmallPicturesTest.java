package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.geo.MunicipalityLocator;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Title, caption, legend and credit on pictures smaller than full HD: they shrink with the picture down
 * to a legible floor, and what does not fit at that floor is left out, rather than run off the picture
 * or over the map.
 */
class SmallPicturesTest {

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

    /** The sector map with legend, title and credit, made as the command line's {@code render} makes it. */
    private static MapPicture sectorMap(Sector sector, int width, int height) {
        return sectorMap(MapScene.of(maps, sector), width, height);
    }

    private static MapPicture sectorMap(MapScene scene, int width, int height) {
        double overlays = MapPicture.overlayScaleFor(width, height);
        return ExportPictures.sectorMap(painter, scene.withPixelScale(MapPicture.lineScaleFor(width, height)), width,
                        height, overlays, true, DUTCH)
                .withTitle("Onderwijsregio’s " + scene.sector().name()).withCredit(ExportTexts.credit(DUTCH));
    }

    private static MapPicture slide(Sector sector, String regionId, int width, int height) {
        Region region = atlas.region(regionId).orElseThrow();
        return new RegionSlides(painter, MapScene.of(maps, sector), width, height,
                r -> ExportPictures.caption(r, DUTCH, f -> Language.bundle("export", DUTCH)
                        .getString("export.figure." + f.name()), r.memberCodes().size() + " gemeenten"),
                "Onderwijsregio’s " + sector.name(), ExportTexts.credit(DUTCH)).slide(region);
    }

    @Test
    void atFourHundredByThreeHundredTheLegendAndTheCreditLieInsideThePicture() {
        // The overlap view's short key fits at a legible size...
        OverlayBoxes overlap = OverlayBoxes.of(sectorMap(MapScene.of(maps, Sector.PO).withOverlapView(true), 400, 300));
        assertNotNull(overlap.box("legend"), "a short legend still fits on 400 × 300");
        assertTrue(overlap.box("legend").inside(400, 300), "legend " + overlap.box("legend"));
        assertTrue(overlap.textSize("legend") >= 13 * MapPicture.SMALLEST_OVERLAY_SCALE - 1e-9,
                "legible: " + overlap.textSize("legend"));
        assertTrue(overlap.box("credit").inside(400, 300), "credit " + overlap.box("credit"));

        // ...and thirty-one PO regions do not: two columns of them would cover the map.
        for (Sector sector : Sector.values()) {
            OverlayBoxes drawn = OverlayBoxes.of(sectorMap(sector, 400, 300));
            OverlayBoxes.Box legend = drawn.box("legend");
            assertTrue(legend == null || legend.inside(400, 300) && legend.width() <= 400 * 0.6,
                    sector + " legend " + legend);
            assertTrue(drawn.box("credit").inside(400, 300), sector + " credit " + drawn.box("credit"));
            assertTrue(drawn.box("title").inside(400, 300), sector + " title " + drawn.box("title"));
        }
    }

    @Test
    void aSlideOf480By270KeepsItsCaptionOffTheRegion() {
        MapPicture slide = slide(Sector.PO, "zwolle-en-omgeving", 480, 270);
        OverlayBoxes drawn = OverlayBoxes.of(slide);

        OverlayBoxes.Box caption = drawn.box("caption");
        assertNotNull(caption, "480 × 270 still has room for the figures");
        assertTrue(caption.inside(480, 270), "caption " + caption);
        double covered = shareOfRegionUnder(slide, caption);
        assertTrue(covered < 0.05, "the caption covers " + covered + " of the region");
        assertTrue(drawn.box("credit").inside(480, 270), "credit " + drawn.box("credit"));
    }

    @Test
    void aThumbnailOf64PixelsIsTheMapWithOnlyTheCredit() {
        for (MapPicture thumbnail : List.of(sectorMap(Sector.PO, 64, 64),
                slide(Sector.PO, "zwolle-en-omgeving", 64, 64))) {
            OverlayBoxes drawn = OverlayBoxes.of(thumbnail);

            assertNull(drawn.box("title"), "no room for a title");
            assertNull(drawn.box("caption"), "no room for the figures");
            assertNull(drawn.box("legend"), "no room for a legend");
            assertNotNull(drawn.box("credit"), "the sources are always named");
            assertTrue(drawn.box("credit").inside(64, 64), "credit " + drawn.box("credit"));
        }
    }

    @Test
    void atFullHdTheOverlaysKeepTheirSize() {
        OverlayBoxes drawn = OverlayBoxes.of(sectorMap(Sector.PO, 1920, 1080));

        assertEquals(30 * 1.2, drawn.textSize("title"), 1e-9);
        // the PO legend's 36 lines in one column: a step smaller rather than a second column beside the map
        assertTrue(drawn.textSize("legend") >= 13 * 1.2 * 0.9 && drawn.textSize("legend") <= 13 * 1.2,
                "legend " + drawn.textSize("legend"));
        assertEquals(12 * 1.2, drawn.textSize("credit"), 1e-9);
    }

    @Test
    void theAppsExportAtASmallSizeOfItsOwnShrinksTheOverlaysWithIt() {
        Viewport window = Viewport.fit(MapGeometry.of(atlas).bounds(), 1600, 900, 20);
        MapScene scene = MapScene.of(maps, Sector.VO);
        MapPicture shown = MapPicture.of(painter, scene, window).withTitle("Onderwijsregio’s VO");
        MapPicture small = shown.resizedTo(400, 300);
        small = small.withLegend(ExportPictures.legend(small.scene(), small.viewport().visible(), DUTCH));
        OverlayBoxes drawn = OverlayBoxes.of(small);

        for (String overlay : List.of("title", "legend", "credit")) {
            OverlayBoxes.Box box = drawn.box(overlay);
            assertTrue(box == null || box.inside(400, 300), overlay + " " + box);
        }
        assertNotNull(drawn.box("credit"));
        assertTrue(drawn.box("legend") == null
                || drawn.textSize("legend") >= 13 * MapPicture.SMALLEST_OVERLAY_SCALE - 1e-9,
                "a legend is legible or left out: " + drawn.textSize("legend"));
    }

    /** The share of the spotlighted region's pixels that lie under {@code box}, sampled on a grid. */
    private static double shareOfRegionUnder(MapPicture picture, OverlayBoxes.Box box) {
        var rings = picture.scene().layer().shape(picture.scene().selectedRegionId()).outline().rings();
        Viewport v = picture.viewport();
        int inRegion = 0;
        int covered = 0;
        for (int x = 0; x < picture.pixelWidth(); x += 2) {
            for (int y = 0; y < picture.pixelHeight(); y += 2) {
                if (MunicipalityLocator.contains(rings, v.planeX(x + 0.5), v.planeY(y + 0.5))) {
                    inRegion++;
                    if (x >= box.x() && x <= box.right() && y >= box.y() && y <= box.bottom()) {
                        covered++;
                    }
                }
            }
        }
        assertTrue(inRegion > 0, "the region is on the slide");
        return covered / (double) inRegion;
    }
}
