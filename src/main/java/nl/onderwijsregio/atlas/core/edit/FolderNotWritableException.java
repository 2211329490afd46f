package nl.onderwijsregio.atlas.core.edit;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The folder a file is saved in accepts no new file (read-only, or no permission to write there), so the
 * save could not even begin and the file in it is untouched. Names the folder, which is what the user
 * can change, rather than the hidden temporary file the system refused.
 */
public final class FolderNotWritableException extends AccessDeniedException {

    public FolderNotWritableException(Path folder, FileSystemException cause) {
        super(folder.toString(), null, "cannot create a file in this folder (read-only, or no permission to write)");
        initCause(cause);
    }

    public Path folder() {
        return Path.of(getFile());
    }
}
