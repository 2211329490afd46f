package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialog, as the editor sees it: a refused name's reason is read whole, not cut to "er is al een …". */
class NewRegionDialogTest extends DialogOwnerTest {

    @Test
    void foodValleyTakenIsSaidWholeUnderTheNameAndTheNameStays(FxRobot robot) {
        Messages.use(Messages.DUTCH);
        AtomicReference<NewRegionDialog> shown = new AtomicReference<>();
        robot.interact(() -> {
            NewRegionDialog dialog = new NewRegionDialog("VO", name -> name.equals("Food Valley")
                    ? Optional.of("er is al een regio met de naam „Food Valley”") : Optional.empty());
            dialog.initOwner(stage);
            shown.set(dialog);
            dialog.show();
        });
        NewRegionDialog dialog = shown.get();
        robot.interact(() -> ((TextField) dialog.getDialogPane().lookup("#new-region-name")).setText("Food Valley"));
        robot.interact(() -> ((Button) dialog.getDialogPane().lookupButton(DialogButtons.ok())).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialog.isShowing(), "a taken name keeps the dialog open");
        Label problem = (Label) dialog.getDialogPane().lookup("#new-region-problem");
        assertEquals("Niet mogelijk: er is al een regio met de naam „Food Valley”", problem.getText());
        Text shownText = (Text) problem.lookup(".text");
        assertEquals(problem.getText(), shownText.getText(), "not cut with an ellipsis");
        assertEquals("Food Valley", ((TextField) dialog.getDialogPane().lookup("#new-region-name")).getText());
        robot.interact(dialog::close);
    }
}
