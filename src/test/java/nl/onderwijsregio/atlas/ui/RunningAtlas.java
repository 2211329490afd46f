package nl.onderwijsregio.atlas.ui;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.geo.WebMercator;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real atlas on the bundled data in the test toolkit's primary stage, for tests of the whole window. */
public final class RunningAtlas {

    private RunningAtlas() {
    }

    /** Starts the app and returns once the region layers are built. */
    public static AtlasApp start() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtlasApp app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.state().regionMapsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** The window the app runs in. */
    public static Stage stage() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    /**
     * Flights run on a timeline, and a selection elsewhere may have started one: returns once two looks
     * at the map's viewport a while apart agree, so a point aimed at is still there when clicked.
     */
    public static void waitUntilTheMapStandsStill(AtlasApp app) {
        AtomicReference<Viewport> last = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                Thread.sleep(250);
                WaitForAsyncUtils.waitForFxEvents();
                Viewport now = app.window().mapLayer().viewport();
                return now != null && Objects.equals(last.getAndSet(now), now);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the map kept moving", e);
        }
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
