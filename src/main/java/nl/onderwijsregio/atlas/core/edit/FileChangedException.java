package nl.onderwijsregio.atlas.core.edit;

import java.nio.file.Path;

/**
 * The data file changed on disk since it was loaded, by someone else: saving over it would lose their work. Or it
 * is no longer there at all ({@link #gone()}): then there is no other version, only the question where to save.
 */
public class FileChangedException extends Exception {

    private final Path file;
    private final boolean gone;

    public FileChangedException(Path file) {
        this(file, false);
    }

    public FileChangedException(Path file, boolean gone) {
        super(file + (gone ? " was deleted or moved away since it was loaded; it was not written again"
                : " was changed by someone else since it was loaded; it was not overwritten"));
        this.file = file;
        this.gone = gone;
    }

    public Path file() {
        return file;
    }

    /** Whether the file is no longer there (deleted, moved or renamed), rather than holding another version. */
    public boolean gone() {
        return gone;
    }
}
