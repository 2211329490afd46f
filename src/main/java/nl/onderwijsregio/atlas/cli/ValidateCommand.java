package nl.onderwijsregio.atlas.cli;

import java.io.PrintStream;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.model.Atlas;

/** {@code validate [file]}: loads everything and reports what is wrong. */
final class ValidateCommand implements AtlasCli.Command {

    @Override
    public String usage() {
        return "validate [file] [--lang en] loads everything, prints findings; exit 1 on errors";
    }

    @Override
    public int run(AtlasCli.Options options, PrintStream out, PrintStream err) throws DataLoadException {
        Atlas atlas = AtlasCli.load(options, options.positional(0));
        out.println("Loaded " + atlas.municipalities().size() + " municipalities and " + atlas.regions().size()
                + " regions without load errors.");
        return 0;
    }
}
