package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * A real folder made read-only, for tests of saving into it; restored on close so that the temp folder can
 * be cleaned up. POSIX permissions first; root (and a process with CAP_DAC_OVERRIDE) writes there anyway, so
 * then the folder is marked immutable with {@code chattr +i}, which stops root too (as CI runs). Where neither
 * stops a write (no POSIX permissions, no chattr) the constructor skips the test, and the injected
 * {@link AccessDeniedException} in {@code SafeSaveTest} is the case that always runs.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final Set<PosixFilePermission> before;
    private boolean immutable;

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
        if (stillWritable && chattr("+i", folder)) {
            readOnly.immutable = true;
            stillWritable = acceptsNewFiles(folder);
        }
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
        } catch (FileSystemException e) {
            // denied, or "Operation not permitted" in an immutable folder
            return false;
        }
    }

    /** Runs {@code chattr} on the folder (or file); false when the tool is missing or the system refuses. */
    static boolean chattr(String flag, Path folder) {
        try {
            Process p = new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        if (immutable && !chattr("-i", folder)) {
            throw new IOException("cannot make " + folder + " writable again (chattr -i)");
        }
        Files.setPosixFilePermissions(folder, before);
    }
}
