package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_NH;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.WindowEvent;
import nl.onderwijsregio.atlas.core.data.Fingerprint;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.Test;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

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
    void onceTheWindowIsHiddenItsEditorNeitherAutosavesNorAnswersForTheWindow() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        assertTrue(feature.autosaving());

        interact(stage::hide);

        assertFalse(feature.autosaving(), "no recovery file is written for a window that is gone");
        String titleWhenHidden = stage.getTitle();
        interact(model()::undo);
        assertEquals(titleWhenHidden, stage.getTitle(), "the title is no longer this editor's to set");
        interact(model()::redo);
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertNull(dialogs.closeAsked, "closing the window, shown again for another session, asks nothing of this one");
    }

    @Test
    void unsavedWorkIsRecoveredAfterASimulatedCrash() throws Exception {
        Messages.use(Messages.DUTCH);
        addDeventerToOostNederlandCrashAndRestart();
        assertTrue(dialogs.restoreAsked);
        assertEquals(List.of("Uw eigen wijzigingen, nog niet opgeslagen (1):",
                "  Oost-Nederland: Deventer (GM0150) toegevoegd"), dialogs.restoreChanges,
                "the question says what the work holds, as a conflict's details do");
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
    void workDiscardedForABrokenFileThatFailsToOpenIsStillRecoveredAfterACrash() throws Exception {
        Path broken = Files.writeString(dir.resolve("regios-kapot.json"), "{ \"schemaVersion\": 1, \"regions\": [ ");
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(() -> model().tick());
        dialogs.beforeOpening = EditorDialogs.Close.DISCARD;

        assertFalse(openFromFileMenu(broken), "the broken file is not shown");

        assertTrue(oost().hasMember(DEVENTER), "the edit stays on screen");
        assertTrue(model().historyState().dirtyProperty().get(), "marked unsaved");
        assertTrue(recovery.pending(dataFile).isPresent(), "still kept should the app crash now");
        interact(() -> model().tick());
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        session(EditFixture.atlas());
        assertTrue(dialogs.restoreAsked);
        assertTrue(oost().hasMember(DEVENTER), "Deventer's addition is back after the crash");
    }

    @Test
    void workDiscardedForAFileThatOpensIsNotOfferedBackAfterACrash() throws Exception {
        Path other = dir.resolve("regios-collega.json");
        Files.copy(dataFile, other);
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(() -> model().tick());
        dialogs.beforeOpening = EditorDialogs.Close.DISCARD;

        assertTrue(openFromFileMenu(other));

        assertTrue(recovery.pending(dataFile).isEmpty(), "given up for the file now shown");
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        session(EditFixture.atlas());
        assertFalse(dialogs.restoreAsked, "nothing to offer back");
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
    void workOnACopySavedAfterAConflictIsRestoredInItWithOneQuestionWhenTheOriginalOpensAtStart() throws Exception {
        Path copy = saveACopyAfterAConflictEditItAndCrash();
        dialogs.openToRestore = true;
        Messages.use(Messages.DUTCH);
        restartOnTheDataFolder();

        assertEquals(copy.toAbsolutePath(), dialogs.openToRestoreAsked.dataFile(), "the question names the copy");
        assertFalse(dialogs.restoreAsked, "opening it was to restore it: not asked twice");
        assertEquals(copy, model().file());
        assertTrue(oost().hasMember(DEVENTER) && oost().hasMember(OLST_WIJHE), "both edits on the copy are back");
        assertTrue(model().historyState().dirtyProperty().get(), "restored work still needs saving");
        assertEquals("Niet-opgeslagen werk hersteld; sla het op om het te bewaren", state.statusProperty().get());
    }

    @Test
    void workOnACopyLeftForLaterIsKeptAndPointedTo() throws Exception {
        Path copy = saveACopyAfterAConflictEditItAndCrash();
        dialogs.openToRestore = false;
        Messages.use(Messages.DUTCH);
        restartOnTheDataFolder();

        assertEquals(copy.toAbsolutePath(), dialogs.openToRestoreAsked.dataFile(), "the question names the copy");
        assertEquals(dataFile, model().file());
        assertFalse(oost().hasMember(OLST_WIJHE));
        assertEquals("Er staat niet-opgeslagen werk klaar voor " + copy.toAbsolutePath() + ": open dat bestand"
                + " (Bestand › Regiobestand openen…) om het te herstellen.", state.statusProperty().get());
        assertTrue(recovery.pending(copy).orElseThrow().data().regions().get(0).hasMember(OLST_WIJHE),
                "kept until the copy is opened");

        dialogs.openToRestoreAsked = null;
        interact(() -> state.statusProperty().set(""));
        showOpened(dataFile);
        assertNull(dialogs.openToRestoreAsked, "asked at the start, not again at every file opened after it");
        assertTrue(state.statusProperty().get().startsWith("Er staat niet-opgeslagen werk klaar voor "));
    }

    @Test
    void workOnAFileThatIsGoneIsToldAndKept() throws Exception {
        Path gone = workKeptForAFileThatIsGone(EditFixture.atlas().data());
        Messages.use(Messages.DUTCH);
        restartOnTheDataFolder();

        assertEquals(recovery.folderFor(gone), dialogs.restoreFileGoneKeptIn);
        assertNull(dialogs.openToRestoreAsked, "there is nothing to open");
        assertEquals("Niet-opgeslagen werk voor " + gone + " blijft bewaard in " + recovery.folderFor(gone)
                + ": dat bestand bestaat niet meer.", state.statusProperty().get());
        assertTrue(recovery.pending(gone).isPresent());
    }

    @Test
    void workOnAFileThatIsGoneCanBeSavedAsANewFileWhichIsThenOpened() throws Exception {
        Atlas withDeventer = Edits.addMembers(EditFixture.atlas(), "oost-nederland", List.of(DEVENTER), null)
                .apply(EditFixture.atlas());
        Path gone = workKeptForAFileThatIsGone(withDeventer.data());
        Path saved = dir.resolve("onderwijsregios-hersteld.json");
        dialogs.goneFileWork = EditorDialogs.GoneFileWork.SAVE_AS;
        dialogs.saveAsChoice = saved;
        Messages.use(Messages.DUTCH);
        restartOnTheDataFolder();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(withDeventer.data(), new RegionFileReader().read(saved, null), "the work, whole, in the new file");
        assertTrue(recovery.pending(gone).isEmpty(), "settled: not asked again at the next start");
        assertEquals(saved, model().file(), "the new file is the one opened and edited now");
        assertFalse(model().history().isDirty(), "what is shown is what that file holds");
        assertEquals("Het niet-opgeslagen werk voor " + gone + " staat nu in " + saved + ".",
                state.statusProperty().get());
    }

    @Test
    void anAutosaveThatCannotBeWrittenIsToldInTheAtlasLanguageNotTheSystems() throws Exception {
        Path appdata = Files.createDirectories(dir.resolve("appdata"));
        Messages.use(Messages.DUTCH);
        editRegion("oost-nederland");
        click(DEVENTER);
        try (nl.onderwijsregio.atlas.core.edit.ReadOnlyFolder folder =
                     nl.onderwijsregio.atlas.core.edit.ReadOnlyFolder.make(appdata)) {
            interact(model()::autosaveNow);
        }
        String status = state.statusProperty().get();
        assertTrue(status.startsWith("Automatisch bewaren mislukt: "), status);
        assertFalse(status.contains("denied") || status.contains(".tmp"), "no system text, no temporary file: " + status);
    }

    @Test
    void workOnAFileThatIsGoneCanBeDiscarded() throws Exception {
        Path gone = workKeptForAFileThatIsGone(EditFixture.atlas().data());
        dialogs.goneFileWork = EditorDialogs.GoneFileWork.DISCARD;
        restartOnTheDataFolder();

        assertTrue(recovery.pending(gone).isEmpty());
        assertFalse(Files.exists(recovery.folderFor(gone)), "nothing left behind in the application-data folder");
    }

    /**
     * As the editor told it: a colleague saved meanwhile, so Ctrl+S was refused and the work went to a new file;
     * Olst-Wijhe was added after that and autosaved, then the app was killed. Returns the copy.
     */
    private Path saveACopyAfterAConflictEditItAndCrash() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        Files.writeString(dataFile, Files.readString(dataFile).replace("Noord-Limburg", "Limburg-Noord"));
        dialogs.conflict = EditorDialogs.Conflict.SAVE_AS;
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        Path copy = model().file();
        click(OLST_WIJHE);
        interact(model()::autosaveNow);
        FxToolkit.cleanupStages();
        return copy;
    }

    /** Unsaved work a crashed session left for a copy that has since been deleted; returns that copy's path. */
    private Path workKeptForAFileThatIsGone(nl.onderwijsregio.atlas.core.model.RegionData work) throws Exception {
        Path gone = dir.resolve("onderwijsregios-20261206-2215.json");
        recovery.save(gone, null, 4, work, java.time.Instant.parse("2026-12-06T22:15:00Z"));
        return gone;
    }

    /** A start with the same data folder: its own regions file is opened, as the colleague saved it. */
    private void restartOnTheDataFolder() throws Exception {
        session(EditFixture.atlas().withData(new RegionFileReader().read(dataFile, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFirstSaveAfterARestoreLogsTheRestoredStepsByNameWithTheirReasons() throws Exception {
        editRegion("oost-nederland");
        interact(() -> model().reasonProperty().set("Besluit 12 maart"));
        click(DEVENTER);
        click(OLST_WIJHE);
        interact(model()::autosaveNow);
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        session(EditFixture.atlas());

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        List<ChangeLog.Change> logged = ChangeLog.beside(dataFile).read().get(0).changes();
        assertEquals(List.of("Deventer toevoegen aan Oost-Nederland", "Olst-Wijhe toevoegen aan Oost-Nederland"),
                logged.stream().map(ChangeLog.Change::step).toList(), "each step as it was taken before the crash");
        assertEquals("Besluit 12 maart", logged.get(0).reason());
        assertEquals(List.of("Oost-Nederland: Deventer (GM0150) toegevoegd"),
                logged.get(0).details().stream().map(ChangeLog.Detail::text).toList());
    }

    @Test
    void workKeptWithoutItsStepsIsLoggedAsRestoredWork() throws Exception {
        Atlas withDeventer = Edits.addMembers(EditFixture.atlas(), "oost-nederland", List.of(DEVENTER), null)
                .apply(EditFixture.atlas());
        recovery.save(dataFile, Fingerprint.ofFile(dataFile), 1, withDeventer.data(),
                java.time.Instant.parse("2026-11-23T13:05:00Z"));
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        restartOnTheDataFolder();

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        ChangeLog.Change restored = ChangeLog.beside(dataFile).read().get(0).changes().get(0);
        assertEquals("Niet-opgeslagen werk van een onderbroken sessie hersteld uit het herstelbestand", restored.step());
        assertEquals(List.of("oost-nederland"), restored.regions(), "Oost-Nederland's history shows it");
    }

    /**
     * As a user found it: saved, then a colleague renamed a region in the file on the shared drive, then Olst-Wijhe
     * was added and the app was killed. Restored, refused on saving and saved as a new file, the copy's change log
     * held the colleague's rename, turned back, as the editor's own.
     */
    @Test
    void workRestoredOverAColleaguesSaveLogsOnlyTheEditorsOwnChangeWhenSavedAsANewFile() throws Exception {
        Messages.use(Messages.DUTCH);
        editRegion("oost-nederland");
        click(DEVENTER);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        Files.writeString(dataFile, Files.readString(dataFile).replace("Noord-Limburg", "Noord-Limburg (collega)"));
        click(OLST_WIJHE);
        interact(model()::autosaveNow);
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        restartOnTheDataFolder();

        assertTrue(dialogs.restoreToldFileChanged, "the offer says the file changed since the work began");
        Path copy = dir.resolve("onderwijsregios-kopie.json");
        dialogs.conflict = EditorDialogs.Conflict.SAVE_AS;
        dialogs.saveAsChoice = copy;
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals(List.of(
                "Uw eigen wijzigingen, nog niet opgeslagen (1):",
                "  Oost-Nederland: Olst-Wijhe (GM1773) toegevoegd",
                "Wijzigingen van iemand anders, in het bestand op schijf (1):",
                "  Regio „Noord-Limburg” heet nu „Noord-Limburg (collega)”"),
                dialogs.differences, "the question tells whose each change is, as it did before the crash");
        List<String> logged = ChangeLog.beside(copy).read().stream()
                .flatMap(e -> e.changes().stream()).flatMap(c -> c.details().stream())
                .map(ChangeLog.Detail::text).toList();
        assertEquals(List.of("Oost-Nederland: Deventer (GM0150) toegevoegd", "Oost-Nederland: Olst-Wijhe (GM1773) toegevoegd"),
                logged, "Anne de Vries added Deventer (saved before, the copy's log carries it) and Olst-Wijhe; the"
                        + " rename was her colleague's, not hers to be credited with");
    }

    @Test
    void workKeptByAnOlderVersionWithoutItsBaseIsRestoredAndNotToldAsTheirsOrMine() throws Exception {
        // Such a version kept the work and the hash of the file it began from, not that version itself.
        Atlas withDeventer = Edits.addMembers(EditFixture.atlas(), "oost-nederland", List.of(DEVENTER), null)
                .apply(EditFixture.atlas());
        recovery.save(dataFile, Fingerprint.ofFile(dataFile), 1, withDeventer.data(),
                java.time.Instant.parse("2026-11-23T13:05:00Z"));
        FxToolkit.cleanupStages();
        // Between the crash and the restart a colleague adds Bergen: the version Deventer was added to is gone.
        Atlas theirs = Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas());
        Files.write(dataFile, new RegionFileWriter().toBytes(theirs.data()));
        dialogs.restore = true;
        Messages.use(Messages.DUTCH);
        restartOnTheDataFolder();

        assertTrue(oost().hasMember(DEVENTER), "the work is back");
        assertEquals(EditorModel.SaveOutcome.CANCELLED, interactAndGet(model()::save));
        assertEquals(List.of(
                "Oost-Nederland: Deventer (GM0150) — Uw versie: lid / Versie op schijf: geen lid",
                "Noord-Holland Noord: Bergen (NH.) (GM0373) — Uw versie: geen lid / Versie op schijf: lid"),
                dialogs.differences, "only what each version has, not Bergen as removed by the editor");
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
                "dataHash=" + Fingerprint.ofFile(broken)));
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        session(EditFixture.atlas());
        String status = state.statusProperty().get();
        assertTrue(status.startsWith("Het herstelbestand kan niet worden gelezen: " + broken + ", regel 1, kolom "),
                status);
        assertTrue(status.contains(": ongeldige JSON: onverwacht teken '}' waar ']' verwacht werd"), status);
        assertTrue(Files.exists(broken), "left in place for inspection");
    }
}
