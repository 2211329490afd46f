package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The encoding to read a {@code .dbf}'s texts in. The {@code .cpg} names it, and without one dBase means Latin-1;
 * but QGIS and ogr2ogr write UTF-8 whatever the {@code .cpg} says, and a file copied without its {@code .cpg}
 * loses the word. Read in a single-byte code page, UTF-8 names come out garbled ("SÃºdwest-FryslÃ¢n") and every
 * check on names and every export after it carries the garbling. So when the stated encoding is a single-byte
 * one, every text in the file that is not plain ASCII is tried as UTF-8: if each one decodes cleanly (which
 * Latin-1 accents next to plain letters never do) they are UTF-8, read as such, and said so in a notice.
 * The other way round, a {@code .cpg} saying UTF-8 over names that are no UTF-8 (a file saved from Excel or an
 * old dBase tool beside a copied {@code .cpg}) would turn every accent into a replacement mark: such names are
 * read as Windows-1252, the code page Dutch Windows writes, and said so too.
 */
final class DbfEncoding {

    /** The encoding to read with, and what the user must hear about it (null when the file said it rightly). */
    record Choice(Charset charset, DataPhrase notice) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private DbfEncoding() {
    }

    static Choice of(Path shp, Path dbf) throws DataLoadException {
        Path cpg = ShapefileReader.sibling(shp, ".cpg");
        String stated = Files.isRegularFile(cpg) ? stated(cpg) : null;
        Charset declared = stated == null ? StandardCharsets.ISO_8859_1 : charset(cpg, stated);
        if (declared.equals(StandardCharsets.UTF_8)) {
            String notUtf8 = notUtf8Example(texts(dbf));
            return notUtf8 == null ? new Choice(declared, null)
                    : new Choice(WINDOWS_1252, DBF_1252_DESPITE_CPG.with(dbf.getFileName(), cpg.getFileName(), notUtf8));
        }
        if (declared.newEncoder().maxBytesPerChar() > 1) {
            return new Choice(declared, null);
        }
        String example = utf8Example(texts(dbf));
        if (example == null) {
            return new Choice(declared, null);
        }
        DataPhrase notice = stated == null
                ? DBF_UTF8_WITHOUT_CPG.with(dbf.getFileName(), cpg.getFileName(), example)
                : DBF_UTF8_DESPITE_CPG.with(dbf.getFileName(), cpg.getFileName(), stated, example);
        return new Choice(StandardCharsets.UTF_8, notice);
    }

    private static String stated(Path cpg) throws DataLoadException {
        try {
            return Files.readString(cpg, StandardCharsets.ISO_8859_1).strip();
        } catch (IOException e) {
            throw DataLoadException.unreadable(cpg, e);
        }
    }

    private static Charset charset(Path cpg, String stated) throws DataLoadException {
        // ArcGIS writes a bare code page number: 1252 is Windows-1252.
        String name = stated.matches("\\d{3,5}") ? "windows-" + stated : stated;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new DataLoadException(cpg, null, SHP_UNKNOWN_ENCODING.with(e.getMessage()), e);
        }
    }

    /**
     * The texts with more than ASCII, when every one of them is UTF-8: the one with the most accented letters,
     * where the garbling shows most (the first of equals). Null when there is none, or one is no UTF-8.
     */
    static String utf8Example(List<byte[]> texts) {
        String example = null;
        int mostAccents = 0;
        for (byte[] text : texts) {
            int bytesAbove = 0;
            for (byte b : text) {
                bytesAbove += b < 0 ? 1 : 0;
            }
            if (bytesAbove == 0) {
                continue;
            }
            String decoded = strictUtf8(text);
            if (decoded == null) {
                return null;
            }
            int accents = (int) decoded.codePoints().filter(c -> c > 0x7F).count();
            if (accents > mostAccents) {
                mostAccents = accents;
                example = decoded.strip();
            }
        }
        return example;
    }

    /** The first text that is no UTF-8, as Windows-1252 reads it; null when every text is UTF-8. */
    static String notUtf8Example(List<byte[]> texts) {
        for (byte[] text : texts) {
            if (strictUtf8(text) == null) {
                return new String(text, WINDOWS_1252).strip();
            }
        }
        return null;
    }

    /** The text as UTF-8, or null when it is no UTF-8. */
    private static String strictUtf8(byte[] text) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** The raw bytes of every character field of every record, without the padding. */
    private static List<byte[]> texts(Path dbf) throws DataLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dbf);
        } catch (IOException e) {
            throw DataLoadException.unreadable(dbf, e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int records = in.getInt(4);
        int headerLength = Short.toUnsignedInt(in.getShort(8));
        int recordLength = Short.toUnsignedInt(in.getShort(10));
        // Field descriptors of 32 bytes each follow the header, up to the 0x0D that ends them.
        List<int[]> characterFields = new ArrayList<>();
        int offset = 1; // each record starts with its deletion flag
        for (int at = 32; at + 32 <= Math.min(headerLength, bytes.length) && bytes[at] != 0x0D; at += 32) {
            int length = Byte.toUnsignedInt(bytes[at + 16]);
            if (bytes[at + 11] == 'C') {
                characterFields.add(new int[] {offset, length});
            }
            offset += length;
        }
        List<byte[]> texts = new ArrayList<>();
        for (int r = 0; r < records; r++) {
            int start = headerLength + r * recordLength;
            for (int[] field : characterFields) {
                int from = start + field[0];
                int to = Math.min(from + field[1], bytes.length);
                while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == 0)) {
                    to--;
                }
                if (from < to) {
                    byte[] text = new byte[to - from];
                    System.arraycopy(bytes, from, text, 0, text.length);
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
