package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The window's map exported at a fixed size of another shape: the country fitted, a zoomed view as framed. */
class ResizedPictureTest {

    private static Atlas atlas;
    private static MapGeometry geometry;
    private static MapScene po;
    private static MapPainter painter;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        geometry = MapGeometry.of(atlas);
        po = MapScene.of(TestData.bundledMaps(), Sector.PO);
        painter = new MapPainter(geometry);
    }

    /** The whole country as the first window shows it: beside the screen's open legend panel, 250 px wide. */
    private static MapPicture screensWholeCountry() {
        double legendPanel = 250;
        Viewport fit = Viewport.fit(geometry.bounds(), 1280 - legendPanel, 740, 740 * 0.08);
        return MapPicture.of(painter, po, new Viewport(fit.centerX() - legendPanel / 2 / fit.scale(), fit.centerY(),
                fit.scale(), 1280, 740));
    }

    /** Where the country's regions are painted on the picture, in pixels. */
    private static Envelope country(MapPicture picture) {
        Envelope drawn = LegendRoom.drawnBounds(picture.scene().layer(), null);
        Viewport v = picture.viewport();
        return new Envelope(v.x(drawn.getMinX()), v.x(drawn.getMaxX()), v.y(drawn.getMinY()), v.y(drawn.getMaxY()));
    }

    @Test
    void aPortraitSlideOfThePoMapIsFilledByTheCountryNotBySeaAboveIt() {
        MapPicture portrait = screensWholeCountry().resizedTo(1080, 1350);
        Envelope country = country(portrait);
        assertTrue(country.getHeight() >= 0.85 * 1350, "the country " + Math.round(country.getHeight()) + " of 1350 px");
    }

    @Test
    void a4kPictureWithoutLegendHasTheCountryInTheMiddleNotWhereTheScreensLegendWas() {
        MapPicture uhd = screensWholeCountry().resizedTo(3840, 2160).withLegend(java.util.List.of());
        Envelope country = country(uhd);
        assertEquals(3840 / 2.0, country.centre().x, 3840 * 0.02, "centred: " + country);
    }

    @Test
    void a4kPictureWithItsLegendKeepsTheLegendOffTheCountry() {
        MapPicture uhd = ExportPictures.withLegendClearOfTheMap(screensWholeCountry().resizedTo(3840, 2160),
                Locale.forLanguageTag("nl"));
        double[] legend = uhd.legendBox(ExportFonts::width);
        assertTrue(legend[2] > 0);
        assertTrue(country(uhd).getMinX() >= legend[0] + legend[2], "the country right of the legend");
    }

    @Test
    void aViewZoomedInOnZwolleKeepsWhatTheUserFramed() {
        Envelope zwolle = ExportPictures.regionBounds(po, atlas.region("zwolle-en-omgeving").orElseThrow());
        MapPicture shown = MapPicture.of(painter, po, Viewport.fit(zwolle, 1280, 740, 0));
        MapPicture fullHd = shown.resizedTo(1920, 1080);
        Envelope framed = shown.viewport().visible();
        assertTrue(fullHd.viewport().visible().covers(framed) && fullHd.viewport().scale() > shown.viewport().scale(),
                "the same part of the map, larger: " + fullHd.viewport().visible());
    }
}
