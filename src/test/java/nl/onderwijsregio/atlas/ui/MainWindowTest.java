package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window starts headless on the bundled data and draws every municipality. */
class MainWindowTest {

    private static AtlasApp app;
    private static Stage stage;

    @BeforeAll
    static void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.state().geometryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void windowIsTitledOnderwijsregioAtlas() {
        assertEquals("Onderwijsregio Atlas", stage.getTitle());
    }

    @Test
    void municipalityLayerDraws342Shapes() {
        assertEquals(342, app.window().mapLayer().municipalityShapeCount());
        assertNotNull(app.window().mapLayer().viewport(), "the layer has painted at least once");
    }
}
