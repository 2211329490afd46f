package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+S refused because a colleague saved, answered with "Opslaan als nieuw bestand…" and the chooser cancelled: the
 * chooser opens only once the question has gone, in front of the main window, whose menus open afterwards.
 */
class ConflictThenSaveAsMenuTest extends EditorInAWindow {

    private Window chooserOwner;
    private boolean ownerFocused;
    private final List<Window> otherWindowsShowing = new ArrayList<>();

    @Test
    void afterTheConflictQuestionAndACancelledChooserTheFileMenuOpens() throws Exception {
        Messages.use(Messages.DUTCH);
        EditorSession session = EditorSession.open(dataFile, recovery, new FxEditorDialogs(stage, (chooser, owner) -> {
            chooserOwner = owner;
            ownerFocused = owner.isFocused();
            Window.getWindows().stream().filter(w -> w != owner && w.isShowing()).forEach(otherWindowsShowing::add);
            return null;
        }), EditFixture.atlas());
        state = session.state();
        feature = session.feature();
        editRegion("oost-nederland");
        click(DEVENTER);
        Files.writeString(dataFile, Files.readString(dataFile).replace("Noord-Limburg", "Limburg-Noord"));

        push(KeyCode.CONTROL, KeyCode.S);
        clickOn("Opslaan als nieuw bestand…");
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(stage, chooserOwner, "owned by the main window");
        assertEquals(List.of(), otherWindowsShowing, "the question has gone before the chooser opens");
        assertTrue(ownerFocused, "the main window has its focus back");
        Menu file = ((MainWindow) stage.getScene().getRoot()).menu("menu-file");
        clickOn(file.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(file.isShowing(), "Bestand opens");
        push(KeyCode.ESCAPE);
    }
}
