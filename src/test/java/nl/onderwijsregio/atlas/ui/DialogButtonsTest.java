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
            a.initOwner(stage);
            a.getDialogPane().setExpandableContent(new TextArea("Food Valley: Opleiders — Uw versie: 9 / Versie op schijf: 10"));
            DialogButtons.localise(a.getDialogPane());
            shown.set(a);
            a.show();
            a.getDialogPane().setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ButtonBar bar = (ButtonBar) shown.get().getDialogPane().lookup(".button-bar");
        for (Node n : bar.getButtons()) {
            Labeled button = (Labeled) n;
            String whole = button.getText();
            assertEquals(whole, ((Text) button.lookup(".text")).getText(), "not cut to '...'");
        }
        robot.interact(() -> shown.get().close());
    }
}
