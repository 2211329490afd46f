package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The question when the regions file was deleted or moved: where to save, never "load their version". */
class FileGoneDialogTest extends DialogOwnerTest {

    private final Path gone = Path.of("/srv/gedeeld/onderwijsregios.json");

    @Test
    void whileItsFolderIsThereTheFileCanBeSavedAgainThereOrAsANewFile(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<EditorDialogs.Gone> answer = ask(true);

        assertEquals(Set.of("Opnieuw opslaan in die map", "Opslaan als nieuw bestand…", "Annuleren"), buttons(robot));
        DialogPane pane = robot.lookup("#file-gone").queryAs(DialogPane.class);
        assertEquals("onderwijsregios.json is er niet meer", pane.getHeaderText());
        assertTrue(pane.getContentText().startsWith("onderwijsregios.json staat niet meer in de map "
                + gone.getParent() + ": het is verwijderd of verplaatst"), pane.getContentText());

        robot.clickOn("Opnieuw opslaan in die map");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EditorDialogs.Gone.SAVE_AGAIN, answer.get());
    }

    @Test
    void withItsFolderGoneOnlyANewFileIsOffered(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<EditorDialogs.Gone> answer = ask(false);

        assertEquals(Set.of("Opslaan als nieuw bestand…", "Annuleren"), buttons(robot));

        robot.clickOn("Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EditorDialogs.Gone.CANCEL, answer.get());
    }

    private AtomicReference<EditorDialogs.Gone> ask(boolean canSaveAgain) {
        AtomicReference<EditorDialogs.Gone> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxEditorDialogs(stage).askWhenFileGone(gone, canSaveAgain)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    /** In the order the system puts them, which differs per platform. */
    private static Set<String> buttons(FxRobot robot) {
        return robot.lookup("#file-gone .button").queryAllAs(Button.class).stream()
                .filter(Button::isVisible).map(Button::getText).collect(Collectors.toSet());
    }
}
