package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.edit.AtomicFile;
import nl.onderwijsregio.atlas.core.edit.ImmutableFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing an export into the user's file: whole or not at all, never over a file marked read-only, and a
 * failure told about the user's file and why, never about the hidden temporary file it is written through.
 */
class ExportFileTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final byte[] PICTURE = "a picture".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void writesTheFileWholeAndLeavesNothingElse() throws IOException {
        Path file = dir.resolve("kaart.png");
        Files.writeString(file, "old");
        ExportFile.write(PICTURE, file);

        assertArrayEquals(PICTURE, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aReadOnlyFileIsRefusedByNameAndKeepsWhatItHeld() throws IOException {
        Path kept = dir.resolve("kaart.png");
        Files.writeString(kept, "old");
        assertTrue(kept.toFile().setWritable(false, false));

        ExportNotWritten refused = assertThrows(ExportNotWritten.class, () -> ExportFile.write(PICTURE, kept));

        assertEquals(kept + ": het bestand is alleen-lezen en blijft zoals het is; kies een andere naam",
                refused.message(DUTCH));
        assertEquals(kept + ": the file is read-only and stays as it is; choose another name",
                refused.message(Locale.ENGLISH));
        assertEquals("old", Files.readString(kept));
        assertEquals(List.of(kept), filesIn(dir), "no part file left");
    }

    @Test
    void aMissingFolderIsToldAboutTheUsersFileNotTheHiddenTemporaryOne() {
        Path file = dir.resolve("nodir").resolve("x.png");

        ExportNotWritten e = assertThrows(ExportNotWritten.class, () -> ExportFile.write(PICTURE, file));

        assertEquals(file + ": de map " + dir.resolve("nodir") + " bestaat niet", e.message(DUTCH));
        assertEquals(file + ": the folder " + dir.resolve("nodir") + " does not exist", e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "notes");
        Path file = notes.resolve("x.png");

        ExportNotWritten e = assertThrows(ExportNotWritten.class, () -> ExportFile.write(PICTURE, file));

        assertEquals(file + ": " + notes + " is not a folder", e.message(Locale.ENGLISH));

        Path deeper = notes.resolve("kaarten").resolve("x.png");
        ExportNotWritten below = assertThrows(ExportNotWritten.class, () -> ExportFile.write(PICTURE, deeper));
        assertEquals(deeper + ": " + notes + " is not a folder", below.message(Locale.ENGLISH));
    }

    @Test
    void aFolderIsNoFileToWriteTo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plaatjes"));

        ExportNotWritten named = assertThrows(ExportNotWritten.class, () -> ExportFile.write(PICTURE, folder));
        assertEquals(folder + " is a folder; give a file name", named.message(Locale.ENGLISH));
        assertTrue(Files.isDirectory(folder), "the folder stays");

        ExportNotWritten root = assertThrows(ExportNotWritten.class,
                () -> ExportFile.write(PICTURE, Path.of("/")));
        assertEquals("/ is een map; geef een bestandsnaam", root.message(DUTCH));
    }

    @Test
    void noPermissionInTheFolderIsToldAsSuch() {
        // Tests may run as root, who may write anywhere: the refusal as the file system gives it.
        Path file = dir.resolve("x.png");
        Path hidden = dir.resolve(".x.png-10978-123456.part");

        ExportNotWritten e = ExportNotWritten.because(file, new AccessDeniedException(hidden.toString()));

        assertEquals(file + ": no permission to write in the folder " + dir, e.message(Locale.ENGLISH));
        assertEquals(file + ": geen toestemming om te schrijven in de map " + dir, e.message(DUTCH));
    }

    @Test
    void aFullDiskIsToldInTheUsersWords() {
        Path file = dir.resolve("x.png");
        Path hidden = dir.resolve(".x.png-10978-123456.part");

        ExportNotWritten e = ExportNotWritten.because(file,
                new FileSystemException(hidden.toString(), null, "No space left on device"));

        assertEquals(file + ": de schijf is vol", e.message(DUTCH));
        assertEquals(file + ": the disk is full", e.message(Locale.ENGLISH));
        assertEquals(ExportNotWritten.Reason.DISK_FULL,
                ExportNotWritten.because(file, new IOException("There is not enough space on the disk")).reason(),
                "as Windows says it");
    }

    @Test
    void aFileMarkedImmutableThatCannotBeReplacedIsToldAsReadOnlyNotAsTheRefusedMove() throws IOException {
        Path file = Files.writeString(dir.resolve("onderwijsregios.json"), "{}");
        try (ImmutableFile kept = ImmutableFile.make(file)) {
            IOException refused = assertThrows(IOException.class,
                    () -> AtomicFile.write(file, out -> out.write(PICTURE)));

            assertEquals(file + ": het bestand is alleen-lezen en blijft zoals het is; kies een andere naam",
                    ExportNotWritten.because(file, refused).message(DUTCH), "the system said: " + refused.getMessage());
        }
        assertEquals("{}", Files.readString(file));
    }

    @Test
    void anotherFailureKeepsTheSystemsReasonButNotTheHiddenName() {
        Path file = dir.resolve("x.png");
        Path hidden = dir.resolve(".x.png-10978-123456.part");

        ExportNotWritten e = ExportNotWritten.because(file,
                new FileSystemException(hidden.toString(), null, "Input/output error"));

        assertEquals(file + ": cannot write: Input/output error", e.message(Locale.ENGLISH));
        assertFalse(e.message(DUTCH).contains(".part"), e.message(DUTCH));
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
