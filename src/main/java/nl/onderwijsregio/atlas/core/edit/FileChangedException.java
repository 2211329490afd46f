package nl.onderwijsregio.atlas.core.edit;

import java.nio.file.Path;

/** The data file changed on disk since it was loaded, by someone else: saving over it would lose their work. */
public class FileChangedException extends Exception {

    private final Path file;

    public FileChangedException(Path file) {
        super(file + " was changed by someone else since it was loaded; it was not overwritten");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
