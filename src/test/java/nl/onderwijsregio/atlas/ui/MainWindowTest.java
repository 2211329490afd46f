package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real main window starts headless on the bundled data and draws every municipality. */
class MainWindowTest {

    private static AtlasApp app;
    private static Stage stage;

    @BeforeAll
    static void start() throws Exception {
        app = RunningAtlas.start();
        stage = RunningAtlas.stage();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningAtlas.stop(app);
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
