package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/** Zwolle | Kampen | Dalfsen in a row; Kampen lies in both PO regions; Hattem (below Zwolle) in none. */
class MapPainterTest {

    private static final Set<Sector> PO = Set.of(Sector.PO);

    private final Atlas atlas = new WktAtlas()
            .square("GM0193", "Zwolle", 0, 0)
            .square("GM0166", "Kampen", 1, 0)
            .square("GM0148", "Dalfsen", 2, 0)
            .square("GM0244", "Hattem", 0, -1)
            .region("regio-zwolle", "Regio Zwolle", PO, "GM0193", "GM0166")
            .region("vechtdal", "Vechtdal", PO, "GM0166", "GM0148")
            .build();
    private final RegionMaps maps = RegionMaps.build(atlas);
    private final MapGeometry geometry = MapGeometry.of(atlas);
    private final Viewport viewport = Viewport.fit(geometry.bounds(), 1600, 1000, 20);

    private RecordingSurface paint(MapScene scene) {
        RecordingSurface s = new RecordingSurface();
        new MapPainter(geometry).paint(s, viewport, scene);
        return s;
    }

    @Test
    void kampenIsStripedInTheColoursOfBothItsRegions() {
        SectorLayer po = maps.layer(Sector.PO);
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO));
        Map<Integer, Set<Rgb>> clipped = s.ops.stream().filter(o -> o.clipDepth() > 0)
                .collect(Collectors.groupingBy(RecordingSurface.Op::clipId,
                        Collectors.mapping(RecordingSurface.Op::colour, Collectors.toSet())));
        assertEquals(1, clipped.size(), "exactly one municipality (Kampen) is striped");
        assertEquals(Set.of(po.colour("regio-zwolle"), po.colour("vechtdal")), clipped.values().iterator().next());
    }

    @Test
    void zwolleIsFilledPlainlyInItsRegionsColour() {
        SectorLayer po = maps.layer(Sector.PO);
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO));
        assertTrue(s.ops.stream().anyMatch(o -> o.kind().equals("fill") && o.clipDepth() == 0
                && o.colour().equals(po.colour("regio-zwolle"))));
    }

    @Test
    void overlapViewShowsTheGapAndTheDoubleCover() {
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO).withOverlapView(true));
        List<Rgb> fills = s.ops.stream().filter(o -> o.kind().equals("fill") && o.clipDepth() == 0)
                .map(RecordingSurface.Op::colour).toList();
        assertTrue(fills.contains(RegionPalette.cover(0)), "Hattem is a gap");
        assertTrue(fills.contains(RegionPalette.cover(2)), "Kampen is covered twice");
        assertEquals(2, fills.stream().filter(RegionPalette.cover(1)::equals).count(), "Zwolle and Dalfsen once");
        assertFalse(s.ops.stream().anyMatch(o -> o.clipDepth() > 0), "no stripes in the overlap view");
    }

    @Test
    void selectingARegionDimsTheOthers() {
        SectorLayer po = maps.layer(Sector.PO);
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO).withSelected("vechtdal"));
        List<Rgb> fills = s.ops.stream().filter(o -> o.kind().equals("fill")).map(RecordingSurface.Op::colour)
                .toList();
        assertTrue(fills.contains(po.colour("vechtdal")));
        assertFalse(fills.contains(po.colour("regio-zwolle")), "Regio Zwolle is drawn faded");
    }

    @Test
    void labelsNameTheRegionsThatFit() {
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO));
        assertTrue(s.texts.contains("Vechtdal"), "texts: " + s.texts);
        RecordingSurface none = paint(MapScene.of(maps, Sector.PO).withLabels(false));
        assertTrue(none.texts.isEmpty());
    }

    @Test
    void stripesAreWholePolygonsCoveringTheBox() {
        RecordingSurface s = new RecordingSurface();
        Rgb a = Rgb.hex("#ff0000");
        Rgb b = Rgb.hex("#0000ff");
        Viewport v = new Viewport(0.5, 0.5, 100, 100, 100);
        MapPainter.stripes(s, v, new org.locationtech.jts.geom.Envelope(0.3, 0.7, 0.3, 0.7), new Rgb[] {a, b}, 6);
        assertEquals(List.of(a, b), s.ops.stream().map(RecordingSurface.Op::colour).toList(),
                "one path per colour, holding all its bands");
    }
}
