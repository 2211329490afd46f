package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The label "Zwolle en omgeving" asked for twice in one redraw is drawn once, and arrives with a later pulse. */
class SpriteMakerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aLabelAskedForTwiceIsMadeOnceAndArrivesInTheCache() throws Exception {
        SpriteMaker maker = new SpriteMaker();
        Map<String, Image> cache = new ConcurrentHashMap<>();
        AtomicInteger drawn = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 2; i++) {
                maker.request("Zwolle en omgeving", cache, key -> {
                    drawn.incrementAndGet();
                    Canvas c = new Canvas(40, 10);
                    c.getGraphicsContext2D().setFill(Color.web("#3d7fb8"));
                    c.getGraphicsContext2D().fillRect(0, 0, 40, 10);
                    return c;
                }, new SnapshotParameters());
            }
            assertTrue(cache.isEmpty(), "not yet: the snapshot waits for the next pulse");
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cache.containsKey("Zwolle en omgeving"));
        assertEquals(1, drawn.get());
        assertEquals(40, cache.get("Zwolle en omgeving").getWidth());
    }
}
