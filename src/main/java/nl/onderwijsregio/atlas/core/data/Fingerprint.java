package nl.onderwijsregio.atlas.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes: what tells whether a file on disk is still the version that was read, without
 * reading it as data again (a 45 MB regions file takes seconds to parse, and a hash a fraction of that).
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The fingerprint of the file as it is now, or null when there is no such file. */
    public static String ofFile(Path file) throws IOException {
        try {
            return of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
