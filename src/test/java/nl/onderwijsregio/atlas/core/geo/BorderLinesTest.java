package nl.onderwijsregio.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class BorderLinesTest {

    private static ProjectedShape wgs84(String wkt) throws ParseException {
        Geometry g = new WKTReader().read(wkt);
        return ProjectedShape.fromWgs84(g);
    }

    @Test
    void zwolleAndKampenShareTheirBorderOnce() throws ParseException {
        ProjectedShape kampen = wgs84("POLYGON((5.9 52.5, 6.0 52.5, 6.0 52.6, 5.9 52.6, 5.9 52.5))");
        ProjectedShape zwolle = wgs84("POLYGON((6.0 52.5, 6.1 52.5, 6.1 52.6, 6.0 52.6, 6.0 52.5))");

        BorderLines borders = BorderLines.of(List.of(kampen, zwolle));

        assertEquals(7, borders.segmentCount(), "two squares have eight sides, one of them shared");
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
        List<ProjectedShape> shapes = atlas.municipalities().values().stream()
                .map(m -> ProjectedShape.fromWgs84(m.geometryWgs84())).toList();
        int ringSegments = shapes.stream()
                .mapToInt(s -> s.rings().stream().mapToInt(r -> r.length / 2 - 1).sum()).sum();

        int borderSegments = BorderLines.of(shapes).segmentCount();

        // inland borders are shared by two municipalities, the coast and the national border are not
        assertTrue(borderSegments < ringSegments * 0.7 && borderSegments > ringSegments / 2,
                "inland borders are drawn once: " + borderSegments + " of " + ringSegments);
    }
}
