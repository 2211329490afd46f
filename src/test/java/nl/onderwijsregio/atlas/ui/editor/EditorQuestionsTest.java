package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.FileReadOnlyException;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
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

    @Test
    void deletingARegionIsConfirmedByAButtonThatSaysSo(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<Boolean> answer = ask(d -> d.confirmDelete("Oost-Nederland"));

        assertEquals(Set.of("Verwijderen", "Annuleren"), buttons(robot, "#delete-region"));

        robot.clickOn("Verwijderen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, answer.get());
    }

    @Test
    void theEditorsNameIsKeptByAButtonThatSaysSo(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<Optional<String>> answer = ask(FxEditorDialogs::askEditorName);

        assertEquals(Set.of("Naam bewaren", "Annuleren"), buttons(robot, "#editor-name"));
        robot.interact(() -> robot.lookup("#editor-name .text-field").queryAs(TextField.class).setText("Anne de Vries"));

        robot.clickOn("Naam bewaren");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("Anne de Vries"), answer.get());
    }

    @Test
    void theQuestionOnClosingNamesTheFileItsFolderAndHowManyChangesAreUnsaved(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<EditorDialogs.Close> answer = ask(d -> d.askClose(shared, 3));

        DialogPane pane = robot.lookup("#unsaved-work").queryAs(DialogPane.class);
        assertEquals("onderwijsregios.json (in de map " + shared.getParent() + ") heeft 3 wijzigingen die nog niet"
                + " zijn opgeslagen.", pane.getContentText());

        robot.clickOn("Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EditorDialogs.Close.CANCEL, answer.get());
    }

    @Test
    void oneUnsavedChangeIsToldInTheSingular() {
        Messages.use(Messages.DUTCH);
        assertEquals("onderwijsregios.json (in de map /srv/gedeeld) heeft één wijziging die nog niet is opgeslagen.",
                Messages.t("editor.close.text", shared.getFileName(), shared.getParent(), 1));
    }

    @Test
    void theOfferToRestoreListsTheChangesNamesTheFolderAndSaysTheFileChangedSinceTheWorkBegan(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        RecoveryStore.Snapshot work = new RecoveryStore.Snapshot(shared, "abc123",
                java.time.Instant.parse("2026-11-23T13:05:00Z"), 4, EditFixture.atlas().data(), EditFixture.atlas().data());
        List<String> changes = List.of("Uw eigen wijzigingen, nog niet opgeslagen (1):",
                "  Oost-Nederland: Deventer (GM0150) toegevoegd");
        AtomicReference<Boolean> answer = ask(d -> d.askRestore(work, true, changes));

        assertEquals(String.join("\n", changes), robot.lookup("#restore-changes").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#restore").queryAs(DialogPane.class).isExpanded(),
                "what the work holds is shown at once: it is what the question is about");
        String text = robot.lookup("#restore").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("onderwijsregios.json (in de map " + shared.getParent() + ")"), text);
        assertTrue(text.endsWith("Let op: onderwijsregios.json is sindsdien op schijf gewijzigd, door iemand anders of"
                + " een ander programma. Het wordt na herstellen niet overschreven: bij opslaan ziet u wat u zelf"
                + " wijzigde en wat de ander."), text);

        robot.clickOn("Herstellen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, answer.get());
    }

    @Test
    void savingWithAnErrorNamesItAndAsksWithCancelAsTheDefault(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<Boolean> answer = ask(d -> d.confirmSaveWithErrors(1,
                "Noord-Limburg is landelijk maar heeft 1 gemeente als gebied."));

        DialogPane pane = robot.lookup("#save-with-errors").queryAs(DialogPane.class);
        assertEquals("1 fout: Noord-Limburg is landelijk maar heeft 1 gemeente als gebied.", pane.getHeaderText());
        assertTrue(pane.getContentText().endsWith("Toch opslaan?"), pane.getContentText());
        assertEquals(Set.of("Opslaan", "Annuleren"), buttons(robot, "#save-with-errors"));
        assertTrue(robot.lookup("#save-with-errors .button").match((Button b) -> b.isCancelButton()).queryButton()
                .isDefaultButton(), "a file validate refuses goes out only by a deliberate click");

        robot.clickOn("Opslaan");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, answer.get());
    }

    /** In the order the system puts them, which differs per platform. */
    private static Set<String> buttons(FxRobot robot, String dialog) {
        return robot.lookup(dialog + " .button").queryAllAs(Button.class).stream()
                .filter(Button::isVisible).map(Button::getText).collect(Collectors.toSet());
    }

    private <T> AtomicReference<T> ask(Function<FxEditorDialogs, T> question) {
        AtomicReference<T> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(question.apply(new FxEditorDialogs(stage))));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
