package nl.onderwijsregio.atlas.ui.prefs;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The error dialogs on screen, in the order they opened; read and closed on the FX thread. */
final class ErrorDialogs {

    private ErrorDialogs() {
    }

    static List<DialogPane> shown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && "error-dialog".equals(p.getId()))
                .map(w -> (DialogPane) w.getScene().getRoot())
                .toList()).get(5, TimeUnit.SECONDS);
    }

    /** A test's dialogs must not be left for the next test to find. */
    static void closeAll(FxRobot robot) throws Exception {
        List<DialogPane> open = shown();
        robot.interact(() -> open.forEach(p -> p.getScene().getWindow().hide()));
    }
}
