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
 * "Súdwest-Fryslân" into bytes that are no UTF-8) is refused at the line and column where it stops being
 * UTF-8, rather than with the decoder's "Input length = 1"; a file saved as UTF-16 or UTF-32 (Notepad's and
 * Excel's "Unicode") is refused as such, for its first bytes are valid UTF-8 or wrong at byte 0, neither of
 * which tells the user what to do.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * @param problem what to tell when it is no UTF-8, e.g. {@code DataText.NOT_UTF8.with()}
     */
    public static String decode(Path file, byte[] bytes, DataPhrase problem) throws DataLoadException {
        String wideUnicode = wideUnicode(bytes);
        if (wideUnicode != null) {
            throw new DataLoadException(file, null, DataText.NOT_UTF8_BUT.with(wideUnicode));
        }
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
            throw new DataLoadException(file, placeOf(out.flip()), problem);
        }
        return out.flip().toString();
    }

    /**
     * Line and column of the character after {@code decoded}, as a text editor counts them: a byte offset
     * into the whole file points nowhere a person can find.
     */
    private static DataPhrase placeOf(CharSequence decoded) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String onLine = decoded.subSequence(lineStart, decoded.length()).toString();
        return DataText.AT_LINE_COLUMN.with(line, onLine.codePointCount(0, onLine.length()) + 1);
    }

    /**
     * "UTF-16" or "UTF-32" when the bytes start with that encoding's byte-order mark or, without one, with its
     * pattern of zero bytes around a first character from ASCII (as every JSON and CSV file starts); else null.
     */
    static String wideUnicode(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE, 0, 0) || startsWith(b, 0, 0, 0xFE, 0xFF)) {
            return "UTF-32";
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            return "UTF-16";
        }
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0)
                || (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && (b[0] == 0) != (b[1] == 0)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
