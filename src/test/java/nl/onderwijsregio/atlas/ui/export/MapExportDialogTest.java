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
import nl.onderwijsregio.atlas.ui.LaptopWindow;
import nl.onderwijsregio.atlas.ui.TextSize;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog offers the window multiples, the slide sizes and a size of one's own. */
class MapExportDialogTest extends DialogOwnerTest {

    @Test
    void aTypedSizeOfOnesOwnIsTheExportedSize(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MapExportDialog.Choice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new MapExportDialog(stage, "PO-regio's", false, 1303, 880).showAndWait()));
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

    /**
     * "×2" said nothing of the pixels it makes: on a laptop at 200 % a presenter took it for twice the screen's, where
     * it is the screen's own. Each size of the window names its pixels, here for a map of 1303 × 880.
     */
    @Test
    void everySizeOfTheWindowNamesThePixelsItMakes(FxRobot robot) throws Exception {
        Messages.use(Messages.DUTCH);
        Platform.runLater(() -> new MapExportDialog(stage, "PO-regio's", false, 1303, 880).show());
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<PictureSize> size = robot.lookup("#export-size").queryComboBox();
        assertEquals("Venstergrootte ×2: 2606 × 1760 pixels", shownIn(size), "the size chosen");
        assertEquals("Venstergrootte ×1: 1303 × 880 pixels", size.getConverter().toString(PictureSize.WINDOW_1));
        assertEquals("Venstergrootte ×4: 5212 × 3520 pixels", size.getConverter().toString(PictureSize.WINDOW_4));
        assertEquals("1920 × 1080 pixels", size.getConverter().toString(PictureSize.FULL_HD));
        robot.interact(() -> ((javafx.stage.Stage) size.getScene().getWindow()).close());
    }

    /** At Extra groot on a laptop the dialog was centred at its width in normal type and grew past the screen's edge. */
    @Test
    void atExtraLargeOnALaptopTheDialogOpensWhollyOnTheScreen(FxRobot robot) throws Exception {
        Messages.use(Messages.DUTCH);
        try (LaptopWindow laptop = LaptopWindow.at(TextSize.EXTRA_LARGE)) {
            java.util.concurrent.atomic.AtomicReference<MapExportDialog> opened = new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> {
                opened.set(new MapExportDialog(laptop.stage(), "Oost-Nederland", false, 640, 560));
                opened.get().show();
            });
            MapExportDialog dialog = opened.get();
            try {
                LaptopWindow.assertWithinScreen(dialog.getDialogPane().getScene().getWindow(), "the export dialog");
                Node export = robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).query();
                LaptopWindow.assertWithinScreen(export, "its Exporteren");
                LaptopWindow.assertNothingShortened(dialog.getDialogPane(), "its words");
            } finally {
                robot.interact(dialog::close);
            }
        }
    }

    /** The text the closed list shows: its button cell's, the one cell that is the list's own child. */
    private static String shownIn(ComboBox<?> list) {
        return list.lookupAll(".list-cell").stream().filter(c -> c.getParent() == list)
                .map(c -> ((javafx.scene.control.ListCell<?>) c).getText()).findFirst().orElseThrow();
    }

    @Test
    void aSizeBeyondWhatFitsInMemoryIsHeldToTheLargest(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MapExportDialog.Choice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new MapExportDialog(stage, null, false, 1303, 880).showAndWait()));
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
        Platform.runLater(() -> answer.complete(new MapExportDialog(stage, "Zwolle en omgeving", last, 1303, 880).showAndWait()));
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
        Platform.runLater(() -> answer.complete(new MapExportDialog(stage, "Onderwijsregio's PO", true, 1303, 880).showAndWait()));
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
