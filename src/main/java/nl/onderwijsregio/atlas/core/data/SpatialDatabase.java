package nl.onderwijsregio.atlas.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * A private in-memory H2GIS database used only to read and write shapefiles.
 * Opening it registers the H2GIS functions, a few hundred milliseconds: never do it on the FX thread.
 */
public final class SpatialDatabase implements AutoCloseable {

    /**
     * The coordinate systems whose definitions the database holds: the only two a shapefile may be
     * in ({@link ShapefileCrs}). H2GIS would otherwise load all of its several thousand, 7 MB of SQL
     * and two thirds of the time to open.
     */
    private static final List<Integer> SRIDS = List.of(ShapefileCrs.RD_NEW, ShapefileCrs.WGS84);
    private static final String SPATIAL_REF_SYS_SCRIPT = "spatial_ref_sys.sql";

    private final Connection connection;

    private SpatialDatabase(Connection connection) {
        this.connection = connection;
    }

    public static SpatialDatabase open() throws DataLoadException {
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:h2:mem:atlas-" + UUID.randomUUID(), "sa", "");
            // H2GIS fills the table of coordinate systems only when it does not exist yet.
            createSpatialRefSys(c);
            H2GISFunctions.load(c);
            return new SpatialDatabase(c);
        } catch (SQLException | IOException e) {
            if (c != null) {
                new SpatialDatabase(c).close();
            }
            throw new DataLoadException(null, null, DataText.SPATIAL_ENGINE_FAILED.with(e.getMessage()), e);
        }
    }

    /**
     * The table of coordinate systems with only {@link #SRIDS}, their definitions taken from H2GIS's
     * own script, so every transformation is exactly the one H2GIS would make. When the script does
     * not hold them all (another H2GIS version), no table: H2GIS then loads its full one.
     */
    private static void createSpatialRefSys(Connection c) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE PUBLIC.SPATIAL_REF_SYS (SRID INT PRIMARY KEY, AUTH_NAME VARCHAR, AUTH_SRID INT,"
                    + " SRTEXT VARCHAR, PROJ4TEXT VARCHAR)");
            int found = 0;
            try (InputStream in = H2GISFunctions.class.getResourceAsStream(SPATIAL_REF_SYS_SCRIPT)) {
                if (in != null) {
                    BufferedReader script = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line = script.readLine(); line != null && found < SRIDS.size(); line = script.readLine()) {
                        if (line.startsWith("INSERT INTO PUBLIC.SPATIAL_REF_SYS") && defines(line)) {
                            st.execute(line.endsWith(";") ? line.substring(0, line.length() - 1) : line);
                            found++;
                        }
                    }
                }
            }
            if (found < SRIDS.size()) {
                st.execute("DROP TABLE PUBLIC.SPATIAL_REF_SYS");
            }
        }
    }

    private static boolean defines(String insert) {
        String values = insert.substring(insert.indexOf("VALUES") + "VALUES".length()).stripLeading();
        return SRIDS.stream().anyMatch(srid -> values.startsWith("(" + srid + ","));
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing an in-memory database cannot lose anything
        }
    }
}
