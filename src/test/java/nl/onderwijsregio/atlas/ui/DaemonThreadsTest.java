package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work started in the background never keeps the atlas from closing, and names its thread for a thread dump. */
class DaemonThreadsTest {

    @Test
    void aReadStartedInTheBackgroundRunsOnANamedDaemonThread() throws Exception {
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        DaemonThreads.start(() -> ranOn.complete(Thread.currentThread()), "atlas-loader");
        Thread t = ranOn.get(10, TimeUnit.SECONDS);
        assertEquals("atlas-loader", t.getName());
        assertTrue(t.isDaemon());
    }

    @Test
    void theTileRenderersThreadsAreDaemonsThatGiveWay() {
        Thread t = DaemonThreads.factory("basemap-tiles", Thread.MIN_PRIORITY + 1).newThread(() -> { });
        assertEquals("basemap-tiles", t.getName());
        assertTrue(t.isDaemon());
        assertEquals(Thread.MIN_PRIORITY + 1, t.getPriority());
    }
}
