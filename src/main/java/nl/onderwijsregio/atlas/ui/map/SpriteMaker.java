package nl.onderwijsregio.atlas.ui.map;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;

/**
 * Turns small canvases (label sprites, stripe tiles) into images without holding up a redraw. A
 * snapshot taken at once makes the FX thread wait for the renderer to finish the frame it is
 * drawing; in a flight, with new labels at every zoom, that halted every frame for up to a tenth of
 * a second. Asked for here, the snapshot is taken with the next pulse, and the image is in the cache
 * for the next redraw; until then the surface draws the plain way.
 */
final class SpriteMaker {

    private final Set<Object> pending = new HashSet<>();

    /**
     * Makes the image for {@code key} from the canvas {@code draw} returns and puts it in
     * {@code cache}, unless it is already on its way. On the FX thread.
     */
    <K> void request(K key, Map<K, Image> cache, Function<K, Canvas> draw, SnapshotParameters parameters) {
        if (!pending.add(key)) {
            return;
        }
        draw.apply(key).snapshot(result -> {
            cache.put(key, result.getImage());
            pending.remove(key);
            return null;
        }, parameters, null);
    }
}
