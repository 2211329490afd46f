package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * The question when a colleague changed the file: whole and readable, its differences opened or not; keeping both
 * offered when nothing clashes, and loading theirs confirmed first.
 */
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
            assertFalse(button.getText().endsWith("…") && !button.getText().equals("Opslaan als nieuw bestand…")
                    && !button.getText().equals("Hun versie laden…"), "not cut: " + button.getText());
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

    @Test
    void whenNothingClashesKeepBothIsOfferedFirstAndChosenByEnter(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<EditorDialogs.Conflict> answer = ask();

        assertEquals(Set.of("Beide bewaren", "Opslaan als nieuw bestand…", "Hun versie laden…", "Annuleren"),
                buttons(robot));
        Button keepBoth = robot.lookup("#conflict .button").match((Button b) -> b.getText().equals("Beide bewaren"))
                .queryButton();
        assertTrue(keepBoth.isDefaultButton(), "keeping both loses nothing, so it is the answer Enter gives");

        robot.interact(keepBoth::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EditorDialogs.Conflict.KEEP_BOTH, answer.get());
    }

    @Test
    void whenZwollesPupilsClashKeepBothIsNotOfferedAndTheClashIsNamed(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        String clash = "Beide bewaren kan niet: dit is door u én de ander gewijzigd, elk anders:\n"
                + "• Zwolle en omgeving: Leerlingen en studenten — Uw versie: 58.632 / Versie op schijf: 60.000";
        AtomicReference<EditorDialogs.Conflict> answer = ask(EditorDialogs.KeepBoth.not(clash));

        assertEquals(Set.of("Opslaan als nieuw bestand…", "Hun versie laden…", "Annuleren"), buttons(robot));
        DialogPane pane = robot.lookup("#conflict").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().endsWith("\n\n" + clash), pane.getContentText());

        robot.clickOn("Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EditorDialogs.Conflict.CANCEL, answer.get());
    }

    @Test
    void loadingTheirVersionIsConfirmedFirstNamingWhereTheEditorsVersionIsKept(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Path file = Path.of("/srv/gedeeld/onderwijsregios.json");
        Platform.runLater(() -> answer.set(new FxEditorDialogs(stage).confirmReload(file,
                file.resolveSibling("onderwijsregios-uw-versie-20261123-1305.json"), 2)));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#reload-theirs").queryAs(DialogPane.class);
        assertEquals("Uw versie, met uw 2 wijzigingen, wordt eerst bewaard als onderwijsregios-uw-versie-20261123-1305.json"
                + " in de map " + file.getParent() + ", met de stappen in een wijzigingslogboek ernaast. Daarna toont"
                + " de atlas de versie van de ander; ongedaan maken begint dan opnieuw.", pane.getContentText());
        assertTrue(cancelOf(robot, "#reload-theirs").isDefaultButton(), "letting go of the work takes a deliberate click");
        robot.clickOn("Hun versie laden");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, answer.get());
    }

    private static Button cancelOf(FxRobot robot, String dialog) {
        return robot.lookup(dialog + " .button").match((Button b) -> b.isCancelButton()).queryButton();
    }

    /** In the order the system puts them, which differs per platform. */
    private static Set<String> buttons(FxRobot robot) {
        return robot.lookup("#conflict .button").queryAllAs(Button.class).stream()
                .filter(Button::isVisible).map(Button::getText).collect(Collectors.toSet());
    }

    private AtomicReference<EditorDialogs.Conflict> ask() {
        return ask(EditorDialogs.KeepBoth.POSSIBLE);
    }

    private AtomicReference<EditorDialogs.Conflict> ask(EditorDialogs.KeepBoth keepBoth) {
        AtomicReference<EditorDialogs.Conflict> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxEditorDialogs(stage).askConflict(
                Path.of("/srv/gedeeld/onderwijsregios.json"), TWENTE_RENAMED_AND_DEVENTER_ADDED, keepBoth)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
