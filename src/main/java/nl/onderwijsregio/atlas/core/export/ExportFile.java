package nl.onderwijsregio.atlas.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.onderwijsregio.atlas.core.edit.AtomicFile;

/**
 * Putting an export into the user's file: written whole or not at all ({@link AtomicFile}); never over a
 * file marked read-only; and a failure told about the user's file and why ({@link ExportNotWritten}).
 */
public final class ExportFile {

    private ExportFile() {
    }

    /**
     * Refuses a target that cannot take the export, before the work of drawing it: a folder, a missing
     * folder, and a file marked read-only. The move into place only needs the folder's permission, so
     * without this check a read-only file would be replaced without a word.
     */
    public static void check(Path file) throws ExportNotWritten {
        if (file.getFileName() == null || Files.isDirectory(file)) {
            throw ExportNotWritten.refused(file, ExportNotWritten.Reason.IS_FOLDER, null);
        }
        ExportNotWritten folder = ExportNotWritten.folderProblem(file, null);
        if (folder != null) {
            throw folder;
        }
        if (Files.exists(file) && AtomicFile.isMarkedReadOnly(file)) {
            throw ExportNotWritten.refused(file, ExportNotWritten.Reason.READ_ONLY, null);
        }
    }

    /**
     * Writes {@code bytes} as {@code file}, whole or not at all, after {@link #check}: through the atlas's one
     * atomic writer, which the data file is saved with too, without a backup (an export is made again, not
     * restored).
     */
    public static void write(byte[] bytes, Path file) throws ExportNotWritten {
        check(file);
        try {
            AtomicFile.write(file, out -> out.write(bytes), false);
        } catch (IOException e) {
            throw ExportNotWritten.because(file, e);
        }
    }
}
