package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The atlas works offline: Gluon Maps takes the first tile source registered in {@code META-INF/services}
 * and only without one falls back to its OpenStreetMap retriever, which downloads every tile.
 */
class OfflineTilesTest {

    @Test
    void gluonMapsDrawsItsTilesWithOurOfflineRetriever() {
        assertInstanceOf(OfflineTileRetriever.class, TileRetrieverProvider.getInstance().load());
    }

    @Test
    void oursIsTheOnlyTileSourceRegistered() {
        // With a second one on the class path, which of the two Gluon Maps takes would depend on jar order.
        List<Class<?>> registered = ServiceLoader.load(TileRetriever.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList();
        assertEquals(List.of(OfflineTileRetriever.class), registered);
    }
}
