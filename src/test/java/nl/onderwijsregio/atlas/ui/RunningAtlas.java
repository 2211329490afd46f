package nl.onderwijsregio.atlas.ui;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
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

    public static void stop(AtlasApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
    }
}
