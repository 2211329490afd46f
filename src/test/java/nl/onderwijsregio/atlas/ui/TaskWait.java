package nl.onderwijsregio.atlas.ui;

import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.testfx.util.WaitForAsyncUtils;

/** For tests of work the atlas does in the background: waiting until it is over, its handlers included. */
public final class TaskWait {

    /** Only a guard against a test that would wait for ever: the slowest task waited for (a slide deck) takes seconds. */
    private static final long GIVE_UP_SECONDS = 120;

    private TaskWait() {
    }

    /**
     * Waits until {@code task} has succeeded, failed or been cancelled, and its handlers (which tell the status line,
     * or show the error) have run on the FX thread; returns how it ended. Its state is read on the FX thread, as
     * {@link Task} requires.
     */
    public static Worker.State untilDone(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS, () -> ended(state(task)));
        WaitForAsyncUtils.waitForFxEvents();
        return state(task);
    }

    private static Worker.State state(Task<?> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task::getState).get();
    }

    private static boolean ended(Worker.State s) {
        return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
    }
}
