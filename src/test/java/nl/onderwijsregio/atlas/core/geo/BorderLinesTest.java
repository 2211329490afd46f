package nl.onderwijsregio.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
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
    void anIslandWithAHoleKeepsBothRings() throws ParseException {
        ProjectedShape lake = wgs84("POLYGON((5.0 52.0, 5.4 52.0, 5.4 52.4, 5.0 52.4, 5.0 52.0),"
                + " (5.1 52.1, 5.1 52.3, 5.3 52.3, 5.3 52.1, 5.1 52.1))");

        BorderLines borders = BorderLines.of(List.of(lake));

        assertEquals(8, borders.segmentCount());
        assertEquals(2, borders.lines().size());
    }

    @Test
    void everyBorderOfTheRealMunicipalitiesIsStrokedOnce() throws Exception {
        Atlas atlas = new AtlasLoader().load(AtlasLoader.defaultDataDir());
        Map<String, ProjectedShape> shapes = new LinkedHashMap<>();
        atlas.municipalities().forEach((code, m) -> shapes.put(code, ProjectedShape.fromWgs84(m.geometryWgs84())));
        int ringSegments = shapes.values().stream()
                .mapToInt(s -> s.rings().stream().mapToInt(r -> r.length / 2 - 1).sum()).sum();

        int borderSegments = BorderLines.of(shapes).segmentCount();

        // inland borders are shared by two municipalities, the coast and the national border are not
        assertTrue(borderSegments < ringSegments * 0.7 && borderSegments > ringSegments / 2,
                "inland borders are drawn once: " + borderSegments + " of " + ringSegments);
    }
}
