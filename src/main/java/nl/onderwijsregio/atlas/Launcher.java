package nl.onderwijsregio.atlas;

import java.util.Optional;
import nl.onderwijsregio.atlas.cli.AtlasCli;
import nl.onderwijsregio.atlas.ui.AtlasApp;

/**
 * The one entry point of the packaged app: with a CLI command as first argument it runs headless,
 * otherwise it opens the window. A plain class, not an Application, so JavaFX can start from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (runsHeadless(args)) {
            AtlasCli.main(args);
            return;
        }
        // The window takes the command line's --data too, so a data folder elsewhere opens the same way in
        // both; named explicitly, it wins over the files opened last time.
        dataFolder(args).ifPresent(dir -> System.setProperty("atlas.data.dir", dir));
        AtlasApp.main(args);
    }

    /**
     * A command, or a request for the usage: {@code --help} and {@code -h} as well as {@code help}, since whoever
     * types them at a terminal expects the usage, not a window (which fails where there is no display).
     */
    static boolean runsHeadless(String[] args) {
        return args.length > 0 && (AtlasCli.isCommand(args[0]) || AtlasCli.asksForUsage(args));
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
