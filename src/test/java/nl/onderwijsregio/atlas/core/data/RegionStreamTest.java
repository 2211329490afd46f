package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regions file that comes through a pipe or standard input has no size to look at before reading: it is read
 * up to the limit, and a stream that does not end is refused there rather than read for ever.
 */
class RegionStreamTest {

    @Test
    void aStreamIsReadWhole() throws Exception {
        byte[] json = "{ \"schemaVersion\": 1, \"regions\": [] }".getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(json, JsonTree.readStream(Path.of("standard input"), new ByteArrayInputStream(json)));
    }

    @Test
    void aStreamThatGoesOnPastTheLimitIsRefusedThere() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };

        DataLoadException e = assertThrows(DataLoadException.class,
                () -> JsonTree.readStream(Path.of("standard input"), endless));

        assertEquals("standard input: more than 50 MB came in; region files larger than 50 MB are refused",
                e.message(Locale.ENGLISH));
    }

    @Test
    void onlyAFileThatIsNotThereIsToldAsNotFound(@TempDir Path folder) {
        Path gone = folder.resolve("regio-zwolle.json");

        DataLoadException e = assertThrows(DataLoadException.class, () -> JsonTree.readBytes(gone));

        assertEquals(gone + ": bestand niet gevonden", e.message(Locale.forLanguageTag("nl")));
        assertEquals(false, Files.exists(gone));
    }
}
