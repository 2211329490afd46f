package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Replaces a file so that readers, and the disk after a crash, see either the complete old or the
 * complete new content, never a mix: the content goes to a temporary file in the same folder, is forced
 * to disk, and then moved over the target in one atomic rename. The old content is kept as
 * {@code <name>.bak}. A link is followed: the file it points at is replaced, the link stays. When writing
 * fails (a full disk, a crash of the writer) the target is untouched and the temporary file is removed. A
 * target marked read-only is refused, untouched.
 */
public final class AtomicFile {

    /** Writes the new content; may fail half-way, which leaves the target as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Creates a new, empty file, as {@link Files#createFile} does. The seam where a test plays a folder that
     * refuses new files: tests run as root, for whom chmod makes no folder read-only.
     */
    @FunctionalInterface
    interface NewFile {
        Path create(Path file, FileAttribute<?>... attributes) throws IOException;
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

    /**
     * As {@link #write(Path, Content)}, with or without the backup.
     *
     * @throws FolderNotWritableException when the folder accepts no temporary file; nothing is changed then
     * @throws FileReadOnlyException when the target is marked read-only; nothing is changed then
     */
    public static void write(Path target, Content content, boolean keepBackup) throws IOException {
        write(target, content, keepBackup, Files::createFile);
    }

    static void write(Path link, Content content, boolean keepBackup, NewFile newFile) throws IOException {
        Path target = followLinks(link);
        if (Files.exists(target) && isMarkedReadOnly(target)) {
            throw new FileReadOnlyException(link.toAbsolutePath());
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Set<PosixFilePermission> permissions = permissionsFor(target);
        Path temp = createSibling(target, ".tmp", permissions, newFile);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (permissions != null && Files.exists(target)) {
                // Creation is subject to the umask; a replaced file keeps exactly the permissions it had.
                Files.setPosixFilePermissions(temp, permissions);
            }
            if (keepBackup && Files.exists(target)) {
                // A copy, not a move: the target must exist at every moment.
                Path bakTemp = createSibling(target, ".baktmp", permissions, newFile);
                try {
                    try (OutputStream out = Files.newOutputStream(bakTemp, StandardOpenOption.TRUNCATE_EXISTING)) {
                        Files.copy(target, out);
                    }
                    if (permissions != null) {
                        Files.setPosixFilePermissions(bakTemp, permissions);
                    }
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
     * Whether the file may not be written, or is marked so: without write permission for anyone, or with the
     * DOS read-only attribute. The administrator (root, for whom {@link Files#isWritable} is always true) may
     * write over such a file anyway, but whoever marked it meant it to be kept. The one test for every file
     * the atlas replaces: saves and exports alike.
     */
    public static boolean isMarkedReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> p = posix.readAttributes().permissions();
                return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                        && !p.contains(PosixFilePermission.OTHERS_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            return dos != null && dos.readAttributes().isReadOnly();
        } catch (IOException e) {
            // Unreadable attributes: the write itself will tell what is wrong.
            return false;
        }
    }

    /**
     * The file a link points at, or {@code path} itself: a data file opened through a link (to a shared drive,
     * say) must be replaced where it lies, its backup beside it, and the link left a link.
     */
    private static Path followLinks(Path path) throws IOException {
        Path real = path.toAbsolutePath();
        // As many hops as Linux follows; a loop of links points at no file anyway.
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(real); hops++) {
            real = real.resolveSibling(Files.readSymbolicLink(real));
        }
        return real;
    }

    /**
     * The saved file (and its backup) must stay as readable as the one it replaces (colleagues on a shared
     * drive), or be an ordinary new file when there was none; never the owner-only mode of a temporary
     * file. {@code null} where the file system has no POSIX permissions.
     */
    private static Set<PosixFilePermission> permissionsFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return null;
        }
        return Files.exists(target) ? Files.getPosixFilePermissions(target) : ORDINARY;
    }

    private static final Set<PosixFilePermission> ORDINARY = PosixFilePermissions.fromString("rw-r--r--");

    /** A new, empty, uniquely named hidden file beside {@code target}. */
    private static Path createSibling(Path target, String suffix, Set<PosixFilePermission> permissions,
                                      NewFile newFile) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix);
            try {
                return permissions == null ? newFile.create(candidate)
                        : newFile.create(candidate, PosixFilePermissions.asFileAttribute(permissions));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            } catch (AccessDeniedException e) {
                // The system names the hidden temporary file, which the user never chose; the folder is what to fix.
                throw new FolderNotWritableException(dir, e);
            } catch (NoSuchFileException e) {
                throw e;
            } catch (FileSystemException e) {
                // "Operation not permitted" (a folder marked immutable, some network shares) or "Read-only file
                // system": the folder refuses new files just as one without write permission does.
                throw new FolderNotWritableException(dir, e);
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Moves a complete file over {@code to} in one rename, durably: for files written elsewhere in its folder. */
    public static void moveOver(Path from, Path to) throws IOException {
        move(from, to);
        forceDirectory(to.toAbsolutePath().getParent());
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
