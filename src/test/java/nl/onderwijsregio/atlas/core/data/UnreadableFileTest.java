package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be read says why in words, not by the system's message, which for a file without read
 * permission is only its path again ("noread.json: lezen mislukt: noread.json").
 */
class UnreadableFileTest {

    private static String told(Path file, IOException cause, Locale locale) {
        return DataLoadException.unreadable(file, cause).message(locale);
    }

    @Test
    void aFileWithoutReadPermissionSaysSoInBothLanguages() {
        Path file = Path.of("regio-zwolle.json");
        AccessDeniedException denied = new AccessDeniedException(file.toString());

        assertEquals("regio-zwolle.json: geen leesrechten voor dit bestand",
                told(file, denied, Locale.forLanguageTag("nl")));
        assertEquals("regio-zwolle.json: no permission to read this file", told(file, denied, Locale.ENGLISH));
    }

    @Test
    void aFileGoneBeforeItWasReadIsNotFoundAndAnyOtherFailureGivesTheSystemsReasonNotThePath() {
        Path dbf = Path.of("geo/gemeenten_2024.dbf");

        assertEquals("geo/gemeenten_2024.dbf: file not found",
                told(dbf, new NoSuchFileException(dbf.toString()), Locale.ENGLISH));
        assertEquals("geo/gemeenten_2024.dbf: cannot read: Input/output error",
                told(dbf, new FileSystemException(dbf.toString(), null, "Input/output error"), Locale.ENGLISH));
    }

    @Test
    void theRegionsFileMadeUnreadableIsToldSoWhereTheSystemHoldsToIt(@TempDir Path folder) throws Exception {
        Path regions = Files.writeString(folder.resolve("onderwijsregios.json"), "{}");
        Files.setPosixFilePermissions(regions, PosixFilePermissions.fromString("-w-------"));
        // Run as root, the system reads it all the same: the wording is held above, without the file.
        assumeFalse(Files.isReadable(regions), "the system lets this user read any file");

        DataLoadException e = assertThrows(DataLoadException.class, () -> JsonTree.readBytes(regions));

        assertEquals(regions + ": no permission to read this file", e.message(Locale.ENGLISH));
    }
}
