package nl.onderwijsregio.atlas.ui.export;

import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DaemonThreads;
import nl.onderwijsregio.atlas.ui.ErrorDialog;

/**
 * How every export writes: on a background thread, so the window stays responsive; the status bar tells when it is
 * done, and a failure is shown in the export's own words, not lost with the thread.
 */
public final class ExportTask {

    private ExportTask() {
    }

    /**
     * Starts {@code task} on a daemon thread (a half-written export must not keep the atlas from closing) and
     * returns it.
     *
     * @param done the status bar's text for what the task answered
     */
    public static <T> Task<T> start(Window owner, AtlasState state, Task<T> task, Function<T, String> done) {
        task.setOnSucceeded(e -> state.statusProperty().set(done.apply(task.getValue())));
        task.setOnFailed(e -> ErrorDialog.showExportFailed(owner, task.getException(), state.statusProperty()));
        DaemonThreads.start(task, "atlas-export");
        return task;
    }
}
