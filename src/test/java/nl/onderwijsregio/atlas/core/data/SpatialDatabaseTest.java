package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/**
 * The shapefile database holds only the coordinate systems a shapefile may be in, and transforms
 * between them as H2GIS does.
 */
class SpatialDatabaseTest {

    @Test
    void knowsRdNewAndWgs84Only() throws Exception {
        try (SpatialDatabase db = SpatialDatabase.open(); Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT SRID FROM PUBLIC.SPATIAL_REF_SYS ORDER BY SRID")) {
            List<Integer> srids = new ArrayList<>();
            while (rs.next()) {
                srids.add(rs.getInt(1));
            }
            assertEquals(List.of(4326, 28992), srids);
        }
    }

    /** The RD origin, the Onze Lieve Vrouwetoren in Amersfoort, lies at 52.1552 N, 5.3872 E. */
    @Test
    void transformsAmersfoortFromRdNewToWgs84() throws Exception {
        try (SpatialDatabase db = SpatialDatabase.open(); Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT ST_Transform(ST_SetSRID('POINT (155000 463000)'::GEOMETRY, 28992), 4326)")) {
            rs.next();
            Point p = (Point) rs.getObject(1);
            assertEquals(5.3872, p.getX(), 0.0001);
            assertEquals(52.1552, p.getY(), 0.0001);
        }
    }
}
