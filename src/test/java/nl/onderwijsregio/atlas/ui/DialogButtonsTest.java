package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog's buttons and its details link show their words whole, however many there are. */
class DialogButtonsTest extends DialogOwnerTest {

    @Test
    void theConflictQuestionsThreeButtonsAndItsDetailsLinkAreReadWhole(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<Alert> shown = new AtomicReference<>();
        robot.interact(() -> {
            Alert a = new Alert(Alert.AlertType.WARNING, "onderwijsregios.json is gewijzigd sinds u het laadde.",
                    new ButtonType(Messages.t("editor.conflict.saveAs"), ButtonBar.ButtonData.YES),
                    new ButtonType(Messages.t("editor.conflict.reload"), ButtonBar.ButtonData.NO), DialogButtons.cancel());
            // A window of its own: another test's appearance listener on the shared stage must not restyle it.
            javafx.stage.Stage owner = new javafx.stage.Stage();
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
            owner.show();
            a.initOwner(owner);
            a.getDialogPane().setExpandableContent(new TextArea("Food Valley: Opleiders — Uw versie: 9 / Versie op schijf: 10"));
            DialogButtons.localise(a.getDialogPane());
            shown.set(a);
            a.show();
            a.getDialogPane().setExpanded(true);
        });
        // The window grows after the expansion has been laid out: wait for that layout too.
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            shown.get().getDialogPane().applyCss();
            shown.get().getDialogPane().layout();
        });
        ButtonBar bar = (ButtonBar) shown.get().getDialogPane().lookup(".button-bar");
        for (Node n : bar.getButtons()) {
            Labeled button = (Labeled) n;
            String whole = button.getText();
            assertEquals(whole, ((Text) button.lookup(".text")).getText(), "not cut to '...': width " + button.getWidth()
                    + ", pref " + button.prefWidth(-1) + ", min " + button.minWidth(-1) + ", pane "
                    + shown.get().getDialogPane().getWidth() + ", window " + shown.get().getWidth());
        }
        robot.interact(() -> {
            shown.get().close();
            ((javafx.stage.Stage) shown.get().getOwner()).close();
        });
    }
}
