package nl.onderwijsregio.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class BorderLinesTest {

    private static ProjectedShape wgs84(String wkt) throws ParseException {
        return ProjectedShape.fromWgs84(new WKTReader().read(wkt));
    }

    private static Map<String, ProjectedShape> kampenAndZwolle() throws ParseException {
        Map<String, ProjectedShape> areas = new LinkedHashMap<>();
        areas.put("GM0166", wgs84("POLYGON((5.9 52.5, 6.0 52.5, 6.0 52.6, 5.9 52.6, 5.9 52.5))"));
        areas.put("GM0193", wgs84("POLYGON((6.0 52.5, 6.1 52.5, 6.1 52.6, 6.0 52.6, 6.0 52.5))"));
        return areas;
    }

    @Test
    void zwolleAndKampenShareTheirBorderOnce() throws ParseException {
        BorderLines borders = BorderLines.of(kampenAndZwolle());

        assertEquals(7, borders.segmentCount(), "two squares have eight sides, one of them shared");
    }

    @Test
    void theSharedBorderKnowsBothMunicipalitiesAndTheOuterEdgeOnlyOne() throws ParseException {
        BorderLines borders = BorderLines.of(kampenAndZwolle());

        List<BorderLines.Line> shared = borders.lines().stream().filter(l -> l.otherSide() != null).toList();
        assertEquals(1, shared.size());
        assertEquals(Set.of("GM0166", "GM0193"), Set.of(shared.get(0).side(), shared.get(0).otherSide()));
        assertEquals(2, shared.get(0).xy().length / 2, "one segment, from 6.0 52.5 to 6.0 52.6");
        borders.lines().stream().filter(l -> l != shared.get(0)).forEach(l -> assertNull(l.otherSide()));
    }

    @Test
    void aBorderWithAVertexOnOnlyOneSideIsStillSharedAndDrawnOnce() throws ParseException {
        Map<String, ProjectedShape> areas = new LinkedHashMap<>();
        // Kampen's side of the border has a vertex halfway that Zwolle's side lacks
        areas.put("GM0166", wgs84("POLYGON((5.9 52.5, 6.0 52.5, 6.0 52.55, 6.0 52.6, 5.9 52.6, 5.9 52.5))"));
        areas.put("GM0193", wgs84("POLYGON((6.0 52.5, 6.1 52.5, 6.1 52.6, 6.0 52.6, 6.0 52.5))"));

        BorderLines borders = BorderLines.of(areas);

        List<BorderLines.Line> shared = borders.lines().stream().filter(l -> l.otherSide() != null).toList();
        assertEquals(1, shared.size(), "drawn from one side only");
        assertEquals("GM0166", shared.get(0).side(), "the smaller code draws it");
        assertEquals("GM0193", shared.get(0).otherSide());
        assertEquals(6, borders.lines().stream().filter(l -> l.otherSide() == null)
                .mapToInt(l -> l.xy().length / 2 - 1).sum(), "the six outer sides");
    }

    @Test
    void anIslandWithAHoleKeepsBothRings() throws ParseException {
        ProjectedShape lake = wgs84("POLYGON((5.0 52.0, 5.4 52.0, 5.4 52.4, 5.0 52.4, 5.0 52.0),"
                + " (5.1 52.1, 5.1 52.3, 5.3 52.3, 5.3 52.1, 5.1 52.1))");

        BorderLines borders = BorderLines.of(Map.of("GM0000", lake));

        assertEquals(8, borders.segmentCount());
        assertEquals(2, borders.lines().size());
    }

    @Test
    void everyBorderOfTheRealMunicipalitiesIsStrokedOnce() throws Exception {
        Map<String, ProjectedShape> shapes = projected(TestData.bundledAtlas());
        int ringSegments = shapes.values().stream()
                .mapToInt(s -> s.rings().stream().mapToInt(r -> r.length / 2 - 1).sum()).sum();

        int borderSegments = BorderLines.of(shapes).segmentCount();

        // inland borders are shared by two municipalities, the coast and the national border are not
        assertTrue(borderSegments < ringSegments * 0.7 && borderSegments > ringSegments / 2,
                "inland borders are drawn once: " + borderSegments + " of " + ringSegments);
    }

    @Test
    void onlyTheCoastAndTheNationalBorderAreOuterLinesOnTheRealMap() throws Exception {
        Atlas atlas = TestData.bundledAtlas();
        Map<String, ProjectedShape> shapes = projected(atlas);
        var country = RegionOutline.dissolve(atlas.municipalities().values().stream()
                .map(m -> RegionOutline.snap(m.geometryWgs84())).toList()).getBoundary();
        var factory = new org.locationtech.jts.geom.GeometryFactory();

        long inland = BorderLines.of(shapes).lines().stream().filter(l -> l.otherSide() == null).filter(l -> {
            double[] xy = l.xy();
            var middle = factory.createPoint(new org.locationtech.jts.geom.Coordinate(
                    WebMercator.lon((xy[0] + xy[2]) / 2), WebMercator.lat((xy[1] + xy[3]) / 2)));
            return country.distance(middle) > 0.001; // about 100 m
        }).count();

        assertEquals(0, inland, "an inner border taken for the coast would be drawn as a region outline");
    }

    /** Every municipality of {@code atlas} in the map's plane, keyed by its code. */
    private static Map<String, ProjectedShape> projected(Atlas atlas) {
        Map<String, ProjectedShape> shapes = new LinkedHashMap<>();
        atlas.municipalities().forEach((code, m) -> shapes.put(code, ProjectedShape.fromWgs84(m.geometryWgs84())));
        return shapes;
    }
}
