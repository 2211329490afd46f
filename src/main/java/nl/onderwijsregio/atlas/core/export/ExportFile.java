package nl.onderwijsregio.atlas.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
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
        if (Files.exists(file) && readOnly(file)) {
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

    /**
     * Whether the file may not be written, or is marked so: without write permission for anyone. The
     * administrator (root) may write over such a file anyway, but whoever marked it meant it to be kept.
     */
    static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> p = posix.readAttributes().permissions();
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            // Unreadable attributes: the write itself will tell what is wrong.
            return false;
        }
    }
}
