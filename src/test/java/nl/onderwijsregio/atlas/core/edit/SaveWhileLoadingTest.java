package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.data.Fingerprint;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.RegionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor tracks the version it loaded, not whatever is on disk when it starts tracking. */
class SaveWhileLoadingTest {

    @TempDir
    Path dir;

    private final Atlas atlas = EditFixture.atlas();

    private RegionData withDeventer() {
        return Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.DEVENTER), null).apply(atlas).data();
    }

    @Test
    void aFileStillHoldingWhatWasLoadedCanBeSaved() throws Exception {
        Path file = dir.resolve("onderwijsregios.json");
        Files.write(file, new RegionFileWriter().toBytes(atlas.data()));
        RegionFileStore store = RegionFileStore.trackLoaded(file, atlas.data());
        assertFalse(store.changedOnDisk());
        store.save(withDeventer());
    }

    @Test
    void aColleaguesSaveWhileTheAtlasWasLoadingIsNotOverwritten() throws Exception {
        Path file = dir.resolve("onderwijsregios.json");
        Files.write(file, new RegionFileWriter().toBytes(atlas.data()));
        RegionData loaded = atlas.data();
        // Between our reading and the editor taking over, a colleague adds Deventer and saves.
        byte[] colleagues = new RegionFileWriter().toBytes(withDeventer());
        Files.write(file, colleagues);

        RegionFileStore store = RegionFileStore.trackLoaded(file, loaded);
        assertTrue(store.changedOnDisk());
        assertThrows(FileChangedException.class, () -> store.save(loaded));
        assertArrayEquals(colleagues, Files.readAllBytes(file));
    }

    @Test
    void theLoadersFingerprintIsOfTheFileAsReadSoTrackingNeedsNoSecondRead() throws Exception {
        Path copy = dir.resolve(AtlasLoader.REGION_FILE);
        Files.copy(TestData.dataDir().resolve(AtlasLoader.REGION_FILE), copy);
        AtlasLoader.Loaded loaded = new AtlasLoader().loadFolder(TestData.dataDir(), copy, false);
        assertEquals(Fingerprint.ofFile(copy), loaded.regionsFingerprint());
        RegionFileStore store = RegionFileStore.track(copy, loaded.regionsFingerprint());
        assertFalse(store.changedOnDisk());

        Files.write(copy, new RegionFileWriter().toBytes(withDeventer()));
        assertTrue(store.changedOnDisk(), "a colleague's save after the load");
    }

    @Test
    void theBundledFileAsLoadedByTheAtlasCountsAsUnchanged() throws Exception {
        Path copy = dir.resolve(AtlasLoader.REGION_FILE);
        Files.copy(TestData.dataDir().resolve(AtlasLoader.REGION_FILE), copy);
        Atlas bundled = new AtlasLoader().load(TestData.dataDir());
        assertFalse(RegionFileStore.trackLoaded(copy, bundled.data()).changedOnDisk(),
                "what the loader makes of the file is what a fresh read makes of it, so no false alarm");
    }
}
