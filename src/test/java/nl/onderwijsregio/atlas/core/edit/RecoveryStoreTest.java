package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertTrue(store.pending(Path.of("/data/onderwijsregios.json")).isEmpty());
        Instant t = Instant.parse("2026-11-23T13:05:00Z");
        store.save(Path.of("/data/onderwijsregios.json"), "abc123", 7, unsaved, t);

        RecoveryStore afterCrash = new RecoveryStore(dir.resolve("appdata"));
        RecoveryStore.Snapshot s = afterCrash.pending(Path.of("/data/onderwijsregios.json")).orElseThrow();
        assertEquals(unsaved, s.data());
        assertEquals(Path.of("/data/onderwijsregios.json"), s.dataFile());
        assertEquals("abc123", s.loadedHash());
        assertEquals(7, s.edits());
        assertEquals(t, s.savedAt());

        afterCrash.clear(Path.of("/data/onderwijsregios.json"));
        assertFalse(afterCrash.pending(Path.of("/data/onderwijsregios.json")).isPresent());
    }

    @Test
    void theVersionTheWorkBeganFromIsKeptWithIt() throws Exception {
        Atlas atlas = EditFixture.atlas();
        Path regions = Path.of("/data/onderwijsregios.json");
        RegionData deventerAdded = Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.DEVENTER), null)
                .apply(atlas).data();
        RecoveryStore store = new RecoveryStore(dir.resolve("appdata"));
        store.save(regions, "abc123", 1, deventerAdded, atlas.data(), Instant.parse("2026-11-23T13:05:00Z"));

        RecoveryStore.Snapshot s = new RecoveryStore(dir.resolve("appdata")).pending(regions).orElseThrow();
        assertEquals(atlas.data(), s.base(), "Oost-Nederland as it was before Deventer");
        assertEquals(deventerAdded, s.data());

        store.clear(regions);
        assertFalse(Files.exists(store.folderFor(regions)), "the base goes with the work");
    }

    @Test
    void theStepsOfTheWorkAreKeptWithItByNameAndReason() throws Exception {
        Path regions = Path.of("/data/onderwijsregios.json");
        ChangeLog.Change deventer = new ChangeLog.Change("edit", "Deventer toevoegen aan Oost-Nederland",
                List.of("oost-nederland"), "Besluit 12 maart",
                List.of(new ChangeLog.Detail("oost-nederland", "Oost-Nederland: Deventer (GM0150) toegevoegd")));
        RecoveryStore store = new RecoveryStore(dir.resolve("appdata"));
        store.save(regions, "abc123", 1, EditFixture.atlas().data(), null, List.of(deventer),
                Instant.parse("2026-11-23T13:05:00Z"));

        assertEquals(List.of(deventer), new RecoveryStore(dir.resolve("appdata")).pending(regions).orElseThrow().steps());
        Files.writeString(store.folderFor(regions).resolve("recovery-steps.jsonl"), "{\"changes\": [");
        assertEquals(List.of(), store.pending(regions).orElseThrow().steps(),
                "steps that are not the ones described are left out; the work itself is still offered");
        store.clear(regions);
        assertFalse(Files.exists(store.folderFor(regions)), "the steps go with the work");
    }

    @Test
    void workWhoseBaseIsNotTheOneDescribedIsRestoredWithoutIt() throws Exception {
        Atlas atlas = EditFixture.atlas();
        Path regions = Path.of("/data/onderwijsregios.json");
        RegionData deventerAdded = Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.DEVENTER), null)
                .apply(atlas).data();
        RecoveryStore store = new RecoveryStore(dir.resolve("appdata"));
        store.save(regions, "abc123", 1, deventerAdded, atlas.data(), Instant.parse("2026-11-23T13:05:00Z"));
        Files.writeString(store.folderFor(regions).resolve("recovery-base.json"), "{ \"schemaVersion\": 1, ");

        RecoveryStore.Snapshot s = store.pending(regions).orElseThrow();
        assertEquals(deventerAdded, s.data(), "the work itself is whole, so it is offered");
        assertNull(s.base(), "whose each change is cannot be told from a base that is not the one kept");
    }

    @Test
    void aCrashBetweenTheTwoFilesNeverPairsRegionsWithADescriptionOfOtherWork() throws Exception {
        Atlas atlas = EditFixture.atlas();
        Path overijssel = Path.of("/data/overijssel.json");
        RecoveryStore store = new RecoveryStore(dir.resolve("appdata"));
        RegionData zwolleWork = Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.OLST_WIJHE), null)
                .apply(atlas).data();
        store.save(overijssel, "abc123", 1, zwolleWork, Instant.parse("2026-11-23T13:05:00Z"));

        // The next autosave got its regions written and then the machine went down.
        RecoveryStore other = new RecoveryStore(dir.resolve("elsewhere"));
        RegionData limburgWork = Edits.rename(atlas, "noord-limburg", "Limburg-Noord", null).apply(atlas).data();
        other.save(overijssel, "def456", 1, limburgWork, Instant.parse("2026-11-23T13:06:00Z"));
        Files.copy(other.folderFor(overijssel).resolve("recovery.json"), store.folderFor(overijssel).resolve("recovery.json"),
                StandardCopyOption.REPLACE_EXISTING);

        assertTrue(store.pending(overijssel).isEmpty(), "regions the description is not of are not offered");
    }

    @Test
    void theWorkOnOneFileLeavesTheWorkOnAnotherWaitingToBeRestored() throws Exception {
        Atlas atlas = EditFixture.atlas();
        Path original = Path.of("/data/onderwijsregios.json");
        Path copy = Path.of("/data/onderwijsregios-20261206-2215.json");
        RecoveryStore store = new RecoveryStore(dir.resolve("appdata"));
        RegionData deventerAdded = Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.DEVENTER), null)
                .apply(atlas).data();
        store.save(copy, "abc123", 4, deventerAdded, Instant.parse("2026-12-06T22:15:00Z"));

        // Restoring the copy was left for later; the original is edited and autosaved, then saved.
        RegionData limburgRenamed = Edits.rename(atlas, "noord-limburg", "Limburg-Noord", null).apply(atlas).data();
        store.save(original, "def456", 1, limburgRenamed, Instant.parse("2026-12-07T09:00:00Z"));
        assertEquals(limburgRenamed, store.pending(original).orElseThrow().data());
        store.clear(original);

        assertEquals(deventerAdded, store.pending(copy).orElseThrow().data(), "Deventer in Oost-Nederland still waits");
        assertEquals(List.of(copy), store.pendingElsewhere(original).stream().map(RecoveryStore.Snapshot::dataFile).toList());
        assertTrue(store.pendingElsewhere(copy).isEmpty());
    }

    @Test
    void workLeftByAVersionWithASingleRecoveryFileIsStillOffered() throws Exception {
        Atlas atlas = EditFixture.atlas();
        Path regions = Path.of("/data/onderwijsregios.json");
        RecoveryStore store = new RecoveryStore(dir.resolve("appdata"));
        RegionData deventerAdded = Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.DEVENTER), null)
                .apply(atlas).data();
        store.save(regions, "abc123", 1, deventerAdded, Instant.parse("2026-11-23T13:05:00Z"));
        // Where that version kept them: right in the application-data folder.
        for (String name : List.of("recovery.json", "recovery.properties")) {
            Files.move(store.folderFor(regions).resolve(name), dir.resolve("appdata").resolve(name));
        }

        assertEquals(deventerAdded, new RecoveryStore(dir.resolve("appdata")).pending(regions).orElseThrow().data());
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
