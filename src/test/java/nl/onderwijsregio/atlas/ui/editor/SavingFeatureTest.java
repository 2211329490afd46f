package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_NH;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.AtomicFile;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.ImmutableFile;
import nl.onderwijsregio.atlas.core.edit.ReadOnlyFolder;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import org.junit.jupiter.api.Test;

/** Saving without loss from a real main window: the .bak, the change log, a colleague's newer file, read-only folders, other files. */
class SavingFeatureTest extends EditorInAWindow {

    @Test
    void savingKeepsABakAndLogsTheChange() throws Exception {
        byte[] before = Files.readAllBytes(dataFile);
        editRegion("oost-nederland");
        click(DEVENTER);
        clickOn("#map-pane");
        int saves = state.savesWrittenProperty().get();
        push(KeyCode.CONTROL, KeyCode.S);
        assertEquals(saves + 1, state.savesWrittenProperty().get(), "the region's history is read anew");
        assertArrayEquals(before, Files.readAllBytes(AtomicFile.backupOf(dataFile)));
        assertTrue(new RegionFileReader().read(dataFile, null).regions().get(0).hasMember(DEVENTER));
        assertFalse(model().historyState().dirtyProperty().get());
        String log = Files.readString(dir.resolve("onderwijsregios.changes.jsonl"));
        assertTrue(log.contains("\"editor\":\"Anne de Vries\""), log);
        assertTrue(log.contains("Deventer toevoegen aan Oost-Nederland"), log);
        assertTrue(log.contains("Oost-Nederland: Deventer (GM0150) toegevoegd"), "what the step changed: " + log);
    }

    /** Raalte taken out of Oost-Nederland and saved, then clicked back in: saved as printed, not as a new member. */
    @Test
    void raalteRemovedSavedAndAddedAgainIsSavedWithItsPrintedNameAtItsPlace() throws Exception {
        Atlas printed = EditFixture.atlas();
        List<MemberRef> asPrinted = List.of(new MemberRef(ZWOLLE, "Zwolle"), new MemberRef(RAALTE, "Raalte"),
                new MemberRef(DEVENTER, "Deventer"));
        printed = printed.withRegion(printed.region("oost-nederland").orElseThrow().withMembers(asPrinted));
        Files.write(dataFile, new RegionFileWriter().toBytes(printed.data()));
        session(printed);
        editRegion("oost-nederland");

        click(RAALTE);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        click(RAALTE);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals(asPrinted, new RegionFileReader().read(dataFile, null).regions().get(0).members());
    }

    @Test
    void ctrlShiftSSavesTheWorkAsANewFileWhichIsEditedFromThenOnAndLeavesTheOriginal() throws Exception {
        byte[] original = Files.readAllBytes(dataFile);
        Path copy = dir.resolve("onderwijsregios-oost.json");
        dialogs.saveAsChoice = copy;
        editRegion("oost-nederland");
        click(DEVENTER);
        clickOn("#map-pane");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);

        assertTrue(new RegionFileReader().read(copy, null).regions().get(0).hasMember(DEVENTER));
        assertArrayEquals(original, Files.readAllBytes(dataFile), "the file it came from is left as it was");
        assertEquals(copy, model().file(), "the next Ctrl+S writes the copy");
        assertFalse(model().historyState().dirtyProperty().get());
        assertTrue(Files.readString(dir.resolve("onderwijsregios-oost.changes.jsonl")).contains("Deventer"),
                "the change goes to the copy's own log");
    }

    @Test
    void savingAsANewFileWithoutEditsWritesACopyAndNoEmptyLogLine() throws Exception {
        Path copy = dir.resolve("onderwijsregios-kopie.json");
        dialogs.saveAsChoice = copy;
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::saveAs));
        assertEquals(new RegionFileReader().read(dataFile, null), new RegionFileReader().read(copy, null));
        assertFalse(Files.exists(dir.resolve("onderwijsregios-kopie.changes.jsonl")), "nothing changed, nothing logged");
    }

    @Test
    void savingGoesToTheFileTheOpenerNamedAfterLoading() throws Exception {
        Path opened = dir.resolve("elders").resolve("regios.json");
        Files.createDirectories(opened.getParent());
        Files.write(opened, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        byte[] untouched = Files.readAllBytes(dataFile);
        showOpened(opened);
        editRegion("oost-nederland");
        click(DEVENTER);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertTrue(new RegionFileReader().read(opened, null).regions().get(0).hasMember(DEVENTER));
        assertArrayEquals(untouched, Files.readAllBytes(dataFile));
        assertTrue(Files.exists(opened.resolveSibling("regios.changes.jsonl")));
    }

    @Test
    void savingIntoAReadOnlyFolderSaysWhichFolderAndKeepsTheWork() throws Exception {
        Path opened = dir.resolve("gedeeld").resolve("regios.json");
        Files.createDirectories(opened.getParent());
        Files.write(opened, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        byte[] before = Files.readAllBytes(opened);
        showOpened(opened);
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.errorExpected = true;
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);

        EditorModel.SaveOutcome outcome;
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(opened.getParent())) {
            outcome = interactAndGet(model()::save);
        }

        assertEquals(EditorModel.SaveOutcome.FAILED, outcome);
        String why = opened + ": geen toestemming om te schrijven in de map " + opened.getParent();
        assertEquals("Niet opgeslagen: " + why + "; het bestand op schijf is ongewijzigd", state.statusProperty().get());
        assertEquals("Opslaan is niet gelukt", dialogs.shownHeader, "a failed save, not an unexpected error");
        assertEquals(why, ErrorDialog.summary(dialogs.shownError), "in Dutch, about the user's file, not the temporary one");
        assertArrayEquals(before, Files.readAllBytes(opened));
        assertTrue(model().historyState().dirtyProperty().get(), "the editor's work is still there, to save elsewhere");
    }

    @Test
    void aCopySavedAsANewFileIntoAReadOnlyFolderSaysSoInTheAtlasLanguage() throws Exception {
        Path readOnly = Files.createDirectories(dir.resolve("alleen-lezen"));
        dialogs.saveAsChoice = readOnly.resolve("onderwijsregios-kopie.json");
        editRegion("oost-nederland");
        click(DEVENTER);
        Files.writeString(dataFile, Files.readString(dataFile).replace("Noord-Limburg", "Limburg-Noord"));
        dialogs.conflict = EditorDialogs.Conflict.SAVE_AS;
        dialogs.errorExpected = true;
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.ENGLISH);

        EditorModel.SaveOutcome outcome;
        try (ReadOnlyFolder folder = ReadOnlyFolder.make(readOnly)) {
            outcome = interactAndGet(model()::save);
        } finally {
            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        }

        assertEquals(EditorModel.SaveOutcome.FAILED, outcome);
        assertEquals("Saving did not succeed", dialogs.shownHeader);
        assertEquals(dialogs.saveAsChoice + ": no permission to write in the folder " + readOnly,
                ((ExportNotWritten) dialogs.shownError).message(java.util.Locale.ENGLISH));
        assertEquals(dataFile, model().file(), "still the file it was, as nothing was written elsewhere");
        assertTrue(model().historyState().dirtyProperty().get());
    }

    @Test
    void aSaveOverARegionsFileMarkedImmutableSaysTheFileIsReadOnly() throws Exception {
        byte[] before = Files.readAllBytes(dataFile);
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.errorExpected = true;
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);

        EditorModel.SaveOutcome outcome;
        try (ImmutableFile kept = ImmutableFile.make(dataFile)) {
            outcome = interactAndGet(model()::save);
        }

        assertEquals(EditorModel.SaveOutcome.FAILED, outcome);
        assertEquals("Opslaan is niet gelukt", dialogs.shownHeader);
        assertEquals(dataFile + ": het bestand is alleen-lezen en blijft zoals het is; kies een andere naam",
                ErrorDialog.summary(dialogs.shownError), "not the refused move of a hidden .tmp file");
        assertArrayEquals(before, Files.readAllBytes(dataFile));
        assertTrue(model().historyState().dirtyProperty().get());
    }

    @Test
    void theQuestionOnClosingIsAskedAboutTheFileEditedAndItsTwoUnsavedChanges() {
        editRegion("oost-nederland");
        click(DEVENTER);
        click(OLST_WIJHE);
        dialogs.close = EditorDialogs.Close.CANCEL;

        assertFalse(interactAndGet(model()::confirmClose));

        assertEquals(dataFile, dialogs.closeAsked);
        assertEquals(2, dialogs.closeChanges, "Deventer and Olst-Wijhe added to Oost-Nederland");
    }

    @Test
    void aSaveRefusedForARegionsFileMarkedReadOnlyCanGoToANewFileStraightFromTheRefusal() throws Exception {
        byte[] before = Files.readAllBytes(dataFile);
        Files.setPosixFilePermissions(dataFile, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.errorExpected = true;
        dialogs.saveAsAfterFailure = true;
        Path copy = dir.resolve("onderwijsregios-kopie.json");
        dialogs.saveAsChoice = copy;

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertTrue(new nl.onderwijsregio.atlas.core.data.RegionFileReader().read(copy, null).regions().get(0)
                .hasMember(DEVENTER), "Deventer's addition is in the new file");
        assertArrayEquals(before, Files.readAllBytes(dataFile), "the read-only file is as it was");
        assertEquals(copy, model().file(), "the new file is the one edited from now on");
        assertFalse(model().historyState().dirtyProperty().get());
    }

    @Test
    void ctrlSOnARegionsFileMarkedReadOnlyIsRefusedByNameAndKeepsTheEdits() throws Exception {
        byte[] before = Files.readAllBytes(dataFile);
        Files.setPosixFilePermissions(dataFile, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        editRegion("oost-nederland");
        click(DEVENTER);
        clickOn("#map-pane");
        dialogs.errorExpected = true;
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        int saves = state.savesWrittenProperty().get();

        push(KeyCode.CONTROL, KeyCode.S);

        assertEquals(saves, state.savesWrittenProperty().get(), "not told as saved");
        assertEquals("Opslaan is niet gelukt", dialogs.shownHeader);
        assertEquals(dataFile + ": het bestand is alleen-lezen en blijft zoals het is; kies een andere naam",
                ErrorDialog.summary(dialogs.shownError));
        assertArrayEquals(before, Files.readAllBytes(dataFile));
        assertFalse(Files.exists(AtomicFile.backupOf(dataFile)), "no backup made of a file that was not replaced");
        assertTrue(model().historyState().dirtyProperty().get(), "the edits are still there, unsaved");
    }

    @Test
    void aSaveIsRefusedWhenTheFileChangedOnDisk() throws Exception {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        click(DEVENTER);
        Atlas theirs = Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas());
        Files.write(dataFile, new RegionFileWriter().toBytes(theirs.data()));
        byte[] colleague = Files.readAllBytes(dataFile);
        dialogs.conflict = EditorDialogs.Conflict.CANCEL;

        EditorModel.SaveOutcome outcome = interactAndGet(model()::save);

        assertEquals(EditorModel.SaveOutcome.CANCELLED, outcome);
        assertArrayEquals(colleague, Files.readAllBytes(dataFile));
        // Whose each difference is: Deventer is the editor's own, Bergen the colleague's; neither is a conflict.
        assertEquals(List.of(
                "Uw eigen wijzigingen, nog niet opgeslagen (1):",
                "  Oost-Nederland: Deventer (GM0150) toegevoegd",
                "Wijzigingen van iemand anders, in het bestand op schijf (1):",
                "  Noord-Holland Noord: Bergen (NH.) (GM0373) toegevoegd"), dialogs.differences);
        assertTrue(model().historyState().dirtyProperty().get(), "the editor's work is still there");

        dialogs.conflict = EditorDialogs.Conflict.RELOAD;
        interactAndGet(model()::save);
        assertTrue(state.atlas().region("noord-holland-noord").orElseThrow().hasMember(BERGEN_NH));
        assertFalse(model().historyState().dirtyProperty().get());
    }

    @Test
    void aColleaguesSaveWhileTheFileWasLoadingRefusesTheFirstSave() throws Exception {
        byte[] asRead = Files.readAllBytes(dataFile);
        Atlas theirs = Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas());
        // Read before the colleague's save, shown after it: the version shown is no longer on disk.
        Files.write(dataFile, new RegionFileWriter().toBytes(theirs.data()));
        byte[] colleague = Files.readAllBytes(dataFile);
        interact(() -> {
            try {
                EditorSession.showRead(state, dataFile, asRead);
            } catch (DataLoadException e) {
                throw new IllegalStateException(e);
            }
        });
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.conflict = EditorDialogs.Conflict.CANCEL;

        assertEquals(EditorModel.SaveOutcome.CANCELLED, interactAndGet(model()::save));
        assertArrayEquals(colleague, Files.readAllBytes(dataFile), "the colleague's version stays");
        assertTrue(dialogs.differences.contains("  Noord-Holland Noord: Bergen (NH.) (GM0373) toegevoegd"),
                "told as the colleague's change: " + dialogs.differences);
    }

    @Test
    void aSaveAfterTheFileWasDeletedSaysSoAndSavesItAgainWhereItWas() throws Exception {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        click(DEVENTER);
        Files.delete(dataFile);

        dialogs.gone = EditorDialogs.Gone.CANCEL;
        assertEquals(EditorModel.SaveOutcome.CANCELLED, interactAndGet(model()::save));
        assertEquals(dataFile, dialogs.goneAsked);
        assertEquals(null, dialogs.conflictAsked, "nobody changed it: there is no other version to load");
        assertEquals("onderwijsregios.json is verwijderd of verplaatst sinds het laden; niets opgeslagen",
                state.statusProperty().get());
        assertFalse(Files.exists(dataFile));
        assertTrue(model().historyState().dirtyProperty().get(), "the editor's work is still there");

        dialogs.gone = EditorDialogs.Gone.SAVE_AGAIN;
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertTrue(dialogs.goneCouldSaveAgain, "its folder is still there");
        assertTrue(new RegionFileReader().read(dataFile, null).regions().get(0).hasMember(DEVENTER));
        assertEquals(dataFile, model().file());
        assertFalse(model().historyState().dirtyProperty().get());
        assertTrue(Files.readString(dir.resolve("onderwijsregios.changes.jsonl")).contains("Deventer toevoegen aan Oost-Nederland"));
    }

    @Test
    void aFileWhoseFolderIsGoneTooIsSavedAsANewFile() throws Exception {
        Path opened = dir.resolve("gedeeld").resolve("regios.json");
        Files.createDirectories(opened.getParent());
        Files.write(opened, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        showOpened(opened);
        editRegion("oost-nederland");
        click(DEVENTER);
        Files.delete(opened);
        Files.delete(opened.getParent());
        dialogs.gone = EditorDialogs.Gone.SAVE_AS;
        dialogs.saveAsChoice = dir.resolve("regios-nieuw.json");

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertFalse(dialogs.goneCouldSaveAgain, "there is no folder to save it again in");
        assertEquals(dialogs.saveAsChoice, model().file(), "the new file is the one edited from now on");
        assertTrue(new RegionFileReader().read(dialogs.saveAsChoice, null).regions().get(0).hasMember(DEVENTER));
        assertFalse(Files.exists(opened.getParent()), "the folder is not made again behind the editor's back");
    }

    @Test
    void aFilePutBackWhileTheEditorIsAskedIsComparedNotOverwritten() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        Files.delete(dataFile);
        Atlas theirs = Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas());
        byte[] putBack = new RegionFileWriter().toBytes(theirs.data());
        dialogs.whileGoneAsked = () -> {
            try {
                Files.write(dataFile, putBack);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        dialogs.gone = EditorDialogs.Gone.SAVE_AGAIN;
        dialogs.conflict = EditorDialogs.Conflict.CANCEL;

        assertEquals(EditorModel.SaveOutcome.CANCELLED, interactAndGet(model()::save));

        assertEquals(dataFile, dialogs.conflictAsked, "someone's version is there again: the editor chooses");
        assertArrayEquals(putBack, Files.readAllBytes(dataFile));
        assertTrue(model().historyState().dirtyProperty().get());
    }

    @Test
    void aSaveWhoseChangeLogCannotBeWrittenSaysBothThatItSavedAndWhyTheLogFailed() throws Exception {
        // A folder where the change log should be: appending to it fails, the data itself saves fine.
        Files.createDirectories(dir.resolve("onderwijsregios.changes.jsonl"));
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        click(DEVENTER);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertTrue(new RegionFileReader().read(dataFile, null).regions().get(0).hasMember(DEVENTER));
        String status = state.statusProperty().get();
        assertTrue(status.startsWith("Opgeslagen in onderwijsregios.json, maar het wijzigingslogboek"
                + " onderwijsregios.changes.jsonl kon niet worden bijgewerkt: "), status);
    }

    @Test
    void whileEditingTheTitleNamesTheFileASaveWritesTo() throws Exception {
        System.gc(); // the title follows for as long as the window lives, not until the first collection
        editRegion("oost-nederland");
        assertEquals("onderwijsregios.json – Onderwijsregio Atlas", stage.getTitle());
        click(DEVENTER);
        assertEquals("• onderwijsregios.json – Onderwijsregio Atlas", stage.getTitle());

        interact(() -> state.editModeProperty().set(false));
        assertEquals("• onderwijsregios.json – Onderwijsregio Atlas", stage.getTitle(),
                "browsing: the file shown, with the mark of unsaved work");

        // A colleague saved meanwhile: the work goes to a new file, which the title names from then on.
        Files.writeString(dataFile, Files.readString(dataFile).replace("Noord-Limburg", "Limburg-Noord"));
        dialogs.conflict = EditorDialogs.Conflict.SAVE_AS;
        interact(() -> state.editModeProperty().set(true));
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertTrue(stage.getTitle().matches("onderwijsregios-\\d{8}-\\d{4}\\.json – Onderwijsregio Atlas"),
                stage.getTitle());
    }

    @Test
    void aCopySavedAfterAConflictIsToldAsANewFileForTheRecentFiles() throws Exception {
        List<Path> newFiles = new java.util.ArrayList<>();
        interact(() -> state.addNewFileListener(newFiles::add));
        editRegion("oost-nederland");
        click(DEVENTER);
        Files.writeString(dataFile, Files.readString(dataFile).replace("Noord-Limburg", "Limburg-Noord"));
        dialogs.conflict = EditorDialogs.Conflict.SAVE_AS;

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals(List.of(model().file()), newFiles);
        assertTrue(model().file().getFileName().toString().matches("onderwijsregios-\\d{8}-\\d{4}\\.json"),
                model().file().toString());
    }

    @Test
    void openingAnotherFileOverUnsavedWorkAsksAndCancelKeepsTheWork() {
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.beforeOpening = EditorDialogs.Close.CANCEL;
        assertFalse(interactAndGet(state::mayReplaceData));
        assertTrue(oost().hasMember(DEVENTER));
        assertTrue(model().historyState().dirtyProperty().get());
    }

    @Test
    void savingBeforeOpeningAnotherFileWritesTheWorkToItsOwnFile() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.beforeOpening = EditorDialogs.Close.SAVE;
        assertTrue(interactAndGet(state::mayReplaceData));
        assertTrue(new RegionFileReader().read(dataFile, null).regions().get(0).hasMember(DEVENTER));
    }

    @Test
    void workDiscardedForAnotherFileIsNeitherRecoveredNorSavedIntoThatFile() throws Exception {
        Path other = dir.resolve("elders").resolve("regios.json");
        Files.createDirectories(other.getParent());
        Files.write(other, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        byte[] untouched = Files.readAllBytes(dataFile);
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        dialogs.beforeOpening = EditorDialogs.Close.DISCARD;
        assertTrue(interactAndGet(state::mayReplaceData));
        showOpened(other);

        assertFalse(dialogs.restoreAsked, "the discarded work is not offered back");
        assertTrue(recovery.pending(dataFile).isEmpty());
        assertFalse(oost().hasMember(DEVENTER));
        assertFalse(model().historyState().dirtyProperty().get());
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        Region saved = new RegionFileReader().read(other, null).regions().get(0);
        assertTrue(saved.hasMember(OLST_WIJHE));
        assertFalse(saved.hasMember(DEVENTER));
        assertArrayEquals(untouched, Files.readAllBytes(dataFile));
    }

    @Test
    void closingWithUnsavedChangesAsks() {
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.close = EditorDialogs.Close.CANCEL;
        assertFalse(interactAndGet(model()::confirmClose));
        dialogs.close = EditorDialogs.Close.DISCARD;
        assertTrue(interactAndGet(model()::confirmClose));
    }
}
