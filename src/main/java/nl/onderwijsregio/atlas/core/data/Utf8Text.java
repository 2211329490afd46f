package nl.onderwijsregio.atlas.core.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The text of a file that must be UTF-8. A file saved in another encoding (Excel's Windows-1252 turns
 * "Súdwest-Fryslân" into bytes that are no UTF-8) is refused at the line and byte where it stops being
 * UTF-8, rather than with the decoder's "Input length = 1".
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * @param problem what to tell when it is no UTF-8, e.g. {@code DataText.NOT_UTF8.with()}
     */
    public static String decode(Path file, byte[] bytes, DataPhrase problem) throws DataLoadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never has fewer bytes than chars, so this buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new DataLoadException(file, DataText.AT_LINE_BYTE.with(line, bad), problem);
        }
        return out.flip().toString();
    }
}
