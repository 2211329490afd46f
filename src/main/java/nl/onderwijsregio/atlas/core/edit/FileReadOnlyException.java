package nl.onderwijsregio.atlas.core.edit;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * The file to be replaced is marked read-only, so it was left as it is and nothing was written. Refused
 * before writing because the rename that puts a new version in place only asks the folder's permission:
 * without this refusal a file somebody marked to be kept would be replaced without a word.
 */
public final class FileReadOnlyException extends AccessDeniedException {

    public FileReadOnlyException(Path file) {
        super(file.toString(), null, "the file is marked read-only and was left as it is");
    }

    public Path file() {
        return Path.of(getFile());
    }
}
