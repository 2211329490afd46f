package nl.onderwijsregio.atlas.ui.prefs;

import java.nio.file.Path;
import java.util.Optional;
import nl.onderwijsregio.atlas.core.data.DataFolder;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The data folder named at start ({@code --data DIR}, which the launcher passes on as {@code atlas.data.dir}),
 * looked at before anything is read from it ({@link DataFolder}, as the command line does). A folder that cannot
 * be a data folder is told about as a folder, and set aside, so that the start, and File › bundled data later,
 * show the bundled data; so is one that passes the look but fails to load.
 */
final class NamedDataFolder {

    static final String PROPERTY = "atlas.data.dir";

    private NamedDataFolder() {
    }

    /** Why {@code dir} cannot be a data folder, in the atlas language; empty when it can. */
    static Optional<String> problem(Path dir) {
        return DataFolder.problem(dir).map(e -> e.message(Messages.current().locale()));
    }

    /** The folder named at start and not set aside; empty when none was named. */
    static Optional<Path> named() {
        String named = System.getProperty(PROPERTY);
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(Path.of(named));
    }

    /**
     * Sets the folder named at start aside when it cannot be a data folder, and says why; empty when it can, or
     * when none was named.
     */
    static Optional<DataLoadException> setAsideIfUnusable() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        Optional<DataLoadException> why = DataFolder.problem(named);
        why.ifPresent(w -> setAside());
        return why;
    }

    /** From now on the bundled data is the data folder. */
    static void setAside() {
        System.clearProperty(PROPERTY);
    }
}
