package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.check.SectorCoverageRule;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.BeforeAll;
import org.locationtech.jts.geom.Envelope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three sector maps of the bundled 49 regions: honest colours and honest overlaps. */
class RealMapTest {

    private static Atlas atlas;
    private static MunicipalityGraph graph;
    private static RegionMaps maps;
    private static MapGeometry geometry;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        graph = MunicipalityGraph.of(atlas.municipalities().values());
        maps = RegionMaps.build(atlas, graph);
        geometry = MapGeometry.of(atlas);
    }

    /**
     * A slide of the whole country is wider than the country: the neighbouring land must reach past every
     * edge of it, or England floats as a cut-off sliver and Germany ends in a straight line. Also on a
     * full HD screen zoomed out as far as the atlas goes (zoom 6.5: 256·2^6.5 pixels round the world).
     */
    @Test
    void theNeighbouringLandReachesPastEveryEdgeOfAFullHdPictureOfTheCountry() {
        Envelope land = new Envelope();
        geometry.countries().forEach(c -> land.expandToInclude(c.bounds()));
        Viewport slide = Viewport.fit(geometry.bounds(), 1920, 1080, 0);
        assertTrue(land.contains(slide.visible()), land + " around " + slide.visible());
        Envelope country = geometry.bounds();
        Viewport farthestOut = new Viewport(country.centre().x, country.centre().y, 256 * Math.pow(2, 6.5), 1920, 1080);
        assertTrue(land.contains(farthestOut.visible()), land + " around " + farthestOut.visible());
    }

    /** At country zoom names keep some air between them, so two names never read as one. */
    @ParameterizedTest
    @EnumSource(Sector.class)
    void regionNamesKeepTheirDistanceAtCountryZoom(Sector sector) {
        RecordingSurface s = new RecordingSurface();
        new MapPainter(geometry).paint(s, Viewport.fit(geometry.bounds(), 1600, 1000, 20), MapScene.of(maps, sector));
        List<double[]> boxes = nameBoxes(s);
        assertTrue(boxes.size() > 5, sector + ": names at country zoom: " + s.texts);
        assertApart(boxes, LabelPlacer.GAP_PX, sector + ": " + s.texts);
    }

    /**
     * Presenter mode's names at 720p, in its large type (5/3 of the window's), on the whole country and in a theme
     * tour where every region is in the spotlight and asks to be named: at least 20 pixels, and still apart. On the
     * whole country few names that large fit inside their regions (none of the VO map's), so the tour's must show.
     */
    @ParameterizedTest
    @EnumSource(Sector.class)
    void presenterModesLargeNamesAreLegibleAt720pAndStillNeverOverlap(Sector sector) {
        Viewport projector = Viewport.fit(geometry.bounds(), 1280, 720, 20);
        MapScene large = MapScene.of(maps, sector).withLabelScale(5.0 / 3);
        Set<String> all = maps.layer(sector).regions().stream().map(Region::id).collect(Collectors.toSet());
        for (MapScene scene : List.of(large, large.withHighlighted(all).withSpotlight(true))) {
            RecordingSurface s = new RecordingSurface();
            new MapPainter(geometry).paint(s, projector, scene);
            assertTrue(!scene.spotlight() || !s.written.isEmpty(), sector + ": the tour's regions named");
            assertTrue(s.written.stream().allMatch(w -> w.size() >= 20), sector + ": " + s.written);
            assertApart(nameBoxes(s), LabelPlacer.GAP_PX * 5 / 3, sector + ": " + s.texts);
        }
    }

    /** The box of each name drawn, its lines joined: consecutive texts at the same x, one line height apart. */
    private static List<double[]> nameBoxes(RecordingSurface s) {
        List<double[]> boxes = new java.util.ArrayList<>();
        RecordingSurface.Written previous = null;
        for (RecordingSurface.Written w : s.written) {
            double half = s.textWidth(w.text(), w.size(), w.bold()) / 2;
            double[] line = {w.x() - half, w.y() - w.size() * 0.575, w.x() + half, w.y() + w.size() * 0.575};
            if (previous != null && previous.x() == w.x() && Math.abs(w.y() - previous.y() - w.size() * 1.15) < 1e-6) {
                double[] b = boxes.get(boxes.size() - 1);
                b[0] = Math.min(b[0], line[0]);
                b[2] = Math.max(b[2], line[2]);
                b[3] = line[3];
            } else {
                boxes.add(line);
            }
            previous = w;
        }
        return boxes;
    }

    private static void assertApart(List<double[]> boxes, double gap, String what) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                double apart = Math.max(Math.max(b[0] - a[2], a[0] - b[2]), Math.max(b[1] - a[3], a[1] - b[3]));
                assertTrue(apart >= gap, "names " + i + " and " + j + " only " + apart + " px apart: " + what);
            }
        }
    }

    /** Checked pair by pair, without the colouring's own adjacency: shared member or bordering members. */
    @ParameterizedTest
    @EnumSource(Sector.class)
    void noTwoTouchingOrOverlappingRegionsShareAColour(Sector sector) {
        SectorLayer layer = maps.layer(sector);
        List<Region> regions = layer.regions();
        int pairs = 0;
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                Region a = regions.get(i);
                Region b = regions.get(j);
                if (touch(a, b)) {
                    pairs++;
                    assertNotEquals(layer.colour(a.id()), layer.colour(b.id()),
                            sector + ": " + a.displayName() + " and " + b.displayName() + " touch");
                }
            }
        }
        assertTrue(pairs > 10, "the real map has many touching regions: " + pairs);
    }

    private static boolean touch(Region a, Region b) {
        for (String x : a.memberCodes()) {
            for (String y : b.memberCodes()) {
                if (x.equals(y) || graph.areNeighbours(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void coloursStayTheSameForTheSameData() {
        RegionMaps again = RegionMaps.build(atlas, graph);
        for (Sector s : Sector.values()) {
            assertEquals(maps.layer(s).colourIndices(), again.layer(s).colourIndices());
        }
    }

    @Test
    void everyPoOverlapTheValidatorReportsIsDrawnStripedInItsRegionsColours() {
        Set<String> overlaps = new Validator().validate(atlas).stream()
                .filter(f -> f.ruleId().equals(SectorCoverageRule.OVERLAP) && "PO".equals(f.args().get(0)))
                .map(f -> f.municipalityCode()).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(overlaps.isEmpty(), "the PO map has overlaps (Apeldoorn, for one)");
        assertTrue(overlaps.contains("GM0200"), "Apeldoorn");

        RecordingSurface s = new RecordingSurface();
        new MapPainter(geometry).paint(s, Viewport.fit(geometry.bounds(), 1600, 1000, 10),
                MapScene.of(maps, Sector.PO));
        Set<String> striped = s.groupFills.keySet().stream().filter(g -> g.startsWith("overlap-"))
                .map(g -> g.substring("overlap-".length())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(overlaps, striped);
        SectorLayer po = maps.layer(Sector.PO);
        for (String code : striped) {
            Set<Rgb> expected = po.covering(code).stream().map(po::colour).collect(Collectors.toSet());
            assertEquals(expected, s.groupFills.get("overlap-" + code), code);
        }
    }

    @Test
    void everyRegionWithTerritoryHasALabelPointInsideIt() {
        for (Sector sector : Sector.values()) {
            SectorLayer layer = maps.layer(sector);
            for (Region r : layer.regions()) {
                RegionShape shape = layer.shape(r.id());
                assertTrue(shape.anchor() != null && shape.anchor().radius() > 0, r.displayName());
            }
        }
    }
}
