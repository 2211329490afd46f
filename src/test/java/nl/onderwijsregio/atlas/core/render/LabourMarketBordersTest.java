package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * Kampen, Zwolle and Deventer in a row of 10 km squares, all three in the PO region "Zwolle en
 * omgeving". Kampen and Zwolle lie in the labour-market region Regio Zwolle, Deventer in Veluwe
 * Stedendriehoek: of the two inner borders only Zwolle–Deventer separates labour-market regions.
 */
class LabourMarketBordersTest {

    private final Atlas atlas = new WktAtlas()
            .square("GM0166", "Kampen", 0, 0)
            .square("GM0193", "Zwolle", 1, 0)
            .square("GM0150", "Deventer", 2, 0)
            .region("zwolle-en-omgeving", "Zwolle en omgeving", Set.of(Sector.PO), "GM0166", "GM0193", "GM0150")
            .labourMarket("AM36", "Regio Zwolle", "GM0166", "GM0193")
            .labourMarket("AM06", "Veluwe Stedendriehoek", "GM0150")
            .build();
    private final MapGeometry geometry = MapGeometry.of(atlas);
    private final Viewport viewport = Viewport.fit(geometry.bounds(), 1600, 1000, 20);
    private final MapScene po = MapScene.of(RegionMaps.build(atlas), Sector.PO);

    private List<RecordingSurface.Op> dashed(MapScene scene) {
        RecordingSurface s = new RecordingSurface();
        new MapPainter(geometry).paint(s, viewport, scene);
        return s.ops.stream().filter(o -> o.kind().equals("dashed")).toList();
    }

    @Test
    void onlyTheZwolleDeventerBorderIsDashedAndOnlyWhenAskedFor() {
        assertEquals(List.of(), dashed(po), "off by default");

        List<RecordingSurface.Op> dashed = dashed(po.withLabourMarkets(true));

        assertEquals(1, dashed.size());
        assertEquals(1, dashed.get(0).subpaths(), "one border: Zwolle–Deventer, not Kampen–Zwolle nor the coast");
        assertEquals(MapStyle.light().labourMarketBorder(), dashed.get(0).colour());
        double zwolleDeventerX = viewport.x(geometry.municipality("GM0150").bounds().getMinX());
        assertEquals(zwolleDeventerX, dashed.get(0).firstX(), 1.0);
    }

    @Test
    void theDarkMapDrawsTheBordersInItsOwnColour() {
        List<RecordingSurface.Op> dashed = dashed(po.withLabourMarkets(true).withStyle(MapStyle.dark()));

        assertEquals(MapStyle.dark().labourMarketBorder(), dashed.get(0).colour());
    }

    /**
     * The dash runs over region fills and, where no region lies, over the dark land: one colour cannot be far apart
     * in lightness from both, so it keeps at least 2:1 from each, and its strong magenta, which no fill has, does
     * the rest. The pale pink it replaces was 1.06:1 on the pink fill.
     */
    @Test
    void theDarkMapsBorderStandsApartFromEveryRegionFillAndFromTheDarkLand() {
        Rgb dash = MapStyle.dark().labourMarketBorder();
        for (int i = 0; i < RegionPalette.PREFERRED + 2; i++) {
            Rgb fill = RegionPalette.region(i);
            assertTrue(ratio(dash, fill) >= 2, "on fill " + fill.hex() + ": " + ratio(dash, fill));
        }
        assertTrue(ratio(dash, MapStyle.dark().land()) >= 2, "on the dark land: " + ratio(dash, MapStyle.dark().land()));
    }

    private static double ratio(Rgb a, Rgb b) {
        double hi = Math.max(a.luminance(), b.luminance());
        double lo = Math.min(a.luminance(), b.luminance());
        return (hi + 0.05) / (lo + 0.05);
    }

    @Test
    void boundariesThatNameNoLabourMarketRegionsHaveNoSuchBordersToDraw() {
        Atlas plain = new WktAtlas()
                .square("GM0193", "Zwolle", 0, 0)
                .square("GM0150", "Deventer", 1, 0)
                .region("zwolle-en-omgeving", "Zwolle en omgeving", Set.of(Sector.PO), "GM0193", "GM0150")
                .build();
        MapGeometry g = MapGeometry.of(plain);
        RecordingSurface s = new RecordingSurface();
        new MapPainter(g).paint(s, Viewport.fit(g.bounds(), 800, 600, 20),
                MapScene.of(RegionMaps.build(plain), Sector.PO).withLabourMarkets(true));

        assertTrue(s.ops.stream().noneMatch(o -> o.kind().equals("dashed")));
        assertTrue(!g.hasLabourMarkets());
    }
}
