package nl.onderwijsregio.atlas.ui;

import java.util.concurrent.ThreadFactory;

/**
 * The atlas's background threads are daemons: a read, an export or a drawing still under way must never keep the
 * atlas from closing when its window does.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Runs {@code work} (a {@link javafx.concurrent.Task}, usually) on a thread of its own. */
    public static void start(Runnable work, String name) {
        factory(name).newThread(work).start();
    }

    /** Threads named {@code name} for an executor. */
    public static ThreadFactory factory(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * As {@link #factory(String)}, at {@code priority}: for work that should give way to what the user is
     * waiting for.
     */
    public static ThreadFactory factory(String name, int priority) {
        ThreadFactory plain = factory(name);
        return r -> {
            Thread t = plain.newThread(r);
            t.setPriority(priority);
            return t;
        };
    }
}
