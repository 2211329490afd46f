package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.RegionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    @Test
    void unsavedWorkSurvivesACrashUntilItIsCleared() throws Exception {
        Atlas atlas = EditFixture.atlas();
        RegionData unsaved = Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.DEVENTER), null)
                .apply(atlas).data();
        RecoveryStore store = new RecoveryStore(dir.resolve("appdata"));
        assertTrue(store.pending().isEmpty());
        Instant t = Instant.parse("2026-11-23T13:05:00Z");
        store.save(Path.of("/data/onderwijsregios.json"), "abc123", 7, unsaved, t);

        RecoveryStore afterCrash = new RecoveryStore(dir.resolve("appdata"));
        RecoveryStore.Snapshot s = afterCrash.pending().orElseThrow();
        assertEquals(unsaved, s.data());
        assertEquals(Path.of("/data/onderwijsregios.json"), s.dataFile());
        assertEquals("abc123", s.loadedHash());
        assertEquals(7, s.edits());
        assertEquals(t, s.savedAt());

        afterCrash.clear();
        assertFalse(afterCrash.pending().isPresent());
    }

    @Test
    void aCrashBetweenTheTwoFilesNeverPairsOneFilesRegionsWithAnothersName() throws Exception {
        Atlas atlas = EditFixture.atlas();
        RecoveryStore store = new RecoveryStore(dir.resolve("appdata"));
        RegionData zwolleWork = Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.OLST_WIJHE), null)
                .apply(atlas).data();
        store.save(Path.of("/data/overijssel.json"), "abc123", 1, zwolleWork, Instant.parse("2026-11-23T13:05:00Z"));

        // The next autosave, for another file, got its regions written and then the machine went down.
        RecoveryStore other = new RecoveryStore(dir.resolve("elsewhere"));
        RegionData limburgWork = Edits.rename(atlas, "noord-limburg", "Limburg-Noord", null).apply(atlas).data();
        other.save(Path.of("/data/limburg.json"), "def456", 1, limburgWork, Instant.parse("2026-11-23T13:06:00Z"));
        Files.copy(dir.resolve("elsewhere/recovery.json"), dir.resolve("appdata/recovery.json"),
                StandardCopyOption.REPLACE_EXISTING);

        assertTrue(store.pending().isEmpty(), "Limburg's regions must not be offered as unsaved work on overijssel.json");
    }

    @Test
    void autosaveIsDueOnEveryTwentiethEditAndOnEveryMinuteTickWithChanges() {
        AutosavePolicy policy = new AutosavePolicy(0);
        assertFalse(policy.dueOnTick(0), "nothing to save");
        assertFalse(policy.dueAfterEdit(19));
        assertTrue(policy.dueAfterEdit(20));

        // Dalfsen added to Zwolle en omgeving a few seconds before the timer fires: that tick saves it.
        assertTrue(policy.dueOnTick(3));
        policy.saved(3);
        assertFalse(policy.dueOnTick(3), "the recovery file already holds the three edits");
        assertTrue(policy.dueOnTick(4), "one more edit, and the next tick saves again");

        policy.saved(20);
        assertFalse(policy.dueAfterEdit(39));
        assertTrue(policy.dueAfterEdit(40));
    }
}
