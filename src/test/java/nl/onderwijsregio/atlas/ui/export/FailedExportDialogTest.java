package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog a failed export shows, in the atlas with its look: whole, not cut off at the right. */
class FailedExportDialogTest extends InTheRunningAtlas {

    @Test
    void exportingOverAReadOnlyVoMapShowsTheErrorWithItsButtonsWhole() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.window().mapLayer().viewport() != null);
        Path file = Path.of("/tmp/dia's/onderwijsregios-vo.png");
        Platform.runLater(() -> ErrorDialog.showExportFailed(RunningAtlas.stage(),
                ExportNotWritten.because(file, new AccessDeniedException(file.toString())), new SimpleStringProperty()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> errorWindow() != null);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> widths = new AtomicReference<>();
        AtomicReference<Boolean> whole = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = errorWindow();
            DialogPane pane = (DialogPane) window.getScene().getRoot();
            widths.set("window " + window.getScene().getWidth() + " px, pane at least " + pane.minWidth(-1) + " px");
            whole.set(window.getScene().getWidth() >= pane.minWidth(-1));
            window.hide();
        }).get();
        assertTrue(whole.get(), "Sluiten and the end of each line in view: " + widths.get());
    }

    private static Window errorWindow() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && "error-dialog".equals(p.getId()))
                .findFirst().orElse(null);
    }
}
