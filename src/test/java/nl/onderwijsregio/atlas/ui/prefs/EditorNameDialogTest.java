package nl.onderwijsregio.atlas.ui.prefs;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.LaptopWindow;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Instellingen › Naam van de bewerker: the name the editor's changes are recorded under. */
@ExtendWith(ApplicationExtension.class)
class EditorNameDialogTest {

    /** At Extra groot on a laptop the dialog was 942 pixels wide, from the middle of the window past its right edge. */
    @Test
    void atExtraLargeOnALaptopTheDialogOpensWhollyOnTheScreen(FxRobot robot) throws Exception {
        Messages.use(Messages.DUTCH);
        try (LaptopWindow laptop = LaptopWindow.at(TextSize.EXTRA_LARGE)) {
            MenuBar bar = (MenuBar) laptop.window().lookup("#menu-bar");
            Menu settings = bar.getMenus().stream().filter(m -> "menu-settings".equals(m.getId())).findFirst()
                    .orElseThrow();
            MenuItem editorName = settings.getItems().stream().filter(i -> "settings-editor-name".equals(i.getId()))
                    .findFirst().orElseThrow();
            // It waits for the answer: fired later, so the test goes on while it is open.
            Platform.runLater(editorName::fire);
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            Window dialog = pane.getScene().getWindow();
            try {
                LaptopWindow.assertWithinScreen(dialog, "the dialog");
                LaptopWindow.assertWithinScreen(pane.lookupButton(DialogButtons.ok()), "its OK");
                LaptopWindow.assertNothingShortened(pane, "its words");
            } finally {
                robot.interact(dialog::hide);
            }
        }
    }
}
