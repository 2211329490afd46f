package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import nl.onderwijsregio.atlas.core.data.BrokenInputs;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal of {@code mvn javafx:run}: a broken file the user opened, told to them in a dialog, is one line
 * there, not a trace that looks like a crash; the unexpected keeps its trace.
 */
class AtlasLoggingTest {

    private final Handler console = AtlasLogging.consoleHandler();

    @AfterEach
    void close() {
        console.close();
    }

    private static LogRecord cannotOpen(Throwable why) {
        LogRecord record = new LogRecord(Level.WARNING, "cannot open haakje-te-veel.json");
        record.setThrown(why);
        return record;
    }

    @Test
    void aRegionsFileWithAStrayBraceIsOneLineOnTheConsole(@TempDir Path dir) throws Exception {
        Path file = BrokenInputs.strayBraceBelowTheDocument(dir);
        DataLoadException broken = assertThrows(DataLoadException.class,
                () -> new RegionFileReader().read(file, Set.of("GM0193")));

        String told = console.getFormatter().format(cannotOpen(broken));
        assertEquals(Level.WARNING.getLocalizedName() + ": cannot open haakje-te-veel.json: " + file + ", line 54, column 1: malformed JSON: there is"
                + " more after the end of the JSON document (a second copy, or a stray bracket?)" + System.lineSeparator(),
                told);
    }

    @Test
    void anUnexpectedFailureKeepsItsTraceOnTheConsole() {
        String told = console.getFormatter().format(cannotOpen(new IllegalStateException("the loader broke")));
        assertTrue(told.contains("java.lang.IllegalStateException: the loader broke") && told.contains("\tat "), told);
    }

    @Test
    void theConsoleShowsWarningsOnly() {
        assertEquals(Level.WARNING, console.getLevel());
        assertFalse(console.isLoggable(new LogRecord(Level.INFO, "opened the bundled data")));
    }
}
