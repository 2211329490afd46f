package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** File › Wijzigingslogboek opens on the saved steps outside edit mode too, owned by the window, and closes. */
class ChangeLogMenuFeatureTest extends EditorInAWindow {

    @Test
    void deventerSavedInOostNederlandIsInTheChangeLogReadOutsideEditMode() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        clickOn("#map-pane");
        push(KeyCode.CONTROL, KeyCode.S);
        interact(() -> state.editModeProperty().set(false));

        MenuItem item = ((MainWindow) stage.getScene().getRoot()).menu("menu-file").getItems().stream()
                .filter(i -> "menu-change-log".equals(i.getId())).findFirst().orElseThrow();
        assertFalse(item.isDisable(), "reading the log changes nothing, so it needs no edit mode");
        interact(item::fire);
        ListView<?> list = lookup("#change-log-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());

        assertTrue(list.getItems().get(0).toString().contains("Deventer toevoegen aan Oost-Nederland"),
                list.getItems().toString());
        Window dialog = list.getScene().getWindow();
        assertEquals(stage, ((javafx.stage.Stage) dialog).getOwner());
        assertTrue(dialog.getHeight() <= 768 && dialog.getWidth() <= 1280, "within the screen");

        clickOn(cancelButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
    }
}
