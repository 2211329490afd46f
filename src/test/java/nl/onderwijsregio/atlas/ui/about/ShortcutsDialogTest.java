package nl.onderwijsregio.atlas.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help › Keyboard shortcuts lists every group with its keys and what they do, in either language. */
class ShortcutsDialogTest extends DialogOwnerTest {

    @AfterEach
    void dutchAgain() {
        Messages.use(Messages.DUTCH);
    }

    @Test
    void inDutchThePresenterKeysAreThere(FxRobot robot) {
        List<String> texts = shownTexts(robot);
        assertTrue(texts.contains("Bij presenteren"), texts.toString());
        assertTrue(texts.contains("→  Page Down  Spatie"), texts.toString());
        assertTrue(texts.contains("Gemeente of regio zoeken"), texts.toString());
    }

    @Test
    void inEnglishEveryEntryHasItsKeysAndItsMeaning(FxRobot robot) {
        Messages.use(Messages.ENGLISH);
        List<String> texts = shownTexts(robot);
        int entries = ShortcutsDialog.GROUPS.stream().mapToInt(g -> g.entries().size()).sum();
        assertEquals(ShortcutsDialog.GROUPS.size() + 2 * entries, texts.size(), "a heading per group, two texts per key");
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("!")), "no missing text: " + texts);
        assertTrue(texts.contains("While presenting"), texts.toString());
    }

    /**
     * A screen reader met plain labels, not read one by one, and only Sluiten took the focus: the list's lines are one
     * Tab stop, each read whole as its keys and what they do, walked with the arrows and scrolled into sight.
     */
    @Test
    void tabFromSluitenReachesTheLinesReadOneByOneWithTheArrows(FxRobot robot) {
        DialogPane pane = open(robot);
        try {
            robot.type(KeyCode.TAB);
            Node heading = pane.getScene().getFocusOwner();
            assertEquals("shortcut-map", heading.getId(), "Tab: the first line");
            assertEquals("Op de kaart", heading.getAccessibleText());
            robot.type(KeyCode.DOWN);
            assertEquals("1  2  3: PO, VO of MBO tonen", pane.getScene().getFocusOwner().getAccessibleText());

            robot.type(KeyCode.END);
            Node last = pane.getScene().getFocusOwner();
            assertEquals("shortcut-present-stop", last.getId(), "End: the last line");
            ScrollPane text = (ScrollPane) pane.getContent();
            assertEquals(text.getVmax(), text.getVvalue(), 1e-9, "scrolled to the end with it");
            assertTrue(last.getStyleClass().contains("shortcut-line"), "ringed as a focused button is");
            GridPane grid = (GridPane) text.getContent();
            assertTrue(grid.getChildren().stream().filter(n -> n.getStyleClass().contains("shortcut-keys"))
                    .allMatch(keys -> GridPane.getColumnIndex(keys) == 0), "the keys still in the first column");

            robot.type(KeyCode.TAB);
            assertTrue(pane.getScene().getFocusOwner() instanceof Button, "one Tab back to Sluiten: one stop");
        } finally {
            robot.interact(() -> pane.getScene().getWindow().hide());
        }
    }

    @Test
    void enterOnALineStillClosesTheDialog(FxRobot robot) {
        DialogPane pane = open(robot);
        Window window = pane.getScene().getWindow();
        try {
            robot.type(KeyCode.TAB, KeyCode.DOWN);
            assertEquals("shortcut-map-sector", pane.getScene().getFocusOwner().getId());
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(window.isShowing(), "Enter closes");
        } finally {
            robot.interact(window::hide);
        }
    }

    @Test
    void escOnALineStillClosesTheDialog(FxRobot robot) {
        DialogPane pane = open(robot);
        Window window = pane.getScene().getWindow();
        try {
            robot.type(KeyCode.TAB, KeyCode.DOWN);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(window.isShowing(), "Esc closes");
        } finally {
            robot.interact(window::hide);
        }
    }

    private DialogPane open(FxRobot robot) {
        robot.interact(() -> new ShortcutsDialog(stage).show());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
    }

    private List<String> shownTexts(FxRobot robot) {
        robot.interact(() -> new ShortcutsDialog(stage).show());
        WaitForAsyncUtils.waitForFxEvents();
        GridPane grid = robot.lookup("#shortcuts").queryAs(GridPane.class);
        List<String> texts = grid.getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList();
        robot.interact(() -> robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class).getScene().getWindow().hide());
        return texts;
    }

    /** At Extra groot in high contrast the dialog keeps within the screen, its list scrolling, and its button whole. */
    @Test
    void atExtraLargeTextTheDialogFitsTheScreenAndItsButtonReadsWhole(FxRobot robot) {
        nl.onderwijsregio.atlas.ui.Appearance contrast = nl.onderwijsregio.atlas.ui.Appearance.HIGH_CONTRAST;
        robot.interact(() -> {
            ShortcutsDialog dialog = new ShortcutsDialog(stage);
            dialog.getDialogPane().getStylesheets().addAll(
                    ShortcutsDialog.class.getResource(contrast.stylesheet()).toExternalForm(),
                    nl.onderwijsregio.atlas.ui.TextSize.EXTRA_LARGE.stylesheet(contrast));
            dialog.show();
        });
        DialogPane pane = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        javafx.stage.Window window = pane.getScene().getWindow();
        try {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            assertTrue(window.getY() >= screen.getMinY() && window.getY() + window.getHeight() <= screen.getMaxY(),
                    "from " + window.getY() + " to " + (window.getY() + window.getHeight()) + " on " + screen);
            javafx.scene.control.Button close = (javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0));
            assertEquals(close.getText(), ((javafx.scene.text.Text) close.lookup(".text")).getText());
        } finally {
            robot.interact(window::hide);
        }
    }
}
