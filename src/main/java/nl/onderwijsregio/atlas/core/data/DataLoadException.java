package nl.onderwijsregio.atlas.core.data;

import java.nio.file.Path;

/**
 * Bad input, described for a person: which file, where in it, and what is wrong.
 * The message is complete on its own, so callers can show it as is.
 */
public class DataLoadException extends Exception {

    private final Path file;
    private final String location;
    private final String problem;

    public DataLoadException(Path file, String location, String problem) {
        this(file, location, problem, null);
    }

    public DataLoadException(Path file, String location, String problem, Throwable cause) {
        super(format(file, location, problem), cause);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    private static String format(Path file, String location, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "(no file)" : file.toString());
        if (location != null && !location.isBlank()) {
            sb.append(", ").append(location);
        }
        sb.append(": ").append(problem);
        return sb.toString();
    }

    public Path file() {
        return file;
    }

    /** Where in the file, e.g. "line 12, $.regions[3].sectors[0]" or "record 17"; may be null. */
    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
