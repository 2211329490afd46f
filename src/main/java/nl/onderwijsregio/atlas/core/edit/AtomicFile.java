package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that readers, and the disk after a crash, see either the complete old or the
 * complete new content, never a mix: the content goes to a temporary file in the same folder, is forced
 * to disk, and then moved over the target in one atomic rename. The old content is kept as
 * {@code <name>.bak}. When writing fails (a full disk, a crash of the writer) the target is untouched and
 * the temporary file is removed.
 */
public final class AtomicFile {

    /** Writes the new content; may fail half-way, which leaves the target as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /** Writes {@code content} to {@code target}, keeping the previous version as a backup. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    public static void write(Path target, Content content, boolean keepBackup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temp);
            if (keepBackup && Files.exists(target)) {
                // A copy, not a move: the target must exist at every moment.
                Path bakTemp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".baktmp");
                try {
                    Files.copy(target, bakTemp, StandardCopyOption.REPLACE_EXISTING);
                    move(bakTemp, backupOf(target));
                } finally {
                    Files.deleteIfExists(bakTemp);
                }
            }
            move(temp, target);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A temporary file is private to its owner; the saved file must stay as readable as the one it replaces
     * (colleagues on a shared drive), or as an ordinary new file when there was none.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform lets a folder be opened, which is harmless. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; the rename is still atomic there.
        }
    }
}
