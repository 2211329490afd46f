package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Recovery after a crash: the minute tick, the restore on the next start, and what must not come back. */
class RecoveryFeatureTest extends EditorInAWindow {

    @Test
    void theMinuteTickRightAfterAnEditPutsItInTheRecoveryFile() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(() -> model().tick());
        assertEquals(1, recovery.pending(dataFile).orElseThrow().edits(), "Deventer's addition is kept should the app crash");
        assertTrue(recovery.pending(dataFile).orElseThrow().data().regions().get(0).hasMember(DEVENTER));
    }

    @Test
    void unsavedWorkIsRecoveredAfterASimulatedCrash() throws Exception {
        addDeventerToOostNederlandCrashAndRestart();
        assertTrue(dialogs.restoreAsked);
        assertTrue(oost().hasMember(DEVENTER));
        assertTrue(model().historyState().dirtyProperty().get(), "restored work still needs saving");
        interactAndGet(model()::save);
        assertTrue(recovery.pending(dataFile).isEmpty(), "saving clears the recovery file");
    }

    /** Deventer added to Oost-Nederland and autosaved; then the crash, and a new start that restores the work. */
    private void addDeventerToOostNederlandCrashAndRestart() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        // The crash: the window is gone without saving or discarding.
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        session(EditFixture.atlas());
    }

    @Test
    void anEditUndoneAfterTheAutosaveIsNotOfferedBackOnTheNextStart() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        interact(model()::undo);
        assertTrue(interactAndGet(model()::confirmClose), "nothing unsaved: closing asks nothing");
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        session(EditFixture.atlas());
        assertFalse(dialogs.restoreAsked, "Deventer's addition was undone; there is nothing to restore");
        assertFalse(oost().hasMember(DEVENTER));
    }

    @Test
    void theMinuteTickAfterUndoingBackToTheSavedDataClearsTheRecoveryFile() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(() -> model().tick());
        assertTrue(recovery.pending(dataFile).isPresent());
        interact(model()::undo);
        interact(() -> model().tick());
        assertTrue(recovery.pending(dataFile).isEmpty(), "a crash now must not bring Deventer back");
    }

    @Test
    void aCleanSessionLeavesTheRecoveryOfAnotherFileAlone() throws Exception {
        Path other = dir.resolve("elders").resolve("regios.json");
        recovery.save(other, null, 3, EditFixture.atlas().data(), java.time.Instant.parse("2026-11-23T13:05:00Z"));
        interact(() -> model().tick());
        interact(model()::autosaveNow);
        assertTrue(interactAndGet(model()::confirmClose));
        assertEquals(other.toAbsolutePath(), recovery.pending(other).orElseThrow().dataFile(),
                "the other file's unsaved work is still there to restore when it is opened");
    }

    @Test
    void editingAndSavingTheOpenedFileKeepsTheWorkWaitingForACopy() throws Exception {
        Path copy = dir.resolve("onderwijsregios-20261206-2215.json");
        Atlas limburgRenamed = Edits.rename(EditFixture.atlas(), "noord-limburg", "Limburg-Noord", null)
                .apply(EditFixture.atlas());
        recovery.save(copy, null, 4, limburgRenamed.data(), java.time.Instant.parse("2026-12-06T22:15:00Z"));

        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals(limburgRenamed.data(), recovery.pending(copy).orElseThrow().data(),
                "Limburg-Noord is still there to restore when the copy is opened");
    }

    @Test
    void unsavedWorkOfACopySavedAfterAConflictIsPointedToWhenTheOriginalOpens() throws Exception {
        Path copy = dir.resolve("onderwijsregios-20261206-2215.json");
        recovery.save(copy, null, 4, EditFixture.atlas().data(), java.time.Instant.parse("2026-12-06T22:15:00Z"));
        FxToolkit.cleanupStages();
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        session(EditFixture.atlas());
        assertFalse(dialogs.restoreAsked, "not restored into another file");
        assertEquals("Er staat niet-opgeslagen werk klaar voor " + copy.toAbsolutePath() + ": open dat bestand"
                + " (Bestand › Regiobestand openen…) om het te herstellen.", state.statusProperty().get());
    }

    @Test
    void theFirstSaveAfterARestoreLogsThatTheWorkWasRestored() throws Exception {
        addDeventerToOostNederlandCrashAndRestart();
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        List<nl.onderwijsregio.atlas.core.edit.ChangeLog.Entry> log =
                nl.onderwijsregio.atlas.core.edit.ChangeLog.beside(dataFile).read();
        nl.onderwijsregio.atlas.core.edit.ChangeLog.Change restored = log.get(log.size() - 1).changes().get(0);
        assertEquals("Niet-opgeslagen werk van een onderbroken sessie hersteld uit het herstelbestand", restored.step());
        assertEquals(List.of("oost-nederland"), restored.regions(), "Oost-Nederland's history shows it");
    }

    @Test
    void anUnreadableRecoveryFileIsToldInDutchOnTheStatusLine() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        FxToolkit.cleanupStages();
        Path broken = recovery.folderFor(dataFile).resolve("recovery.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, \"regions\": [ }");
        // Described by its recovery.properties (as one written by another version would be), so it is not a torn
        // pair, which is passed over, but a recovery this version cannot read.
        Path meta = recovery.folderFor(dataFile).resolve("recovery.properties");
        Files.writeString(meta, Files.readString(meta).replaceAll("dataHash=\\w+",
                "dataHash=" + nl.onderwijsregio.atlas.core.edit.RegionFileStore.hashOf(broken)));
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        session(EditFixture.atlas());
        String status = state.statusProperty().get();
        assertTrue(status.startsWith("Het herstelbestand kan niet worden gelezen: " + broken + ", regel 1, kolom "),
                status);
        assertTrue(status.contains(": ongeldige JSON: onverwacht teken '}' waar ']' verwacht werd"), status);
        assertTrue(Files.exists(broken), "left in place for inspection");
    }
}
