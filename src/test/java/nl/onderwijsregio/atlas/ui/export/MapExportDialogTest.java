package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog offers the window multiples, the slide sizes and a size of one's own. */
class MapExportDialogTest extends DialogOwnerTest {

    @Test
    void aTypedSizeOfOnesOwnIsTheExportedSize(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MapExportDialog.Choice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new MapExportDialog(stage, "PO-regio's", false).showAndWait()));
        WaitForAsyncUtils.waitForFxEvents();

        Node sides = robot.lookup("#export-width").query().getParent();
        assertFalse(sides.isVisible(), "only asked for when wanted");
        ComboBox<PictureSize> size = robot.lookup("#export-size").queryComboBox();
        robot.interact(() -> size.setValue(PictureSize.CUSTOM));
        assertTrue(sides.isVisible());
        Button ok = robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).queryButton();
        var window = ok.getScene().getWindow();
        double bottom = ok.localToScene(ok.getLayoutBounds()).getMaxY();
        assertTrue(bottom <= window.getHeight(), "the dialog grew with the new line: its buttons end at " + bottom
                + " in a window " + window.getHeight() + " high");

        Spinner<?> width = robot.lookup("#export-width").queryAs(Spinner.class);
        Spinner<?> height = robot.lookup("#export-height").queryAs(Spinner.class);
        robot.interact(() -> {
            // Typed, not confirmed with Enter: still what the user means.
            width.getEditor().setText("2480");
            height.getEditor().setText("3508");
        });
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> ((Button) n).isDefaultButton()).queryButton());

        MapExportDialog.Choice choice = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(PictureSize.fixed(2480, 3508), choice.size());
        assertEquals("PO-regio's", choice.title());
    }

    @Test
    void aSizeBeyondWhatFitsInMemoryIsHeldToTheLargest(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MapExportDialog.Choice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new MapExportDialog(stage, null, false).showAndWait()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#export-size").<PictureSize>queryComboBox().setValue(PictureSize.CUSTOM));
        robot.interact(() -> {
            robot.lookup("#export-width").queryAs(Spinner.class).getEditor().setText("100000");
            robot.lookup("#export-height").queryAs(Spinner.class).getEditor().setText("breed");
        });
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> ((Button) n).isDefaultButton()).queryButton());

        MapExportDialog.Choice choice = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(PictureSize.fixed(PictureSize.MAX_SIDE, 1080), choice.size(), "too large held, not a number ignored");
    }

    @Test
    void aNewDialogOpensOnTheLastChoicesButWithTheTitleOfTheMapNowShown(FxRobot robot) throws Exception {
        MapExportDialog.Choice last = new MapExportDialog.Choice(ExportFormat.SVG, PictureSize.fixed(2480, 3508),
                true, true, false, "Noorderwijs");
        CompletableFuture<Optional<MapExportDialog.Choice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new MapExportDialog(stage, "Zwolle en omgeving", last).showAndWait()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(PictureSize.CUSTOM, robot.lookup("#export-size").<PictureSize>queryComboBox().getValue());
        assertEquals(2480, robot.lookup("#export-width").queryAs(Spinner.class).getValue());
        assertEquals("Zwolle en omgeving", robot.lookup("#export-title").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#export-dark").queryAs(CheckBox.class).isSelected());
        assertFalse(robot.lookup("#export-legend").queryAs(CheckBox.class).isSelected());
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> ((Button) n).isDefaultButton()).queryButton());

        assertEquals(new MapExportDialog.Choice(ExportFormat.SVG, PictureSize.fixed(2480, 3508), true, true, false,
                "Zwolle en omgeving"), answer.get(10, TimeUnit.SECONDS).orElseThrow());
    }

    @Test
    void theFirstExportIsDarkWhenTheScreenIs(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MapExportDialog.Choice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new MapExportDialog(stage, "Onderwijsregio's PO", true).showAndWait()));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox dark = robot.lookup("#export-dark").queryAs(CheckBox.class);
        assertEquals(Messages.t("export.dark"), dark.getText());
        assertTrue(dark.isSelected());
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> ((Button) n).isDefaultButton()).queryButton());

        MapExportDialog.Choice choice = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertTrue(choice.dark());
        assertEquals(new MapExportDialog.Choice(ExportFormat.PNG, PictureSize.WINDOW_2, false, true, true,
                "Onderwijsregio's PO"), choice, "otherwise as ever: PNG at twice the window, legend and title");
    }
}
