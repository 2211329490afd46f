package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.RegionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A colleague's tool re-saved the regions file with other whitespace: the same data, nothing of theirs to lose. */
class ReformattedFileSaveTest {

    @TempDir
    Path dir;

    private final Atlas atlas = EditFixture.atlas();

    private RegionData withDeventer() {
        return Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.DEVENTER), null).apply(atlas).data();
    }

    /** The file as a colleague's tool writes it back: every value the same, on one line without indentation. */
    private static byte[] reindented(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return json.writeValueAsBytes(json.readTree(Files.readAllBytes(file)));
    }

    private RegionFileStore loaded(Path file) throws Exception {
        Files.write(file, new RegionFileWriter().toBytes(atlas.data()));
        return RegionFileStore.track(file);
    }

    @Test
    void deventerAddedToOostNederlandIsSavedOverTheSameDataReindentedByAColleague() throws Exception {
        Path file = dir.resolve("onderwijsregios.json");
        RegionFileStore store = loaded(file);
        byte[] theirs = reindented(file);
        assertNotEquals(new String(Files.readAllBytes(file)), new String(theirs));
        Files.write(file, theirs);

        store.save(withDeventer(), atlas.data());

        assertEquals(withDeventer(), new RegionFileReader().read(file, null));
        assertArrayEquals(theirs, Files.readAllBytes(AtomicFile.backupOf(file)), "their file kept as the .bak");
        store.save(withDeventer(), atlas.data());
    }

    @Test
    void aReindentedFileWithAColleaguesRenameOfNoordLimburgIsStillRefused() throws Exception {
        Path file = dir.resolve("onderwijsregios.json");
        RegionFileStore store = loaded(file);
        String renamed = new String(reindented(file)).replace("Noord-Limburg", "Limburg-Noord");
        Files.writeString(file, renamed);

        assertThrows(FileChangedException.class, () -> store.save(withDeventer(), atlas.data()));
        assertEquals(renamed, Files.readString(file));
    }

    @Test
    void withoutKnowingWhatTheWorkBeganFromAnyChangeOfTheBytesRefuses() throws Exception {
        Path file = dir.resolve("onderwijsregios.json");
        RegionFileStore store = loaded(file);
        byte[] theirs = reindented(file);
        Files.write(file, theirs);

        assertThrows(FileChangedException.class, () -> store.save(withDeventer()));
        assertArrayEquals(theirs, Files.readAllBytes(file));
    }
}
