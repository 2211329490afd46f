package nl.onderwijsregio.atlas.core.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.edit.AtomicFile;
import nl.onderwijsregio.atlas.core.edit.FileReadOnlyException;
import nl.onderwijsregio.atlas.core.text.Language;

/**
 * An export that was not written, told about the file the user asked for (never the hidden temporary
 * file it is written through) and why, in the user's language: the command line, the app's export and the
 * editor's saves show {@link #message(Locale)}; {@link #getMessage()} is the English for logs.
 */
public final class ExportNotWritten extends IOException {

    /** Why, each with its text {@code export.notWritten.<key>} in the export bundle. */
    public enum Reason {
        READ_ONLY("readOnly"),
        IS_FOLDER("folder"),
        NO_FOLDER("noFolder"),
        NOT_A_FOLDER("notAFolder"),
        NO_PERMISSION("noPermission"),
        DISK_FULL("diskFull"),
        OTHER("other");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Path file;
    private final Reason reason;
    /** The folder the reason is about: the missing one, the file in its way, the one without permission. */
    private final Path place;
    /** The system's own words for {@link Reason#OTHER} ("No space left on device"); else null. */
    private final String detail;

    private ExportNotWritten(Path file, Reason reason, Path place, String detail, Throwable cause) {
        super(cause);
        this.file = file;
        this.reason = reason;
        this.place = place;
        this.detail = detail;
    }

    /** A refusal found before writing, by looking at the file and its folder. */
    static ExportNotWritten refused(Path file, Reason reason, Path place) {
        return new ExportNotWritten(file, reason, place, null, null);
    }

    /**
     * Why writing {@code file} failed with {@code cause}. The cause names whatever file the system was
     * working on, often the temporary one, so the reason is read from its kind and the folder's state.
     */
    public static ExportNotWritten because(Path file, IOException cause) {
        if (cause instanceof ExportNotWritten known) {
            return known;
        }
        if (cause instanceof FileReadOnlyException) {
            return new ExportNotWritten(file, Reason.READ_ONLY, null, null, cause);
        }
        ExportNotWritten folder = folderProblem(file, cause);
        if (folder != null) {
            return folder;
        }
        if (cause instanceof AccessDeniedException) {
            return new ExportNotWritten(file, Reason.NO_PERMISSION, folderOf(file), null, cause);
        }
        if (cause instanceof NoSuchFileException) {
            // The folder was there when looked at, and gone when written to.
            return new ExportNotWritten(file, Reason.NO_FOLDER, folderOf(file), null, cause);
        }
        String why = systemReason(cause);
        if (meansDiskFull(cause)) {
            return new ExportNotWritten(file, Reason.DISK_FULL, folderOf(file), null, cause);
        }
        if (cause instanceof FileSystemException && Files.exists(file) && AtomicFile.isMarkedReadOnly(file)) {
            // The move over a file marked read-only (or immutable) was refused: "Operation not permitted".
            return new ExportNotWritten(file, Reason.READ_ONLY, null, null, cause);
        }
        return new ExportNotWritten(file, Reason.OTHER, folderOf(file), why, cause);
    }

    /** How systems word a full disk (Linux and macOS, Windows) or a used-up quota, which is one to the user. */
    private static final java.util.List<String> DISK_FULL = java.util.List.of(
            "no space left on device", "not enough space on the disk", "disk quota exceeded");

    /** Whether {@code cause} is the system saying the disk (or the user's quota) is full. */
    public static boolean meansDiskFull(IOException cause) {
        String why = systemReason(cause);
        return DISK_FULL.stream().anyMatch(why.toLowerCase(Locale.ROOT)::contains);
    }

    /**
     * What keeps {@code file}'s folder from taking it, if anything: the folder is missing, or one of its
     * ancestors is a file. Null when the folder is there, or when the system will not say (no permission to
     * look), so that the write itself tells. {@code cause} is the failure that made us look, if any.
     */
    static ExportNotWritten folderProblem(Path file, Throwable cause) {
        Path folder = folderOf(file);
        if (folder == null || Files.isDirectory(folder)) {
            return null;
        }
        // Up to the nearest thing that is there: a folder (so the ones below it are missing) or a file in
        // the way. Below a file the system cannot say whether a path exists, nor where it may not look.
        boolean unsure = false;
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return unsure ? null : new ExportNotWritten(file, Reason.NO_FOLDER, folder, null, cause);
            }
            if (Files.exists(p)) {
                return new ExportNotWritten(file, Reason.NOT_A_FOLDER, p, null, cause);
            }
            unsure |= !Files.notExists(p);
        }
        return null;
    }

    /** The system's own words for a failure, without the file name it may carry (often the temporary one). */
    private static String systemReason(IOException cause) {
        if (cause instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : cause.getClass().getSimpleName();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** The folder the file goes in, as the user would see it named; null for a file system's root. */
    static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** "…/x.png: de map …/nodir bestaat niet", in Dutch unless {@code locale} is English. */
    public String message(Locale locale) {
        Locale language = Language.of(locale);
        String pattern = Language.bundle("export", language).getString("export.notWritten." + reason.key);
        return new MessageFormat(pattern, language).format(new Object[] {file.toString(),
                place == null ? "" : place.toString(), detail == null ? "" : detail});
    }

    /** English, for logs and stack traces; users get {@link #message(Locale)}. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
