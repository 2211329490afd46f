package nl.onderwijsregio.atlas.core.data;

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
