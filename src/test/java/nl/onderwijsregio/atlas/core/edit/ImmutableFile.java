package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A real file marked immutable ({@code chattr +i}), which not even root may replace: as a regions file on a share
 * an administrator protected. Made changeable again on close, so the temp folder can be cleaned up; where the
 * system has no such mark the calling test is skipped.
 */
public final class ImmutableFile implements AutoCloseable {

    private final Path file;

    private ImmutableFile(Path file) {
        this.file = file;
    }

    public static ImmutableFile make(Path file) {
        Assumptions.assumeTrue(ReadOnlyFolder.chattr("+i", file), "chattr +i is not available for " + file);
        return new ImmutableFile(file);
    }

    @Override
    public void close() throws IOException {
        if (!ReadOnlyFolder.chattr("-i", file)) {
            throw new IOException("cannot make " + file + " changeable again (chattr -i)");
        }
    }
}
