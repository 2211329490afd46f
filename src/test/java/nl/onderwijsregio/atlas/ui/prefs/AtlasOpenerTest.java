package nl.onderwijsregio.atlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.ui.AtlasState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening another regions file: a good one replaces the atlas, a broken one leaves it as it was. */
@ExtendWith(ApplicationExtension.class)
class AtlasOpenerTest {

    private Stage stage;
    private final AtlasState state = new AtlasState();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @Test
    void aBrokenRegionsFileIsNamedWithItsPlaceAndTheShownAtlasStays(FxRobot robot, @TempDir Path dir) throws Exception {
        DataFiles bundled = DataFiles.in(TestData.dataDir());
        robot.interact(() -> new AtlasOpener(state, stage).open(bundled, f -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.atlas() != null);
        Atlas shown = state.atlas();
        assertEquals(bundled.regions(), state.regionFileProperty().get());

        Path broken = dir.resolve("regios-kapot.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, \"regions\": [ { \"id\": \"zwolle\", ", StandardCharsets.UTF_8);
        robot.interact(() -> new AtlasOpener(state, stage).open(bundled.withRegions(broken), f -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("regios-kapot.json"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains(", regel 1, kolom "), "names the place in Dutch: " + dialog.getContentText());
        assertSame(shown, state.atlas(), "the atlas on screen stays");
        assertEquals(bundled.regions(), state.regionFileProperty().get());
        assertNotNull(state.geometryProperty().get());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
