package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

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
            .region("dalfsen-mbo", "Dalfsen MBO", Set.of(Sector.MBO), "GM0148")
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
        List<RecordingSurface.Op> fills = s.fills();
        List<RecordingSurface.Op> bands = fills.stream()
                .filter(o -> o.subpaths() > 1 && !o.colour().equals(MapStyle.light().gapHatch())).toList();

        assertEquals(1, bands.size(), "one path of many bands");
        assertEquals(po.colour("vechtdal"), bands.get(0).colour(), "Vechtdal's colour in bands");
        RecordingSurface.Op under = fills.get(fills.indexOf(bands.get(0)) - 1);
        assertEquals(po.colour("regio-zwolle"), under.colour(), "over Kampen filled in Regio Zwolle's colour");
        assertEquals(1, under.subpaths(), "the whole of Kampen, not bands");
    }

    @Test
    void zwolleIsFilledPlainlyInItsRegionsColour() {
        SectorLayer po = maps.layer(Sector.PO);
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO));
        assertTrue(s.fills().stream().anyMatch(o -> o.colour().equals(po.colour("regio-zwolle"))));
    }

    @Test
    void overlapViewShowsTheGapAndTheDoubleCover() {
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO).withOverlapView(true));
        Map<Rgb, Integer> fills = s.fills().stream()
                .collect(Collectors.toMap(RecordingSurface.Op::colour, RecordingSurface.Op::subpaths, Integer::sum));
        assertEquals(Map.of(RegionPalette.cover(0), 1, RegionPalette.cover(1), 2, RegionPalette.cover(2), 1), fills,
                "Hattem a gap, Zwolle and Dalfsen once, Kampen twice; no region colours, so no stripes");
    }

    @Test
    void hattemLiesInNoRegionAndIsCrossHatchedInGreyOverTheLand() {
        MapStyle style = MapStyle.light();
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO));

        assertEquals(Set.of(style.land(), style.gapHatch()), s.groupFills.get("gap-GM0244"), "Hattem");
        List<RecordingSurface.Op> hatch = s.fills().stream().filter(o -> o.colour().equals(style.gapHatch())).toList();
        assertEquals(2, hatch.size(), "one path of lines per diagonal");
        assertTrue(hatch.stream().allMatch(o -> o.subpaths() > 10), "many fine lines: " + hatch);
        assertFalse(s.groupFills.containsKey("gap-GM0193"), "Zwolle lies in Regio Zwolle");
        assertFalse(paint(MapScene.of(maps, Sector.PO).withOverlapView(true)).groupFills.keySet().stream()
                .anyMatch(g -> g.startsWith("gap-")), "the overlap view shows a gap in its own colour");
    }

    @Test
    void inVechtdalsSpotlightTheGapHattemIsHatchedAsFaintlyAsRegioZwolleIsFilledAndOnTheMapAsEver() {
        for (MapStyle style : List.of(MapStyle.light(), MapStyle.dark())) {
            MapScene po = MapScene.of(maps, Sector.PO).withStyle(style);
            MapScene spotlight = po.withSelected("vechtdal").withSpotlight(true);
            Rgb faded = MapPainter.dimmed(style.gapHatch(), spotlight);

            assertEquals(Set.of(style.land(), faded), paint(spotlight).groupFills.get("gap-GM0244"),
                    "Hattem beside Vechtdal's spotlight, faded toward the land as far as Regio Zwolle is");
            assertEquals(MapPainter.dimmed(maps.layer(Sector.PO).colour("regio-zwolle"), spotlight),
                    MapPainter.fillOf(spotlight, maps.layer(Sector.PO), "regio-zwolle"));
            assertEquals(Set.of(style.land(), style.gapHatch()), paint(po.withSelected("vechtdal")).groupFills
                    .get("gap-GM0244"), "the map with Vechtdal selected keeps the gap at full contrast");
        }
    }

    @Test
    void selectingARegionDimsTheOthers() {
        SectorLayer po = maps.layer(Sector.PO);
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO).withSelected("vechtdal"));
        List<Rgb> fills = s.fillColours();
        assertTrue(fills.contains(po.colour("vechtdal")));
        assertFalse(fills.contains(po.colour("regio-zwolle")), "Regio Zwolle is drawn faded");
    }

    @Test
    void aSelectedRegionOfAnotherSectorDimsNothingAndIsOutlinedQuietly() {
        SectorLayer po = maps.layer(Sector.PO);
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO).withSelected("dalfsen-mbo"));
        List<Rgb> fills = s.fillColours();
        assertTrue(fills.contains(po.colour("vechtdal")) && fills.contains(po.colour("regio-zwolle")),
                "Dalfsen MBO serves no PO, so the PO map stays in full colour");
        assertTrue(s.ops.stream().anyMatch(o -> o.kind().equals("stroke") && o.colour().equals(MapStyle.light().text())),
                "where Dalfsen MBO lies is still outlined");
    }

    @Test
    void theSelectionOutlineNeverRunsThroughAnotherRegionsName() {
        // Regio Zwolle's name sits on the Zwolle-Kampen border, which is Vechtdal's western edge
        assertTrue(paint(MapScene.of(maps, Sector.PO)).texts.contains("Regio Zwolle"));
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO).withSelected("vechtdal"));
        assertTrue(s.texts.contains("Vechtdal"), "texts: " + s.texts);
        assertFalse(s.texts.contains("Regio Zwolle"), "texts: " + s.texts);
    }

    @Test
    void labelsNameTheRegionsThatFit() {
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO));
        assertTrue(s.texts.contains("Vechtdal"), "texts: " + s.texts);
        RecordingSurface none = paint(MapScene.of(maps, Sector.PO).withLabels(false));
        assertTrue(none.texts.isEmpty());
    }

    @Test
    void aNameAtTheEdgeOfTheMapMovesInWithinItsRegionOrIsLeftOutRatherThanCutUnlessItsRegionIsSelected() {
        RecordingSurface.Written vechtdal = paint(MapScene.of(maps, Sector.PO)).written.stream()
                .filter(w -> w.text().equals("Vechtdal")).findFirst().orElseThrow();
        double halfWidth = paint(MapScene.of(maps, Sector.PO)).textWidth("Vechtdal", vechtdal.size(), vechtdal.bold()) / 2;

        // Vechtdal's label point 10 pixels from the right edge: its name moves in along the region, whole
        Viewport nearTheEdge = withLabelPointAt(vechtdal, viewport.width() - 10);
        RecordingSurface movedIn = new RecordingSurface();
        new MapPainter(geometry).paint(movedIn, nearTheEdge, MapScene.of(maps, Sector.PO));
        RecordingSurface.Written whole = movedIn.written.stream().filter(w -> w.text().equals("Vechtdal"))
                .findFirst().orElseThrow(() -> new AssertionError("moved in: " + movedIn.texts));
        assertTrue(whole.x() + halfWidth <= nearTheEdge.width() - LabelPlacer.EDGE_PX, "ends at " + whole.x());

        // a pixel from the edge it would have to leave its label point behind: it waits until the map is moved
        Viewport atTheEdge = withLabelPointAt(vechtdal, viewport.width() - 1);
        RecordingSurface browsing = new RecordingSurface();
        new MapPainter(geometry).paint(browsing, atTheEdge, MapScene.of(maps, Sector.PO));
        assertFalse(browsing.texts.contains("Vechtdal"), "half a name would stick out: " + browsing.texts);

        RecordingSurface selected = new RecordingSurface();
        new MapPainter(geometry).paint(selected, atTheEdge, MapScene.of(maps, Sector.PO).withSelected("vechtdal"));
        RecordingSurface.Written named = selected.written.stream().filter(w -> w.text().equals("Vechtdal"))
                .findFirst().orElseThrow(() -> new AssertionError("the selection is named: " + selected.texts));
        double selectedHalf = selected.textWidth("Vechtdal", named.size(), named.bold()) / 2;
        assertTrue(named.x() + selectedHalf <= atTheEdge.width(), "whole, moved in from the edge: ends at "
                + (named.x() + selectedHalf));
    }

    /** The map moved so that {@code name}'s label point lies at {@code x} pixels from the left. */
    private Viewport withLabelPointAt(RecordingSurface.Written name, double x) {
        double shift = (name.x() - x) / viewport.scale();
        return new Viewport(viewport.centerX() + shift, viewport.centerY(), viewport.scale(),
                viewport.width(), viewport.height());
    }

    @Test
    void aNameThatAPanelWouldHalfCoverMovesClearOfItOrIsLeftOutUnlessItsRegionIsSelected() {
        RecordingSurface.Written vechtdal = paint(MapScene.of(maps, Sector.PO)).written.stream()
                .filter(w -> w.text().equals("Vechtdal")).findFirst().orElseThrow();
        double halfWidth = paint(MapScene.of(maps, Sector.PO)).textWidth("Vechtdal", vechtdal.size(), vechtdal.bold()) / 2;
        // a legend whose right edge stands 10 pixels into the name: the name moves east along its region
        double into = vechtdal.x() - 10;
        RecordingSurface movedOver = new RecordingSurface();
        new MapPainter(geometry).paint(movedOver, viewport, MapScene.of(maps, Sector.PO),
                List.of(new org.locationtech.jts.geom.Envelope(0, into, 0, viewport.height())));
        RecordingSurface.Written clear = movedOver.written.stream().filter(w -> w.text().equals("Vechtdal"))
                .findFirst().orElseThrow(() -> new AssertionError("moved clear: " + movedOver.texts));
        assertTrue(clear.x() - halfWidth >= into + LabelPlacer.GAP_PX, "starts at " + (clear.x() - halfWidth));

        // a legend reaching past the name's middle: it would have to leave its label point behind
        var legend = List.of(new org.locationtech.jts.geom.Envelope(0, vechtdal.x() + 10, 0, viewport.height()));
        RecordingSurface browsing = new RecordingSurface();
        new MapPainter(geometry).paint(browsing, viewport, MapScene.of(maps, Sector.PO), legend);
        assertFalse(browsing.texts.contains("Vechtdal"), "half a name would show beside the legend: " + browsing.texts);

        RecordingSurface selected = new RecordingSurface();
        new MapPainter(geometry).paint(selected, viewport, MapScene.of(maps, Sector.PO).withSelected("vechtdal"), legend);
        assertTrue(selected.texts.contains("Vechtdal"), "the selection is named: " + selected.texts);

        RecordingSurface elsewhere = new RecordingSurface();
        new MapPainter(geometry).paint(elsewhere, viewport, MapScene.of(maps, Sector.PO),
                List.of(new org.locationtech.jts.geom.Envelope(0, 20, 0, 20)));
        assertTrue(elsewhere.texts.contains("Vechtdal"), "a panel in a corner hides nothing: " + elsewhere.texts);
    }

    @Test
    void everyNameIsMeasuredInTheWeightItIsDrawnIn() {
        // Names are drawn bold unless dimmed; measured in regular they looked narrower than they are
        // and stood closer than the gap ("Food Valley" against "Oost-Nederland").
        List<String> measured = new java.util.ArrayList<>();
        RecordingSurface s = new RecordingSurface() {
            @Override
            public double textWidth(String text, double size, boolean bold) {
                measured.add(text + (bold ? " bold" : " regular"));
                return super.textWidth(text, size, bold);
            }
        };
        new MapPainter(geometry).paint(s, viewport, MapScene.of(maps, Sector.PO));
        assertFalse(s.written.isEmpty());
        for (RecordingSurface.Written w : s.written) {
            String drawn = w.text() + (w.bold() ? " bold" : " regular");
            assertTrue(measured.contains(drawn), drawn + " was measured only as " + measured);
        }
    }

    @Test
    void aSpotlightOnRegionsOfAnotherSectorLeavesTheWholeMapDimmed() {
        // a theme tour on the PO map whose theme has cases only in Dalfsen MBO: no PO region in colour
        SectorLayer po = maps.layer(Sector.PO);
        RecordingSurface s = paint(MapScene.of(maps, Sector.PO).withHighlighted(Set.of("dalfsen-mbo")).withSpotlight(true));
        List<Rgb> fills = s.fillColours();
        assertFalse(fills.contains(po.colour("vechtdal")) || fills.contains(po.colour("regio-zwolle")),
                "both PO regions are dimmed");
        assertTrue(s.texts.isEmpty(), "and unnamed: " + s.texts);
    }

    @Test
    void aRegionInTheSpotlightIsNamedEvenWhereItsNameDoesNotFitInside() {
        Viewport small = Viewport.fit(geometry.bounds(), 90, 60, 10);
        RecordingSurface plain = new RecordingSurface();
        new MapPainter(geometry).paint(plain, small, MapScene.of(maps, Sector.PO));
        assertFalse(plain.texts.contains("Regio Zwolle"), "too long for its two small squares: " + plain.texts);

        RecordingSurface tour = new RecordingSurface();
        new MapPainter(geometry).paint(tour, small,
                MapScene.of(maps, Sector.PO).withHighlighted(Set.of("regio-zwolle")).withSpotlight(true));
        assertEquals(List.of("Regio", "Zwolle"), tour.texts,
                "on two lines, to reach less far over the dimmed regions, which stay unnamed");
    }

    @Test
    void aSandbankFarWestOfTheIslandIsLeftOutOfAPictureOfTheIsland() {
        // Ameland and, 60 km to the west, a sandbank of the same municipality
        Atlas wadden = new WktAtlas().municipality("GM0060", "Ameland", "MULTIPOLYGON("
                + "((0 0, 20000 0, 20000 4000, 0 4000, 0 0)),"
                + "((-80000 0, -78000 0, -78000 1000, -80000 1000, -80000 0)))").build();
        ProjectedShape ameland = MapGeometry.of(wadden).municipality("GM0060");
        Envelope island = new Envelope();
        double[] ring = ameland.rings().get(0);
        for (int i = 0; i < ring.length; i += 2) {
            island.expandToInclude(ring[i], ring[i + 1]);
        }
        Viewport picture = Viewport.fit(island, 1600, 400, 20);

        RecordingSurface s = new RecordingSurface();
        assertTrue(MapPainter.trace(s, picture, ameland, picture.visible()));
        s.fillPath(Rgb.hex("#dfe9f0"), 1);
        assertEquals(1, s.fills().get(0).subpaths(), "the island only; the sandbank lies beyond the picture");
    }

    @Test
    void bandsCutOutOfASquareCoverItExactly() {
        // a 100 px square cut into 10 px bands: the pieces' areas add up to the square's
        double[] square = {0, 0, 100, 0, 100, 100, 0, 100};
        double total = 0;
        for (double t = -10; t < 210; t += 10) {
            total += area(StripePainter.clip(StripePainter.clip(square, t, 1), t + 10, -1));
        }
        assertEquals(10_000, total, 1e-6);
        assertEquals(50, area(StripePainter.clip(square, 190, 1)), 1e-9, "the corner beyond x + y = 190");
    }

    private static double area(double[] xy) {
        double a = 0;
        int n = xy.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            a += (xy[2 * j] * xy[2 * i + 1]) - (xy[2 * i] * xy[2 * j + 1]);
        }
        return Math.abs(a) / 2;
    }

    @Test
    void besideTheSelectedVechtdalRegioZwollesNameIsSetInRegularWeightAndReadsOnItsDimmedFill() {
        // apart, so each has room for its name
        Atlas apart = new WktAtlas()
                .square("GM0193", "Zwolle", 0, 0)
                .square("GM0148", "Dalfsen", 2, 0)
                .region("regio-zwolle", "Regio Zwolle", PO, "GM0193")
                .region("vechtdal", "Vechtdal", PO, "GM0148")
                .build();
        RegionMaps apartMaps = RegionMaps.build(apart);
        MapGeometry apartGeometry = MapGeometry.of(apart);
        for (MapStyle style : List.of(MapStyle.light(), MapStyle.dark())) {
            MapScene scene = MapScene.of(apartMaps, Sector.PO).withStyle(style).withSelected("vechtdal");
            RecordingSurface s = new RecordingSurface();
            new MapPainter(apartGeometry).paint(s, Viewport.fit(apartGeometry.bounds(), 1600, 1000, 20), scene);
            RecordingSurface.Written zwolle = s.written.stream().filter(w -> w.text().equals("Regio Zwolle"))
                    .findFirst().orElseThrow(() -> new AssertionError("named: " + s.texts));
            Rgb fill = MapPainter.fillOf(scene, apartMaps.layer(Sector.PO), "regio-zwolle");
            assertTrue(contrast(zwolle.colour(), fill) >= 4.5,
                    "WCAG AA on the dimmed fill: " + contrast(zwolle.colour(), fill));
            assertFalse(zwolle.bold(), "it steps back beside the bold selection");
        }
    }

    @Test
    void theNameOfADimmedRegionReadsOnItsFillInEveryRegionColourInBothStyles() {
        for (MapStyle style : List.of(MapStyle.light(), MapStyle.dark())) {
            for (boolean spotlight : new boolean[] {false, true}) {
                MapScene scene = MapScene.of(maps, Sector.PO).withStyle(style).withSpotlight(spotlight);
                for (int i = 0; i < 3 * RegionPalette.PREFERRED; i++) {
                    Rgb fill = MapPainter.dimmed(RegionPalette.region(i), scene);
                    assertTrue(contrast(style.text(), fill) >= 4.5, (style.isDark() ? "dark" : "light")
                            + ", colour " + i + " dimmed to " + fill.hex() + ": " + contrast(style.text(), fill));
                }
            }
        }
    }

    @Test
    void aDimmedRegionsNumberStaysReadableOnItsPillInBothStyles() {
        for (MapStyle style : List.of(MapStyle.light(), MapStyle.dark())) {
            Rgb dimmed = style.text().mix(style.land(), LabelPlacer.DIM_TEXT_MIX);
            assertTrue(contrast(dimmed, style.textHalo()) >= 4.5, "WCAG AA for the numbers beside a selection: "
                    + contrast(dimmed, style.textHalo()));
        }
    }

    /** WCAG's contrast ratio of two colours. */
    private static double contrast(Rgb a, Rgb b) {
        double light = Math.max(a.luminance(), b.luminance());
        double dark = Math.min(a.luminance(), b.luminance());
        return (light + 0.05) / (dark + 0.05);
    }
}
