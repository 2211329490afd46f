package nl.onderwijsregio.atlas;

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
        if (args.length > 0 && (AtlasCli.isCommand(args[0]) || args[0].equals("help"))) {
            AtlasCli.main(args);
            return;
        }
        AtlasApp.main(args);
    }
}
