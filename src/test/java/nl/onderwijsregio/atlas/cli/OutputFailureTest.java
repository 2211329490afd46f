package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.onderwijsregio.atlas.core.data.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written is an error, not a quiet exit 0: {@code export memberships > file} on a full
 * disk leaves a CSV cut short, and a script that checks the exit code must hear of it.
 */
class OutputFailureTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void dataFolder() throws Exception {
        TestData.smallDataFolder(data);
    }

    /** A disk that takes {@code room} bytes and then says it is full, as /dev/full does at once. */
    private static OutputStream fullDiskAfter(int room) {
        return new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    private static CliRun run(PrintStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        int code = new AtlasCli().run(all, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMembershipsCsvCutShortByAFullDiskExitsWithTwoAndSaysSo() {
        CliRun r = run(WatchedOutput.over(fullDiskAfter(60)), "export", "memberships");

        assertEquals(2, r.code(), r.err());
        assertEquals("Fout: de uitvoer kon niet worden geschreven: de schijf is vol; wat er wel staat, is onvolledig\n",
                r.err());
    }

    @Test
    void validateAndInfoOntoAFullDiskSayTheSameInEnglish() {
        for (String command : new String[] {"validate", "info"}) {
            CliRun r = run(WatchedOutput.over(fullDiskAfter(0)), command, "--lang", "en");

            assertEquals(2, r.code(), command + ": " + r.err());
            assertEquals("Error: could not write the output: the disk is full; what was written is incomplete\n",
                    r.err(), command);
        }
    }

    /** Output whose every write fails as the system says {@code why}. */
    private static OutputStream failingWith(String why) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(why);
            }
        };
    }

    @Test
    void anyOtherFailureIsToldInTheSystemsWords() {
        CliRun r = run(WatchedOutput.over(failingWith("Input/output error")), "export", "figures", "--lang", "en");

        assertEquals(2, r.code(), r.err());
        assertEquals("Error: could not write the output: Input/output error; what was written is incomplete\n",
                r.err());
    }

    @Test
    void aReaderThatStopsReadingAsHeadDoesEndsTheExportQuietlyAsCatWould() {
        CliRun r = run(WatchedOutput.over(failingWith("Broken pipe")), "export", "memberships");

        assertEquals(141, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void theUsageOntoAFullDiskIsAFailureLikeAnyOtherOutput() {
        CliRun r = run(WatchedOutput.over(fullDiskAfter(0)), "help", "--lang", "en");

        assertEquals(2, r.code(), r.err());
        assertEquals("Error: could not write the output: the disk is full; what was written is incomplete\n", r.err());
    }

    @Test
    void aPlainPrintStreamThatFailedIsCaughtTooThoughItKeepsNoReason() {
        CliRun r = run(new PrintStream(fullDiskAfter(0), true, StandardCharsets.UTF_8), "info", "--lang", "en");

        assertEquals(2, r.code(), r.err());
        assertEquals("Error: could not write the output: the system gives no reason; what was written is incomplete\n",
                r.err());
    }
}
