package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * A real folder made read-only with POSIX permissions, for tests of saving into it; restored on close so
 * that the temp folder can be cleaned up. Root (and a process with CAP_DAC_OVERRIDE) writes there anyway, as
 * do file systems without POSIX permissions: the constructor then skips the test, and the injected
 * {@link AccessDeniedException} in {@code SafeSaveTest} is the case that always runs.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final Set<PosixFilePermission> before;

    private ReadOnlyFolder(Path folder, Set<PosixFilePermission> before) {
        this.folder = folder;
        this.before = before;
    }

    /** Makes {@code folder} read-only, or skips the calling test where that would not stop a write. */
    public static ReadOnlyFolder make(Path folder) throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class),
                "no POSIX permissions on this file system");
        ReadOnlyFolder readOnly = new ReadOnlyFolder(folder, Files.getPosixFilePermissions(folder));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean stillWritable = acceptsNewFiles(folder);
        if (stillWritable) {
            readOnly.close();
        }
        Assumptions.assumeFalse(stillWritable,
                "permissions do not stop this user writing (root?): " + folder + " still accepts new files");
        return readOnly;
    }

    /** Tries it: what the permissions say is not what root gets. */
    private static boolean acceptsNewFiles(Path folder) throws IOException {
        try {
            Files.delete(Files.createFile(folder.resolve(".probe-writable")));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        Files.setPosixFilePermissions(folder, before);
    }
}
