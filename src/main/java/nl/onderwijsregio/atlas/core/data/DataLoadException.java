package nl.onderwijsregio.atlas.core.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Bad input, described for a person: which file, where in it, and what is wrong. Place and problem are
 * {@link DataPhrase}s, so the user reads them in their language ({@link #message(Locale)}) while logs and
 * stack traces keep English ({@link #getMessage()}).
 */
public class DataLoadException extends Exception {

    private final Path file;
    private final DataPhrase location;
    private final DataPhrase problem;

    /** @param location where in the file, e.g. {@code DataText.AT_RECORD.with(17)}; null when the file as a whole is wrong */
    public DataLoadException(Path file, DataPhrase location, DataPhrase problem) {
        this(file, location, problem, null);
    }

    public DataLoadException(Path file, DataPhrase location, DataPhrase problem, Throwable cause) {
        super(cause);
        this.file = file;
        this.location = location;
        this.problem = Objects.requireNonNull(problem, "a load problem needs a problem");
    }

    /**
     * {@code file} could not be read, told by what the system means rather than by its message, which for a
     * file without read permission is only the path again ("lezen mislukt: noread.json").
     */
    public static DataLoadException unreadable(Path file, IOException cause) {
        DataPhrase problem;
        if (cause instanceof AccessDeniedException) {
            problem = DataText.NO_READ_PERMISSION.with();
        } else if (cause instanceof NoSuchFileException) {
            // Gone between being looked for and being read.
            problem = DataText.FILE_NOT_FOUND.with();
        } else if (cause instanceof FileSystemException fs) {
            // Its message is the path, and the reason only when the system gave one.
            problem = DataText.CANNOT_READ.with(fs.getReason() != null ? fs.getReason()
                    : cause.getClass().getSimpleName());
        } else {
            problem = DataText.CANNOT_READ.with(cause.getMessage() != null ? cause.getMessage()
                    : cause.getClass().getSimpleName());
        }
        return new DataLoadException(file, null, problem, cause);
    }

    /** "file, place: problem" in the language of {@code locale} (Dutch unless it is English). */
    public String message(Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? DataText.NO_FILE.with().in(locale) : file.toString());
        if (location != null) {
            sb.append(", ").append(location.in(locale));
        }
        sb.append(": ").append(problem.in(locale));
        return sb.toString();
    }

    /** English, for logs and stack traces; users get {@link #message(Locale)}. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    public Path file() {
        return file;
    }

    /** Where in the file in English, e.g. "line 12, $.regions[3].sectors[0]" or "record 17"; may be null. */
    public String location() {
        return location == null ? null : location.in(Locale.ENGLISH);
    }

    /** What is wrong, in English. */
    public String problem() {
        return problem.in(Locale.ENGLISH);
    }

    /** Where in the file, untranslated; may be null. */
    public DataPhrase locationPhrase() {
        return location;
    }

    /** What is wrong, untranslated. */
    public DataPhrase problemPhrase() {
        return problem;
    }
}
