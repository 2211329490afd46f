package nl.onderwijsregio.atlas.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Rgb;

/**
 * Gluon Maps' tile source, found through {@code META-INF/services}. It never touches the network:
 * the atlas is used offline, and without it Gluon Maps would ask OpenStreetMap for every tile.
 */
public class OfflineTileRetriever implements TileRetriever {

    private static final int TILE = 256;

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return CompletableFuture.completedFuture(plain(MapStyle.light().sea()));
    }

    static Image plain(Rgb colour) {
        WritableImage img = new WritableImage(TILE, TILE);
        PixelWriter w = img.getPixelWriter();
        int argb = 0xff000000 | (colour.r() << 16) | (colour.g() << 8) | colour.b();
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                w.setArgb(x, y, argb);
            }
        }
        return img;
    }
}
