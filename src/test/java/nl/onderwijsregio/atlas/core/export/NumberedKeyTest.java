package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.geo.MunicipalityLocator;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A printed atlas's numbered key: on a VO slide of the whole country, Amsterdam is too small for its name and
 * shares its green with Nijmegen e.o. and the Zeeuwse Onderwijsregio, so the map marks it with its number in
 * the legend, and the legend shows that number before its name. Without a legend beside the map a number
 * would mean nothing: then there are none.
 */
class NumberedKeyTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static Atlas atlas;
    private static MapPainter painter;
    private static MapScene vo;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        painter = new MapPainter(MapGeometry.of(atlas), MapStyle.light());
        vo = MapScene.of(TestData.bundledMaps(), Sector.VO).withPixelScale(MapPicture.lineScaleFor(1920, 1080));
    }

    /** The VO map at 1920 × 1080, as {@code render --sector vo} makes it. */
    private static MapPicture voSlide(boolean withLegend) {
        return ExportPictures.sectorMap(painter, vo, 1920, 1080, MapPicture.overlayScaleFor(1920, 1080), withLegend,
                DUTCH);
    }

    private static Map<String, String> numbersByRegion(OverlayBoxes drawn) {
        return drawn.texts("key-numbers").stream()
                .collect(Collectors.toMap(OverlayBoxes.Text::region, OverlayBoxes.Text::text));
    }

    @Test
    void aVoSlideWithItsLegendMarksAmsterdamWithTheNumberItsLegendLineShows() {
        MapPicture slide = voSlide(true);
        OverlayBoxes drawn = OverlayBoxes.of(slide);

        LegendEntry amsterdam = slide.legend().stream().filter(e -> e.label().equals("Amsterdam")).findFirst()
                .orElseThrow();
        assertEquals(3, amsterdam.number(), "after Achterhoek Veluwezoom and Almere en Lelystad");
        assertEquals("3", numbersByRegion(drawn).get("amsterdam"), "numbers on the map: " + numbersByRegion(drawn));
        assertFalse(drawn.texts("labels").stream().anyMatch(t -> t.text().equals("Amsterdam")),
                "its name does not fit at country scale");
        assertTrue(numbersByRegion(drawn).keySet().containsAll(Set.of("nijmegen-eo", "zeeland")),
                "nor do those of the other green regions: " + numbersByRegion(drawn));
        assertTrue(drawn.texts("labels").stream().anyMatch(t -> t.text().equals("Rijnmond")),
                "another mark lies on Rijnmond's anchor: its name moves over, along its region");
        for (OverlayBoxes.Text number : drawn.texts("key-numbers")) {
            OverlayBoxes.Box b = number.box();
            double x = slide.viewport().planeX((b.x() + b.right()) / 2);
            double y = slide.viewport().planeY((b.y() + b.bottom()) / 2);
            assertTrue(MunicipalityLocator.contains(vo.layer().shape(number.region()).outline(), x, y),
                    number.region() + "'s number stands in its region");
        }
    }

    @Test
    void theLegendNumbersTheRegionsOneByOneInTheOrderTheScreensLegendListsThem() {
        SectorLayer layer = vo.layer();
        List<LegendEntry> numbered = voSlide(true).legend().stream().filter(e -> e.number() > 0).toList();

        assertEquals(layer.keyOrder().stream().map(Region::displayName).toList(),
                numbered.stream().map(LegendEntry::label).toList(), "the key's order, as the screen's legend has it");
        assertEquals(IntStream.rangeClosed(1, 25).boxed().toList(), numbered.stream().map(LegendEntry::number).toList());
        assertTrue(voSlide(true).legend().stream().filter(e -> e.label().contains("landelijk"))
                .allMatch(e -> e.number() == 0), "a national region is not on the map, so has no number");
        numbersByRegion(OverlayBoxes.of(voSlide(true))).forEach((region, number) ->
                assertEquals(String.valueOf(layer.keyNumber(region)), number, region));
    }

    @Test
    void aRegionNamedOnTheMapIsNeverAlsoNumberedAndNoNumberTouchesAName() {
        OverlayBoxes drawn = OverlayBoxes.of(voSlide(true));
        List<OverlayBoxes.Text> numbers = drawn.texts("key-numbers");
        List<OverlayBoxes.Text> names = drawn.texts("labels").stream().filter(t -> !numbers.contains(t)).toList();

        Set<String> named = names.stream().map(OverlayBoxes.Text::region).collect(Collectors.toSet());
        assertTrue(named.contains("limburg") && numbers.size() >= 8, "names where they fit, numbers where not");
        assertEquals(Set.of(), numbers.stream().map(OverlayBoxes.Text::region).filter(named::contains)
                .collect(Collectors.toSet()), "named and numbered");
        for (OverlayBoxes.Text number : numbers) {
            assertEquals(List.of(), names.stream().filter(n -> n.box().overlaps(number.box()))
                    .map(OverlayBoxes.Text::text).toList(), "names under number " + number.text());
        }
    }

    @Test
    void withoutTheLegendOrWhereItIsLeftOutTheMapCarriesNoNumbers() {
        OverlayBoxes bare = OverlayBoxes.of(voSlide(false));
        assertEquals(List.of(), bare.texts("key-numbers"), "--no-legend");

        MapPicture small = ExportPictures.sectorMap(painter, vo, 320, 180, MapPicture.overlayScaleFor(320, 180),
                true, DUTCH);
        assertTrue(small.leftOut().contains(MapPicture.Overlay.LEGEND), "no room for 25 lines");
        assertEquals(List.of(), OverlayBoxes.of(small).texts("key-numbers"));
    }

    @Test
    void presenterSlidesTheOverlapViewAndAMapWithoutNamesCarryNoNumbers() {
        Region amsterdam = atlas.region("amsterdam").orElseThrow();
        MapPicture regionSlide = ExportPictures.regionSpotlight(painter, vo.withNumberedKey(true), amsterdam, 1920,
                1080, null, 1);
        assertEquals(List.of(), OverlayBoxes.of(regionSlide).texts("key-numbers"), "a slide of one region");

        Viewport country = Viewport.fit(painter.geometry().bounds(), 1920, 1080, 40);
        OverlayBoxes screen = new OverlayBoxes();
        painter.paint(screen, country, vo.withNumberedKey(true));
        assertFalse(screen.texts("key-numbers").isEmpty(), "the main window's map, its legend beside it");
        Map.of("the overlap view", vo.withNumberedKey(true).withOverlapView(true),
                "names off", vo.withNumberedKey(true).withLabels(false),
                "presenter mode", vo.withLabelScale(5.0 / 3)).forEach((what, scene) -> {
                    OverlayBoxes drawn = new OverlayBoxes();
                    painter.paint(drawn, country, scene);
                    assertEquals(List.of(), drawn.texts("key-numbers"), what);
                });

        MapPicture unnamed = voSlide(true);
        unnamed = new MapPicture(unnamed.painter(), unnamed.scene().withLabels(false), unnamed.viewport(),
                unnamed.overlayScale(), null, null, unnamed.legend(), null);
        assertTrue(unnamed.legend().stream().allMatch(e -> e.number() == 0), "a legend of a map without names");
    }
}
