package nl.onderwijsregio.atlas.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Help dialogs are read to their end without a mouse: the arrows, Page Up/Down, Home and End scroll the
 * text while Close keeps the focus, and Esc still closes.
 */
class ScrollingByKeysTest extends DialogOwnerTest {

    static Stream<Arguments> helpDialogs() {
        return Stream.of(
                Arguments.of("Keyboard shortcuts", (Function<Window, Dialog<?>>) ShortcutsDialog::new),
                Arguments.of("About", (Function<Window, Dialog<?>>) AboutDialog::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("helpDialogs")
    void theKeysScrollTheTextWhileCloseKeepsTheFocus(String name, Function<Window, Dialog<?>> open, FxRobot robot) {
        robot.interact(() -> open.apply(stage).show());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ScrollPane text = (ScrollPane) pane.getContent();
        assertTrue(text.getContent().getLayoutBounds().getHeight() > text.getViewportBounds().getHeight(),
                "the text is longer than its window, as on a 768-pixel screen");

        robot.type(KeyCode.END);
        assertEquals(text.getVmax(), text.getVvalue(), 1e-9, "End: the last lines");
        robot.type(KeyCode.PAGE_UP);
        assertTrue(text.getVvalue() < text.getVmax(), "Page Up: a page back");
        robot.type(KeyCode.HOME);
        assertEquals(text.getVmin(), text.getVvalue(), 1e-9, "Home: the first lines");
        robot.type(KeyCode.DOWN);
        double aLine = text.getVvalue();
        assertTrue(aLine > text.getVmin(), "Down: a line further");
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(text.getVvalue() > aLine, "Page Down: a page further");

        assertTrue(pane.getScene().getFocusOwner() instanceof Button, "Close keeps the focus");
        Window dialog = pane.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing(), "Esc closes " + name);
    }
}
