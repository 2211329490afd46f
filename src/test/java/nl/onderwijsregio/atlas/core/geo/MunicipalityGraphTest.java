package nl.onderwijsregio.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** Neighbours are municipalities that share a border; groups are connected through borders. */
class MunicipalityGraphTest {

    private static Municipality m(String code, String name, String wkt) throws Exception {
        var g = new WKTReader().read(wkt);
        return new Municipality(code, name, "Overijssel", g, g);
    }

    private static MunicipalityGraph graph() throws Exception {
        return MunicipalityGraph.of(List.of(
                m("GM0193", "Zwolle", "POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))"),
                m("GM0166", "Kampen", "POLYGON ((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 0))"),
                m("GM1708", "Steenwijkerland", "POLYGON ((0 1000, 1000 1000, 1000 2000, 0 2000, 0 1000))"),
                m("GM0448", "Texel", "POLYGON ((5000 5000, 6000 5000, 6000 6000, 5000 6000, 5000 5000))")));
    }

    @Test
    void zwolleBordersKampenAndSteenwijkerland() throws Exception {
        MunicipalityGraph g = graph();
        assertEquals(Set.of("GM0166", "GM1708"), g.neighbours("GM0193"));
        assertTrue(g.areNeighbours("GM0166", "GM0193"));
        assertTrue(g.areNeighbours("GM0166", "GM1708"), "touching at one corner counts");
        assertFalse(g.areNeighbours("GM0193", "GM0448"));
    }

    @Test
    void texelFormsItsOwnGroupAndTheMainlandGroupComesFirst() throws Exception {
        var groups = graph().components(Set.of("GM0193", "GM0166", "GM0448"));
        assertEquals(List.of(Set.of("GM0166", "GM0193"), Set.of("GM0448")), groups);
    }

    @Test
    void distanceAcrossWaterIsInKilometres() throws Exception {
        // corner (1000, 1000) to corner (5000, 5000)
        assertEquals(4 * Math.sqrt(2), graph().distanceKm("GM0193", "GM0448"), 0.001);
    }
}
