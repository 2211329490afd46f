package nl.onderwijsregio.atlas.ui.presenter;

import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.DaemonThreads;

/**
 * The presenter's map. Stills ({@link Keyframe}s) are painted in the background by the one painter;
 * what the screen shows is composed from them for the current camera by {@link FrameComposer}: the
 * still being left, and the still being flown to faded in over it. Stills are painted with a margin so
 * a pan never shows an empty edge, and kept in a small cache so stepping back and forth costs nothing.
 *
 * <p>Stills and frames are in the screen's own pixels: on a screen at 200 % a layout pixel is two, and a frame of
 * layout pixels would show the hall a full-HD picture blown up to 4K, soft at every line and letter. Callers speak
 * in layout pixels (the camera, the viewports, the scene's pixel scale); the map turns them into the screen's.
 */
final class PresenterMap extends Pane {

    /** Stills are this much larger than the screen each way, for pans. */
    private static final double MARGIN = 1.25;
    /** Each step has its still and its context still (see {@link FrameComposer}). */
    private static final int CACHE = 12;
    /** Frames the opening view is shown again for, unchanged: about what the JIT needs (1 s at 120 Hz). */
    private static final int WARM_FRAMES = 120;
    /**
     * Zoom steps the copy is warmed up over: enough for the JIT to compile every branch, few enough to be done
     * before the second step's flight, which it would slow down on a two-core machine.
     */
    private static final int WARM_COPIES = 20;

    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(
            DaemonThreads.factory("presenter-painter"));

    private record Key(MapScene scene, Viewport viewport) {
    }

    private final ImageView view = new ImageView();
    /** Pixels of evicted stills, painted over by the next ones. */
    private final Deque<int[]> spare = new ConcurrentLinkedDeque<>();
    private final Map<Key, CompletableFuture<Keyframe>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Keyframe>> eldest) {
            if (size() <= CACHE) {
                return false;
            }
            CompletableFuture<Keyframe> f = eldest.getValue();
            Keyframe k = f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
            if (k != null && k != leaving && k != arriving && k != context && !eldest.getKey().equals(arrivingKey)
                    && !eldest.getKey().equals(contextKey) && spare.size() < 3) {
                spare.push(k.pixels());
            }
            return true;
        }
    };
    private MapPainter painter;
    private MapScene scene;
    private Keyframe leaving;
    private Keyframe arriving;
    private Key arrivingKey;
    /** The arriving scene at the leaving still's viewport, for an even fade; null when not (yet) painted. */
    private Keyframe context;
    private Key contextKey;
    private int[] scratch;
    private boolean landed;
    private Viewport camera;
    private ScreenFrames screen;
    private LongConsumer composeTimes = n -> { };
    private boolean warm;
    /** The flight's eased progress for the current camera; 1 when it has landed or cut. */
    private double progress = 1;
    private Runnable onResize = () -> { };
    /** Screen pixels per layout pixel: the window's render scale, 2 on a screen at 200 %. */
    private double pixelRatio = 1;
    private Window watched;

    PresenterMap() {
        getChildren().add(view);
        view.setManaged(false);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double ratio = renderScale();
        int w = (int) Math.round(getWidth() * ratio);
        int h = (int) Math.round(getHeight() * ratio);
        if (w > 0 && h > 0 && (screen == null || screen.width() != w || screen.height() != h || ratio != pixelRatio)) {
            pixelRatio = ratio;
            screen = new ScreenFrames(w, h);
            scratch = new int[w * h];
            view.setImage(screen.first());
            view.setFitWidth(w / ratio);
            view.setFitHeight(h / ratio);
            onResize.run();
        }
    }

    /** The window's render scale; a change (the window moved to another screen) lays the map out anew. */
    private double renderScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        if (window != null && window != watched) {
            watched = window;
            window.renderScaleXProperty().addListener(o -> requestLayout());
        }
        return window == null || !(window.getRenderScaleX() > 0) ? 1 : window.getRenderScaleX();
    }

    /** The image on screen, for tests: its pixels are the screen's. */
    ImageView shown() {
        return view;
    }

    void setOnResize(Runnable onResize) {
        this.onResize = onResize;
    }

    /** Receives how long composing each frame took on the FX thread, in nanoseconds. */
    void setComposeTimes(LongConsumer composeTimes) {
        this.composeTimes = composeTimes;
    }

    void setScene(MapPainter painter, MapScene scene) {
        this.painter = painter;
        this.scene = scene;
    }

    MapScene scene() {
        return scene;
    }

    Viewport camera() {
        return camera;
    }

    /** Whether the camera has landed and the still it landed on is painted. */
    boolean isSettled() {
        return landed && arriving != null;
    }

    boolean hasSize() {
        return screen != null;
    }

    /**
     * Makes {@code target} (with the current scene) the still to arrive at; the camera stays where it
     * is until {@link #moveCamera} moves it.
     */
    void arriveAt(Viewport target) {
        if (painter == null || screen == null) {
            return;
        }
        Key key = key(scene, target);
        arrivingKey = key;
        arriving = null;
        landed = false;
        context = null;
        contextKey = leaving == null ? null : keyAt(scene, leaving.viewport());
        if (contextKey != null && !contextKey.equals(key)) {
            Key wanted = contextKey;
            still(wanted).thenAccept(k -> Platform.runLater(() -> {
                if (wanted.equals(contextKey)) {
                    context = k;
                    compose();
                }
            }));
        }
        still(key).thenAccept(k -> Platform.runLater(() -> {
            if (key.equals(arrivingKey)) {
                arriving = k;
                if (landed) {
                    leaving = k;
                }
                compose();
                warmUp();
            }
        }));
    }

    /**
     * Runs the per-pixel copy many times, in the background, into a scratch buffer when the first still
     * arrives. Until the JIT has compiled it, one copy of a full-HD frame takes about 30 ms, and the
     * first flight would stutter; the presenter has only just opened, and the screen is not touched.
     */
    private void warmUp() {
        if (warm || arriving == null || camera == null) {
            return;
        }
        warm = true;
        Keyframe k = arriving;
        Viewport at = onScreen(camera);
        int w = screen.width();
        int h = screen.height();
        // After the stills of the next steps, on the painter's thread: run beside them, on two cores shared with
        // the screen, the copies made the first flights stutter while those stills were still being painted.
        PAINTER.execute(() -> {
            int[] scratch = new int[w * h];
            int[] arrivingPicture = new int[w * h];
            Keyframe same = new Keyframe(k.pixels(), k.viewport());
            for (int i = 0; i < WARM_COPIES; i++) {
                // Zooming out past the still's edges and in again, as flights do, so every branch of the
                // copy, the blend and the sea around runs: a branch first taken in a flight sends the
                // compiled copy back to the interpreter for a few frames.
                Viewport v = new Viewport(at.centerX(), at.centerY(), at.scale() * (0.5 + 1.5 * i / WARM_COPIES), w, h);
                FrameComposer.compose(null, null, k, v, 1, 0xff000000, w, h, scratch, null);
                // a second still of the same pixels, so the fades between stills run too, with and without context
                FrameComposer.compose(k, null, same, v, 0.5, 0xff000000, w, h, scratch, null);
                FrameComposer.compose(k, same, same, v, 0.5, 0xff000000, w, h, scratch, arrivingPicture);
            }
        });
        // The renderer's side, too: the same frame shown again for a while, unchanged to the eye, so
        // uploading and drawing a full screen is compiled before the first flight asks for it.
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames > WARM_FRAMES || !isSettled()) {
                    stop();
                    return;
                }
                compose();
            }
        }.start();
    }

    /** Paints the still for {@code scene} at {@code target}, and its context from here, ahead of need. */
    void prefetch(MapScene otherScene, Viewport target) {
        if (painter != null && screen != null) {
            still(key(otherScene, target));
            if (leaving != null) {
                still(keyAt(otherScene, leaving.viewport()));
            }
        }
    }

    /** Shows the map from {@code v}, as on arrival (a cut). */
    void moveCamera(Viewport v) {
        moveCamera(v, 1);
    }

    /** Shows the map from {@code v}, {@code progress} (0 to 1) of the way through a flight. */
    void moveCamera(Viewport v, double progress) {
        camera = v == null || screen == null ? v : v.resized(screen.width() / pixelRatio, screen.height() / pixelRatio);
        this.progress = progress;
        compose();
    }

    /** Ends a flight: what arrived (now, or when its still is painted) is what the next flight leaves. */
    void land() {
        landed = true;
        progress = 1;
        if (arriving != null) {
            leaving = arriving;
        }
        context = null;
        contextKey = null;
    }

    /** The frame as shown now, as a separate image (for a cross-fade). */
    WritableImage copyOfFrame() {
        return screen == null ? null : screen.copyOfShown();
    }

    /** The still for {@code s} seen from {@code target}, in layout pixels. */
    private Key key(MapScene s, Viewport target) {
        return keyAt(s, onScreen(target));
    }

    /** The still for {@code s} seen from {@code target}, in the screen's pixels (a still's own viewport). */
    private Key keyAt(MapScene s, Viewport target) {
        int w = screen.width();
        int h = screen.height();
        // Even sizes keep the still's centre on a whole pixel, so a landed camera copies it 1:1.
        int sw = 2 * (int) Math.ceil(w * MARGIN / 2) + w % 2;
        int sh = 2 * (int) Math.ceil(h * MARGIN / 2) + h % 2;
        return new Key(s.withPixelScale(s.pixelScale() * pixelRatio), target.resized(sw, sh));
    }

    private CompletableFuture<Keyframe> still(Key key) {
        CompletableFuture<Keyframe> f = cache.get(key);
        if (f == null || f.isCompletedExceptionally()) {
            MapPainter p = painter;
            f = CompletableFuture.supplyAsync(() -> Keyframe.paint(p, key.scene(), key.viewport(), spare.poll()),
                    PAINTER);
            cache.put(key, f);
        }
        return f;
    }

    private Viewport onScreen(Viewport layout) {
        return layout.scaled(pixelRatio);
    }

    private void compose() {
        if (screen == null || camera == null) {
            return;
        }
        long start = System.nanoTime();
        Rgb sea = scene == null ? MapStyle.light().sea() : scene.style().sea();
        int background = 0xff000000 | sea.r() << 16 | sea.g() << 8 | sea.b();
        Viewport shownFrom = onScreen(camera);
        screen.show(out -> FrameComposer.compose(leaving, context, arriving, shownFrom, progress, background,
                screen.width(), screen.height(), out, scratch), view);
        composeTimes.accept(System.nanoTime() - start);
    }
}
