package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Region names on an exported picture keep clear of its title, legend and credit, as on screen they keep
 * clear of the panels over the map: a name half under the legend reads as a mistake on a slide.
 */
class NamesClearOfOverlaysTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static Atlas atlas;
    private static MapScene po;
    private static MapPainter painter;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        po = MapScene.of(TestData.bundledMaps(), Sector.PO);
        painter = new MapPainter(MapGeometry.of(atlas), MapStyle.light());
    }

    /**
     * Oost-Nederland chosen in a window whose map is 1280 × 720, the detail pane over its right 270 pixels (the
     * map flies to it as the app does, to the middle of the part left free), and exported at 3840 × 2160 with
     * title and legend: the legend in the lower left lay over "Utrecht Leert-Stad".
     */
    private static MapPicture oostNederlandIn4k() {
        MapScene selected = po.withSelected("oost-nederland");
        var bounds = ExportPictures.regionBounds(selected, atlas.region("oost-nederland").orElseThrow());
        double inset = 270;
        Viewport free = Viewport.fit(bounds, 1280 - inset, 720, 720 * 0.08);
        Viewport window = new Viewport(free.centerX() - inset / 2 / free.scale(), free.centerY(), free.scale(), 1280, 720);
        MapPicture big = MapPicture.of(painter, selected, window).resizedTo(3840, 2160).withTitle("Oost-Nederland")
                .withCredit(ExportTexts.credit(DUTCH));
        return big.withLegend(ExportPictures.legend(big.scene(), big.viewport().visible(), DUTCH));
    }

    @Test
    void noNameOnAFourKPoMapOfOostNederlandLiesUnderTheLegendTitleOrCredit() {
        OverlayBoxes drawn = OverlayBoxes.of(oostNederlandIn4k());
        List<OverlayBoxes.Text> names = drawn.texts("labels");
        assertTrue(names.size() > 3, "the map names its regions: " + names.stream().map(OverlayBoxes.Text::text).toList());
        for (String overlay : List.of("legend", "title", "credit")) {
            OverlayBoxes.Box box = drawn.box(overlay);
            assertNotNull(box, overlay + " is drawn");
            assertEquals(List.of(), names.stream().filter(n -> n.box().overlaps(box)).map(OverlayBoxes.Text::text).toList(),
                    "names under the " + overlay);
        }
    }
}
