package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The question when a colleague changed the file: whole and readable, its differences opened or not. */
class ConflictDialogTest extends DialogOwnerTest {

    private static final List<String> TWENTE_RENAMED_AND_DEVENTER_ADDED = List.of(
            "Uw eigen wijzigingen, nog niet opgeslagen (1):",
            "  Oost-Nederland: Deventer (GM0150) toegevoegd",
            "Wijzigingen van iemand anders, in het bestand op schijf (1):",
            "  Regio 'Twente en omstreken' heet nu 'Twente en Omstreken (collega)', zoals de collega het bestand op"
                    + " de gedeelde schijf heeft opgeslagen");

    @Test
    void withItsDifferencesShownEveryButtonAndTheWholeMessageStayInTheDialog(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<EditorDialogs.Conflict> answer = ask();
        DialogPane pane = robot.lookup("#conflict").queryAs(DialogPane.class);

        robot.interact(() -> pane.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();

        for (Button button : robot.lookup("#conflict .button").queryAllAs(Button.class)) {
            Bounds b = button.localToScene(button.getLayoutBounds());
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= pane.getScene().getWidth(),
                    button.getText() + " in view: " + b.getMinX() + ".." + b.getMaxX() + " in "
                            + pane.getScene().getWidth());
            assertFalse(button.getText().endsWith("…") && !button.getText().equals("Opslaan als nieuw bestand…"),
                    "not cut: " + button.getText());
        }
        Label message = (Label) pane.lookup(".content.label");
        assertEquals(message.getText(), ((Text) message.lookup(".text")).getText(),
                "the message is wrapped, not cut at the edge");
        assertTrue(message.localToScene(message.getLayoutBounds()).getMaxX() <= pane.getScene().getWidth(),
                "nor runs past it");

        robot.clickOn("Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EditorDialogs.Conflict.CANCEL, answer.get());
    }

    private AtomicReference<EditorDialogs.Conflict> ask() {
        AtomicReference<EditorDialogs.Conflict> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxEditorDialogs(stage).askConflict(
                Path.of("/srv/gedeeld/onderwijsregios.json"), TWENTE_RENAMED_AND_DEVENTER_ADDED)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
