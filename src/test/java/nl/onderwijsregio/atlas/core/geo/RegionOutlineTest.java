package nl.onderwijsregio.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.Test;

/** Dissolving for export: neighbours whose shared border differs by a hair still become one clean shape. */
class RegionOutlineTest {

    private static final PrecisionModel CENTIMETRE = new PrecisionModel(100);

    @Test
    void twoSquaresWhoseSharedEdgeDiffersByMillimetresDissolveIntoOneValidPolygonWithoutHoles() {
        // The right square's left edge runs 2 to 3 mm right of the left square's right edge.
        Geometry union = RegionOutline.dissolveOnGrid(wkt(
                "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((100.003 0, 200 0, 200 100, 100.002 100, 100.003 0))"), CENTIMETRE);

        assertOnePolygonWithoutHoles(union);
        assertTrue(union.equalsTopo(wkt("POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))").get(0)), union.toText());
    }

    @Test
    void aSharedVertexThatMovedByNanometresLeavesNoZeroAreaHoleOrSliver() {
        // As in the bundled CBS borders after reprojection: each side has the vertex at (100, 50), nearly.
        Geometry union = RegionOutline.dissolveOnGrid(wkt(
                "POLYGON ((0 0, 100 0, 100.000000004 50, 100 100, 0 100, 0 0))",
                "POLYGON ((100 0, 200 0, 200 100, 100 100, 99.999999997 50.000000002, 100 0))"), CENTIMETRE);

        assertOnePolygonWithoutHoles(union);
        assertEquals(20_000, union.getArea(), 1e-6);
    }

    @Test
    void aVertexOnlyOneNeighbourHasStillDissolvesIntoOneValidPolygon() {
        // The coverage union cannot match the right square's extra vertex; the snap-rounding union can.
        Geometry union = RegionOutline.dissolveOnGrid(wkt(
                "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((100 0, 200 0, 200 100, 100 100, 99.998 50, 100 0))"), CENTIMETRE);

        assertOnePolygonWithoutHoles(union);
        assertEquals(20_000, union.getArea(), 0.01);
    }

    @Test
    void anIslandStaysItsOwnPartAndAnEnclaveStaysAHole() {
        // A municipality with an enclave (like Baarle-Nassau), its neighbour with a few millimetres of
        // mismatch, and an island a metre offshore.
        Geometry union = RegionOutline.dissolveOnGrid(wkt(
                "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))",
                "POLYGON ((100.004 0, 200 0, 200 100, 99.997 100, 100.004 0))",
                "POLYGON ((201 0, 220 0, 220 20, 201 20, 201 0))"), CENTIMETRE);

        assertTrue(union.isValid());
        assertEquals(2, union.getNumGeometries(), union.toText());
        Polygon mainland = (Polygon) (union.getGeometryN(0).getArea() > union.getGeometryN(1).getArea()
                ? union.getGeometryN(0) : union.getGeometryN(1));
        assertEquals(1, mainland.getNumInteriorRing(), "the enclave");
        assertEquals(400, mainland.getFactory().createPolygon(mainland.getInteriorRingN(0)).getArea(), 1e-9);
    }

    @Test
    void everyVertexOfTheOutlineLiesOnTheGrid() {
        Geometry union = RegionOutline.dissolveOnGrid(wkt(
                "POLYGON ((0.123456 0, 100 0, 100 100.987654, 0 100, 0.123456 0))",
                "POLYGON ((100 0, 200.0049 0, 200 100, 100 100.987654, 100 0))"), CENTIMETRE);

        assertTrue(Arrays.stream(union.getCoordinates()).allMatch(c -> c.x == CENTIMETRE.makePrecise(c.x)
                && c.y == CENTIMETRE.makePrecise(c.y)), union.toText());
    }

    private static void assertOnePolygonWithoutHoles(Geometry union) {
        assertTrue(union.isValid(), union.toText());
        assertTrue(union instanceof Polygon, union.toText());
        assertEquals(0, ((Polygon) union).getNumInteriorRing(), union.toText());
    }

    private static List<Geometry> wkt(String... texts) {
        WKTReader reader = new WKTReader();
        return Arrays.stream(texts).map(t -> {
            try {
                return reader.read(t);
            } catch (ParseException e) {
                throw new IllegalArgumentException(t, e);
            }
        }).toList();
    }
}
