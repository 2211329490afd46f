package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

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
    void inANarrowWindowTheSourcesAreStillNamedWhole() throws Exception {
        double width = stage.getWidth();
        try {
            WaitForAsyncUtils.asyncFx(() -> stage.setWidth(800)).get();
            WaitForAsyncUtils.waitForFxEvents();
            Label credit = (Label) stage.getScene().lookup("#credit");
            double shown = WaitForAsyncUtils.asyncFx(credit::getWidth).get();
            assertTrue(shown >= credit.prefWidth(-1) - 0.5, "the credit is not cut short: " + shown);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> stage.setWidth(width)).get();
        }
    }

    @Test
    void theStatusLineHasATooltipWithItsWholeTextAndNoneWhenBlank() throws Exception {
        Label status = (Label) stage.getScene().lookup("#status");
        String before = app.state().statusProperty().get();
        try {
            WaitForAsyncUtils.asyncFx(() -> app.state().statusProperty().set("Opgeslagen in onderwijsregios.json")).get();
            assertEquals("Opgeslagen in onderwijsregios.json", status.getTooltip().getText());
            WaitForAsyncUtils.asyncFx(() -> app.state().statusProperty().set("")).get();
            assertNull(status.getTooltip(), "no empty tooltip box");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> app.state().statusProperty().set(before)).get();
        }
    }

    @Test
    void municipalityLayerDraws342Shapes() {
        assertEquals(342, app.window().mapLayer().municipalityShapeCount());
        assertNotNull(app.window().mapLayer().viewport(), "the layer has painted at least once");
    }
}
