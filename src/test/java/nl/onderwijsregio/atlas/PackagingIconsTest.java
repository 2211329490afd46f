package nl.onderwijsregio.atlas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The installers' icons are committed files; a broken one would only show on a Mac or in Windows. */
class PackagingIconsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void theMacIconHoldsThePngOfEverySizeItNames() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(Path.of("packaging/macos/atlas.icns")));
        assertEquals("icns", type(icns, 0));
        assertEquals(icns.capacity(), icns.getInt(4), "the header states the file length");

        Map<String, Integer> widths = new LinkedHashMap<>();
        int at = 8;
        while (at < icns.capacity()) {
            int length = icns.getInt(at + 4);
            byte[] magic = new byte[4];
            icns.get(at + 8, magic);
            assertArrayEquals(PNG, magic, type(icns, at) + " holds a PNG");
            widths.put(type(icns, at), icns.getInt(at + 8 + 16)); // IHDR width
            at += length;
        }
        assertEquals(Map.of("icp4", 16, "icp5", 32, "ic07", 128, "ic08", 256, "ic09", 512), widths);
    }

    @Test
    void theWindowsIconIsAnIcoFile() throws IOException {
        byte[] ico = Files.readAllBytes(Path.of("packaging/windows/atlas.ico"));
        assertEquals(0, ico[0]);
        assertEquals(0, ico[1]);
        assertEquals(1, ico[2], "type 1 is an icon");
    }

    private static String type(ByteBuffer b, int at) {
        byte[] t = new byte[4];
        b.get(at, t);
        return new String(t, StandardCharsets.US_ASCII);
    }
}
