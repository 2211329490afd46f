package nl.onderwijsregio.atlas;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Programs from outside Java that some tests use as independent readers of our files, found on the PATH. */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** The executable {@code name} on the PATH, if installed. */
    public static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }
}
