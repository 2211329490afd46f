package nl.onderwijsregio.atlas.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output or error as the command line writes them. A {@link PrintStream} swallows a failed write
 * and keeps only that one failed ({@link #checkError()}); this one also keeps the first failure itself, so
 * that a command whose output was cut short (a full disk, a closed pipe) can say why.
 */
final class WatchedOutput extends PrintStream {

    private final Watch watch;

    private WatchedOutput(Watch watch) {
        super(watch, true, StandardCharsets.UTF_8);
        this.watch = watch;
    }

    static WatchedOutput over(OutputStream target) {
        return new WatchedOutput(new Watch(target));
    }

    /** Why a write failed, when one did; the first failure, as later ones follow from it. */
    Optional<IOException> failure() {
        flush();
        return Optional.ofNullable(watch.failure);
    }

    /** Passes everything on, remembering the first failure before the print stream swallows it. */
    private static final class Watch extends FilterOutputStream {

        private IOException failure;

        Watch(OutputStream target) {
            super(target);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        private IOException remembered(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
