package nl.onderwijsregio.atlas;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.atlas.cli.AtlasCli;
import nl.onderwijsregio.atlas.ui.AtlasApp;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;

/**
 * The one entry point of the packaged app: a line for the command line (a command, help or --version, also
 * after the common options, or a mistyped command, which it refuses) runs headless, anything else opens the
 * window. A plain class, not an Application, so JavaFX can start from the class path.
 */
public final class Launcher {

    /** Exit code of a start that cannot open its window: the command line's "bad input or usage". */
    static final int NO_DISPLAY = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<String[]> command = AtlasCli.commandLine(args);
        if (command.isPresent()) {
            AtlasCli.main(command.get());
            return;
        }
        // A platform named outright (Monocle's headless one) needs no display of the system's.
        if (System.getProperty("glass.platform") == null
                && !hasDisplay(System.getProperty("os.name"), System.getenv())) {
            exitWithoutDisplay(args);
        }
        // The window takes the command line's --data too, so a data folder elsewhere opens the same way in
        // both; named explicitly, it wins over the files opened last time.
        dataFolder(args).ifPresent(dir -> System.setProperty("atlas.data.dir", dir));
        try {
            AtlasApp.main(args);
        } catch (UnsupportedOperationException e) {
            // GTK's "Unable to open DISPLAY": DISPLAY is set but leads nowhere (an ssh session's stale forward).
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                exitWithoutDisplay(args);
            }
            throw e;
        }
    }

    /**
     * Whether the commands run: a command (or a word in its place that names none), help or the version, first or
     * after the options every command takes.
     */
    static boolean runsHeadless(String[] args) {
        return AtlasCli.commandLine(args).isPresent();
    }

    /**
     * Whether a window can be shown at all: Windows and macOS always have a screen for a desktop program;
     * elsewhere JavaFX opens its window on X11 (on Wayland through XWayland), so without {@code DISPLAY}
     * it cannot.
     */
    static boolean hasDisplay(String osName, Map<String, String> environment) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String display = environment.get("DISPLAY");
        return display != null && !display.isBlank();
    }

    /** Says so in one line in the user's language rather than with JavaFX's stack trace, and stops. */
    private static void exitWithoutDisplay(String[] args) {
        System.err.println(AtlasCli.noDisplay(args, AtlasPreferences.forUser().language()));
        System.exit(NO_DISPLAY);
    }

    /** The folder named by {@code --data DIR} or {@code --data=DIR}, the last one if named twice. */
    static Optional<String> dataFolder(String[] args) {
        String dir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                dir = args[++i];
            } else if (args[i].startsWith("--data=")) {
                dir = args[i].substring("--data=".length());
            }
        }
        return Optional.ofNullable(dir).filter(d -> !d.isBlank());
    }
}
