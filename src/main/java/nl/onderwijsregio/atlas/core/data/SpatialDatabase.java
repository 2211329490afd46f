package nl.onderwijsregio.atlas.core.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * A private in-memory H2GIS database used only to read and write shapefiles.
 * Opening it registers the H2GIS functions, which costs about a second: never do it on the FX thread.
 */
public final class SpatialDatabase implements AutoCloseable {

    private final Connection connection;

    private SpatialDatabase(Connection connection) {
        this.connection = connection;
    }

    public static SpatialDatabase open() throws DataLoadException {
        try {
            Connection c = DriverManager.getConnection("jdbc:h2:mem:atlas-" + UUID.randomUUID(), "sa", "");
            H2GISFunctions.load(c);
            return new SpatialDatabase(c);
        } catch (SQLException e) {
            throw new DataLoadException(null, null, DataText.SPATIAL_ENGINE_FAILED.with(e.getMessage()), e);
        }
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
