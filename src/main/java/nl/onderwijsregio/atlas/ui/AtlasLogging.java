package nl.onderwijsregio.atlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import nl.onderwijsregio.atlas.core.data.DataLoadException;

/**
 * Where the desktop app logs: a rotating file in the user's application-data folder (five files of
 * at most 1 MB), warnings only on the console, a data error the app handled there in one line
 * ({@link ConsoleFormatter}). Quiet by default: our own classes log at INFO, the
 * libraries only their warnings, and the known harmless chatter of Gluon Maps and JavaFX not at all.
 *
 * <p>{@code -Datlas.log.level=FINE} makes our own classes talk more. When the JVM is started with
 * {@code -Djava.util.logging.config.file} (as the tests are) that file wins and nothing is changed here.
 */
public final class AtlasLogging {

    public static final String APP_FOLDER = "onderwijsregio-atlas";
    private static final String OUR_PACKAGE = "nl.onderwijsregio.atlas";
    private static final int FILE_LIMIT = 1_000_000;
    private static final int FILE_COUNT = 5;

    /** Held so the loggers we configure are not collected (and their levels lost) before first use. */
    private static final Logger[] CONFIGURED = new Logger[4];

    private AtlasLogging() {
    }

    /** Sets up logging for a desktop run. Returns the log folder, or null when a config file rules. */
    public static Path configure() {
        // Gluon's platform check warns on every start when this is not set; on a desktop it is "desktop".
        if (System.getProperty("javafx.platform") == null) {
            System.setProperty("javafx.platform", "desktop");
        }
        if (System.getProperty("java.util.logging.config.file") != null) {
            return null;
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.addHandler(consoleHandler());

        Path folder = logFolder();
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("atlas-%g.log").toString(), FILE_LIMIT, FILE_COUNT, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.ALL);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No log file is no reason not to start; say so on the console once.
            root.log(Level.WARNING, "cannot write the log file in " + folder + ": " + e.getMessage());
        }

        CONFIGURED[0] = Logger.getLogger(OUR_PACKAGE);
        CONFIGURED[0].setLevel(ourLevel());
        // Gluon Maps logs a line for each tile it cannot fetch or cache; offline that is every tile.
        CONFIGURED[1] = Logger.getLogger("com.gluonhq");
        CONFIGURED[1].setLevel(Level.OFF);
        // JavaFX's "Unsupported JavaFX configuration" when started from the class path (mvn javafx:run).
        CONFIGURED[2] = Logger.getLogger("javafx");
        CONFIGURED[2].setLevel(Level.SEVERE);
        CONFIGURED[3] = Logger.getLogger("org.h2gis");
        CONFIGURED[3].setLevel(Level.SEVERE);
        return folder;
    }

    /** The console's handler: warnings, in {@link ConsoleFormatter}'s lines. */
    static Handler consoleHandler() {
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new ConsoleFormatter());
        return console;
    }

    /**
     * The console's lines. A broken file the user opened is told to them in a dialog; a trace of it on the terminal
     * (of {@code mvn javafx:run}) looks like a crash, so a {@link DataLoadException} gets one line there, and its
     * trace only in the log file. Everything else, the unexpected above all, as {@link SimpleFormatter} has it.
     */
    static final class ConsoleFormatter extends SimpleFormatter {
        @Override
        public String format(LogRecord record) {
            if (record.getThrown() instanceof DataLoadException handled) {
                return String.format("%s: %s: %s%n", record.getLevel().getLocalizedName(), formatMessage(record),
                        handled.getMessage());
            }
            return super.format(record);
        }
    }

    private static Level ourLevel() {
        String configured = System.getProperty("atlas.log.level");
        if (configured == null || configured.isBlank()) {
            return Level.INFO;
        }
        try {
            return Level.parse(configured.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }

    /** The per-user folder for logs, by the operating system's convention. */
    public static Path logFolder() {
        return appDataFolder().resolve("logs");
    }

    /** The per-user application-data folder: %LOCALAPPDATA%, ~/Library/Application Support, or XDG. */
    public static Path appDataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Onderwijsregio Atlas");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Onderwijsregio Atlas");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve(APP_FOLDER);
    }

    /** Flushes the file handler, e.g. before the details of an error are shown. */
    public static void flush() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
    }
}
