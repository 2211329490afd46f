package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.edit.FileReadOnlyException;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's questions as the user meets them: what their buttons say, and what Enter does. */
class EditorQuestionsTest extends DialogOwnerTest {

    private final Path shared = Path.of("/srv/gedeeld/onderwijsregios.json");

    @Test
    void aSaveRefusedForAReadOnlyFileOffersSaveAsAndEnterChoosesIt(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        ExportNotWritten readOnly = ExportNotWritten.because(shared, new FileReadOnlyException(shared));
        AtomicReference<Boolean> answer = ask(d -> d.showSaveFailedOfferingSaveAs(readOnly));

        Button saveAs = robot.lookup("#save-failed-save-as").queryButton();
        assertEquals("Opslaan als…", saveAs.getText());
        assertTrue(saveAs.isDefaultButton(), "the way out is the default, not copying the details");
        assertTrue(saveAs.isFocused(), "and has the focus, so Enter means it");

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, answer.get());
    }

    @Test
    void closingTheRefusalOfASaveOpensNoSaveAs(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        ExportNotWritten readOnly = ExportNotWritten.because(shared, new FileReadOnlyException(shared));
        AtomicReference<Boolean> answer = ask(d -> d.showSaveFailedOfferingSaveAs(readOnly));

        robot.clickOn("Sluiten");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.FALSE, answer.get());
    }

    private <T> AtomicReference<T> ask(Function<FxEditorDialogs, T> question) {
        AtomicReference<T> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(question.apply(new FxEditorDialogs(stage))));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
