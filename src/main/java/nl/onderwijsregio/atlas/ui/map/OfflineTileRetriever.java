package nl.onderwijsregio.atlas.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import nl.onderwijsregio.atlas.core.export.ImageSurface;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.DaemonThreads;

/**
 * Gluon Maps' tile source, found through {@code META-INF/services}. It never touches the network: the
 * atlas is used offline, and without it Gluon Maps would ask OpenStreetMap for every tile. Tiles are
 * drawn from the bundled layers (sea, neighbouring countries, Dutch land, province borders) by the same
 * {@link MapPainter} as everything else, on a background thread, and kept in a small cache. Tiles asked
 * for before the boundaries are loaded are drawn as soon as they are.
 */
public class OfflineTileRetriever implements TileRetriever {

    private static final int TILE = 256;
    private static final int CACHE_SIZE = 600;
    private static final Object LOCK = new Object();
    private static MapPainter painter;
    private static final List<Runnable> waiting = new ArrayList<>();
    private static final ExecutorService RENDERER = Executors.newSingleThreadExecutor(
            DaemonThreads.factory("basemap-tiles", Thread.MIN_PRIORITY + 1));
    private static final Map<Long, Image> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Sets the boundaries tiles are drawn from; tiles already asked for are drawn now. */
    public static void setGeometry(MapGeometry geometry) {
        List<Runnable> pending;
        synchronized (LOCK) {
            painter = geometry == null ? null : new MapPainter(geometry, MapStyle.light());
            CACHE.clear();
            pending = new ArrayList<>(waiting);
            waiting.clear();
        }
        pending.forEach(RENDERER::submit);
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        long key = ((long) zoom << 58) | (i << 29) | j;
        CompletableFuture<Image> result = new CompletableFuture<>();
        Runnable render = () -> {
            try {
                result.complete(tile(key, zoom, i, j));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        };
        synchronized (LOCK) {
            Image cached = CACHE.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
            if (painter == null) {
                waiting.add(render);
                return result;
            }
        }
        RENDERER.submit(render);
        return result;
    }

    private static Image tile(long key, int zoom, long i, long j) {
        MapPainter p;
        synchronized (LOCK) {
            Image cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
            p = painter;
        }
        Image img = render(p, zoom, i, j);
        synchronized (LOCK) {
            CACHE.put(key, img);
        }
        return img;
    }

    /** Draws tile (i, j) of zoom level {@code zoom} in Gluon Maps' (OSM) tile numbering. */
    static Image render(MapPainter p, int zoom, long i, long j) {
        double n = Math.pow(2, zoom);
        Viewport v = new Viewport((i + 0.5) / n, (j + 0.5) / n, TILE * n, TILE, TILE);
        ImageSurface s = ImageSurface.create(TILE, TILE, false);
        p.paintBasemap(s, v);
        p.paintProvinceBorders(s, v);
        s.dispose();
        BufferedImage b = s.image();
        int[] argb = b.getRGB(0, 0, TILE, TILE, null, 0, TILE);
        WritableImage img = new WritableImage(TILE, TILE);
        img.getPixelWriter().setPixels(0, 0, TILE, TILE, PixelFormat.getIntArgbInstance(), argb, 0, TILE);
        return img;
    }
}
