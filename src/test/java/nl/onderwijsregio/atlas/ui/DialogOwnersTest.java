package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A dialog opens in front of the atlas's window while that shows, and on its own once it is gone. */
class DialogOwnersTest extends DialogOwnerTest {

    @Test
    void anErrorWhileTheWindowShowsBelongsToIt(FxRobot robot) {
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> alert.set(DialogOwners.ownedIfShowing(new Alert(Alert.AlertType.ERROR), stage)));
        assertSame(stage, alert.get().getOwner());
    }

    @Test
    void anErrorAfterTheWindowClosedHasNoOwner(FxRobot robot) {
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> {
            stage.hide();
            alert.set(DialogOwners.ownedIfShowing(new Alert(Alert.AlertType.ERROR), stage));
        });
        assertNull(alert.get().getOwner());
    }
}
