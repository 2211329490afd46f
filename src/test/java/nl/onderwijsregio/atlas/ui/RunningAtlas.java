package nl.onderwijsregio.atlas.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.geo.WebMercator;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real atlas on the bundled data in the test toolkit's primary stage, for tests of the whole window. */
public final class RunningAtlas {

    private RunningAtlas() {
    }

    /**
     * Frames in a row on which the map must show the same view: a flight starts a frame or two after it is
     * asked for, so one unchanged frame does not yet mean the map will stay where it is.
     */
    private static final int STILL_FRAMES = 4;

    /**
     * Starts the app and returns once the region layers are built. Under reduced motion, as a user may
     * choose it: the map cuts to a place instead of flying there, so tests wait for no flight; a test of
     * the flight itself switches motion back on.
     */
    public static AtlasApp start() throws Exception {
        forgetWhatTheLastAppRemembered();
        FxToolkit.registerPrimaryStage();
        AtlasApp app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.state().regionMapsProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> app.state().reducedMotionProperty().set(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /**
     * The app remembers its sector, theme, text size and more for its next start, and the tests' stored
     * settings outlive a test class and a test run: without this, a class would start on whatever sector
     * the class before it, or the run before, left behind.
     */
    private static void forgetWhatTheLastAppRemembered() throws BackingStoreException {
        Preferences remembered = AtlasPreferences.forUser().node();
        forget(remembered);
        remembered.flush();
    }

    /** Clears the node and those below it, but keeps them: a removed node fails whoever still holds it. */
    private static void forget(Preferences node) throws BackingStoreException {
        node.clear();
        for (String child : node.childrenNames()) {
            forget(node.node(child));
        }
    }

    /** The window the app runs in. */
    public static Stage stage() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    /**
     * Returns once the map shows the same view on several frames in a row and its regions are drawn anew
     * for that view (a pan or zoom first only moves the old picture): a point aimed at is then still there
     * when clicked. Looks once a frame, so it ends as soon as the map is still.
     */
    public static void waitUntilTheMapStandsStill(AtlasApp app) {
        CompletableFuture<Void> still = new CompletableFuture<>();
        AnimationTimer everyFrame = new AnimationTimer() {
            private Viewport last;
            private int stillFrames;

            @Override
            public void handle(long now) {
                Viewport shown = app.window().mapLayer().viewport();
                boolean same = shown != null && shown.equals(last) && drawnFor(app.window().mapLayer().canvas());
                stillFrames = same ? stillFrames + 1 : 0;
                last = shown;
                if (stillFrames >= STILL_FRAMES) {
                    stop();
                    still.complete(null);
                }
            }
        };
        Platform.runLater(everyFrame::start);
        try {
            still.get(15, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            Platform.runLater(everyFrame::stop);
            Canvas canvas = app.window().mapLayer().canvas();
            throw new AssertionError("the map did not stand still with its regions drawn anew: view "
                    + app.window().mapLayer().viewport() + ", picture moved by (" + canvas.getTranslateX() + ", "
                    + canvas.getTranslateY() + ") and scaled by " + canvas.getScaleX(), e);
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The region picture is drawn for the view shown, not a moved or scaled copy of an earlier one. */
    private static boolean drawnFor(Canvas regions) {
        return regions.getTranslateX() == 0 && regions.getTranslateY() == 0 && regions.getScaleX() == 1
                && regions.getScaleY() == 1;
    }

    /** Where a municipality's interior point is on the screen now. */
    public static Point2D onScreen(AtlasApp app, String code) {
        var p = app.state().atlas().municipality(code).orElseThrow().geometryWgs84().getInteriorPoint();
        Viewport v = app.window().mapLayer().viewport();
        return app.window().mapLayer().canvas().localToScreen(v.x(WebMercator.x(p.getX())), v.y(WebMercator.y(p.getY())));
    }

    public static void stop(AtlasApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
    }
}
