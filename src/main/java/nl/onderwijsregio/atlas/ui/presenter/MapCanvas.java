package nl.onderwijsregio.atlas.ui.presenter;

import java.util.function.LongConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.map.CanvasSurface;

/**
 * A canvas that fills its pane and shows a {@link MapScene} at a viewport, painted by the one
 * {@link MapPainter}. The viewport's size
 * always follows the pane; its centre and scale are the caller's.
 */
final class MapCanvas extends Pane {

    private static final double MOTION_STEP = 2.5;

    private final Canvas canvas = new Canvas();
    private MapPainter painter;
    private MapScene scene;
    private Viewport viewport;
    private LongConsumer paintTimes = nanos -> { };
    private Runnable onResize = () -> { };

    MapCanvas() {
        getChildren().add(canvas);
        setMinSize(0, 0);
        canvas.setManaged(false);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            onResize.run();
        }
    }

    void setScene(MapPainter painter, MapScene scene) {
        this.painter = painter;
        this.scene = scene;
    }

    void setOnResize(Runnable onResize) {
        this.onResize = onResize;
    }

    /** Receives how long each paint took on the FX thread, in nanoseconds (for the frame benchmark). */
    void setPaintTimes(LongConsumer paintTimes) {
        this.paintTimes = paintTimes;
    }

    MapScene scene() {
        return scene;
    }

    Viewport viewport() {
        return viewport;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Shows the drawing at {@code v}, resized to the canvas. */
    void show(Viewport v) {
        show(v, false);
    }

    /**
     * Shows the drawing at {@code v}; a frame {@code inMotion} is drawn with coarser outlines, which the
     * software pipeline renders much faster and the eye cannot tell apart while the map moves.
     */
    void show(Viewport v, boolean inMotion) {
        if (v == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        viewport = v.resized(canvas.getWidth(), canvas.getHeight());
        long start = System.nanoTime();
        if (painter != null) {
            CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D());
            painter.paint(inMotion ? new CoarseSurface(surface, MOTION_STEP) : surface, viewport,
                    inMotion ? scene.withLabels(false) : scene);
        }
        paintTimes.accept(System.nanoTime() - start);
    }

    void repaint() {
        show(viewport);
    }
}
