package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * Zwolle, Kampen and Dalfsen in a row of 10 km squares. "West" (PO) has Zwolle and Kampen, "Oost" (PO)
 * has Dalfsen: the Zwolle-Kampen border lies inside West, the Kampen-Dalfsen border between the two.
 */
class BorderPainterTest {

    private static final Set<Sector> PO = Set.of(Sector.PO);

    private final Atlas atlas = new WktAtlas()
            .square("GM0193", "Zwolle", 0, 0)
            .square("GM0166", "Kampen", 1, 0)
            .square("GM0148", "Dalfsen", 2, 0)
            .region("west", "West", PO, "GM0193", "GM0166")
            .region("oost", "Oost", PO, "GM0148")
            .build();
    private final RegionMaps maps = RegionMaps.build(atlas);
    private final MapGeometry geometry = MapGeometry.of(atlas);
    private final Viewport viewport = Viewport.fit(geometry.bounds(), 1600, 1000, 20);

    private int strokedLines(RecordingSurface s, Rgb colour) {
        return s.ops.stream().filter(o -> o.kind().equals("stroke") && o.colour().equals(colour))
                .mapToInt(RecordingSurface.Op::subpaths).sum();
    }

    @Test
    void onlyTheBorderInsideARegionIsFaintAndEveryBorderIsStrokedOnce() {
        SectorLayer po = maps.layer(Sector.PO);
        RecordingSurface s = new RecordingSurface();
        new MapPainter(geometry).paint(s, viewport, MapScene.of(maps, Sector.PO).withLabels(false));

        int faint = strokedLines(s, MapStyle.light().municipalityBorder());
        int west = strokedLines(s, RegionPalette.outline(po.colour("west")));
        int oost = strokedLines(s, RegionPalette.outline(po.colour("oost")));

        assertEquals(1, faint, "the Zwolle-Kampen border");
        assertEquals(geometry.municipalityBorders().lines().size(), faint + west + oost,
                "the Kampen-Dalfsen border is West's or Oost's outline, not both");
    }

    @Test
    void withoutRegionsTheInnerBordersAreFaintAndTheOuterEdgeIsDrawnLikeAProvinceBorder() {
        RecordingSurface s = new RecordingSurface();
        new MapPainter(geometry).paint(s, viewport);

        assertEquals(2, strokedLines(s, MapStyle.light().municipalityBorder()), "Zwolle-Kampen and Kampen-Dalfsen");
        assertEquals(geometry.municipalityBorders().lines().size() - 2, strokedLines(s, MapStyle.light().provinceBorder()));
    }

    @Test
    void aProvinceBorderInsideARegionIsDrawnAsAProvinceBorder() {
        Atlas acrossTheIJssel = new WktAtlas()
                .square("GM0193", "Zwolle", 0, 0)
                .square("GM0244", "Hattem", "Gelderland", 1, 0)
                .region("ijsselland", "IJsselland", PO, "GM0193", "GM0244")
                .build();
        MapGeometry g = MapGeometry.of(acrossTheIJssel);
        RecordingSurface s = new RecordingSurface();
        new MapPainter(g).paint(s, Viewport.fit(g.bounds(), 1600, 1000, 20),
                MapScene.of(RegionMaps.build(acrossTheIJssel), Sector.PO).withLabels(false));

        assertEquals(0, strokedLines(s, MapStyle.light().municipalityBorder()));
        assertEquals(1, strokedLines(s, MapStyle.light().provinceBorder()), "the IJssel between Zwolle and Hattem");
    }
}
