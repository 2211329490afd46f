package nl.onderwijsregio.atlas.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class MunicipalityTest {

    private static Geometry wkt(String text) throws Exception {
        return new WKTReader().read(text);
    }

    @Test
    void anEditKeepsTheBoundariesButANewEditionDoesNot() throws Exception {
        Geometry zwolleShape = wkt("POLYGON((6.0 52.5, 6.1 52.5, 6.1 52.6, 6.0 52.6, 6.0 52.5))");
        Municipality zwolle = new Municipality("GM0193", "Zwolle", "Overijssel", zwolleShape, zwolleShape);
        Map<String, Municipality> loaded = Map.of("GM0193", zwolle);

        Map<String, Municipality> afterAnEdit = new LinkedHashMap<>(loaded);
        Municipality renamed = new Municipality("GM0193", "Zwolle (Ov.)", "Overijssel", zwolleShape, zwolleShape);
        Geometry redrawn = wkt("POLYGON((6.0 52.5, 6.1 52.5, 6.1 52.6, 6.0 52.6, 6.0 52.5))");
        Municipality newEdition = new Municipality("GM0193", "Zwolle", "Overijssel", redrawn, redrawn);

        assertTrue(Municipality.sameBoundaries(loaded, afterAnEdit));
        assertTrue(Municipality.sameBoundaries(loaded, Map.of("GM0193", renamed)), "a new name is not a new border");
        assertFalse(Municipality.sameBoundaries(loaded, Map.of("GM0193", newEdition)),
                "a newly loaded shapefile is another edition, even when it draws the same square");
        assertFalse(Municipality.sameBoundaries(loaded, Map.of()));
    }
}
