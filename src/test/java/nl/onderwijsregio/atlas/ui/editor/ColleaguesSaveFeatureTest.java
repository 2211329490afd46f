package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_NH;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A colleague saved the regions file too: what the editor's save does, and what it says, after that. */
class ColleaguesSaveFeatureTest extends EditorInAWindow {

    @BeforeEach
    void inDutch() {
        Messages.use(Messages.DUTCH);
    }

    @Test
    void deventerIsSavedOverTheSameDataAColleagueReindentedWithoutAQuestion() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        ObjectMapper json = new ObjectMapper();
        Files.write(dataFile, json.writeValueAsBytes(json.readTree(Files.readAllBytes(dataFile))));

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertNull(dialogs.conflictAsked, "nothing of theirs would be lost, so nothing to ask");
        assertTrue(new RegionFileReader().read(dataFile, null).regions().get(0).hasMember(DEVENTER));
        List<String> log = Files.readAllLines(dir.resolve("onderwijsregios.changes.jsonl"));
        assertEquals(1, log.size(), "one save, one line: " + log);
        assertTrue(log.get(0).contains("Oost-Nederland: Deventer (GM0150) toegevoegd"), log.get(0));
        assertEquals(1, log.get(0).split("toegevoegd", -1).length - 1, "the editor's change alone: " + log.get(0));
    }

    @Test
    void aSaveRefusedAfterAnEarlierSaveSaysTheFileChangedSinceItWasLastSaved() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        click(OLST_WIJHE);
        Files.writeString(dataFile, Files.readString(dataFile).replace("Noord-Limburg", "Limburg-Noord"));
        dialogs.conflict = EditorDialogs.Conflict.CANCEL;

        assertEquals(EditorModel.SaveOutcome.CANCELLED, interactAndGet(model()::save));

        assertEquals("onderwijsregios.json is door iemand anders gewijzigd sinds u het opende of het laatst opsloeg;"
                + " niet overschreven", state.statusProperty().get());
    }

    @Test
    void theSaveMessageNamesTheFolderSoBigDataIsToldFromData() throws Exception {
        Path big = dir.resolve("big").resolve("data").resolve("onderwijsregios.json");
        Files.createDirectories(big.getParent());
        Files.write(big, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        showOpened(big);
        editRegion("oost-nederland");
        click(DEVENTER);

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals("Opgeslagen in onderwijsregios.json (map …/big/data)", state.statusProperty().get());
    }

    @Test
    void deventerAddedHereAndBergenByAColleagueAreBothKeptInTheFileTheLogAndTheUndo() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        colleagueSaves(Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas()), "Bergen (NH.) toevoegen aan Noord-Holland Noord");
        dialogs.conflict = EditorDialogs.Conflict.KEEP_BOTH;

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertTrue(dialogs.keepBoth.possible(), "nothing clashes, so keeping both is offered");
        RegionData saved = new RegionFileReader().read(dataFile, null);
        assertTrue(region(saved, "oost-nederland").hasMember(DEVENTER), "the editor's change is saved");
        assertTrue(region(saved, "noord-holland-noord").hasMember(BERGEN_NH), "and the colleague's kept");
        assertEquals(saved, state.atlas().data(), "what is shown is what was saved");
        assertFalse(model().historyState().dirtyProperty().get());
        assertEquals(List.of("Bert Jansen", "Anne de Vries"), ChangeLog.beside(dataFile).read().stream()
                .map(ChangeLog.Entry::editor).toList(), "the log keeps the colleague's save, then the editor's");
        assertEquals("Deventer toevoegen aan Oost-Nederland",
                ChangeLog.beside(dataFile).read().get(1).changes().get(0).step());
        assertEquals("Opgeslagen in onderwijsregios.json (map " + EditorSaving.folderOf(dataFile)
                + "), met uw wijzigingen en die van de ander", state.statusProperty().get());

        interact(model()::undo);

        assertFalse(oost().hasMember(DEVENTER), "undo takes the editor's step back");
        assertTrue(state.atlas().region("noord-holland-noord").orElseThrow().hasMember(BERGEN_NH),
                "and leaves the colleague's change");
    }

    @Test
    void pupilsOfOostNederlandSetHereAndByAColleagueAreNamedAsTheClashAndNotMerged() throws Exception {
        editRegion("oost-nederland");
        interact(() -> model().perform(a -> Edits.setKeyFigure(a, "oost-nederland",
                KeyFigure.LEERLINGEN_STUDENTEN, 58_632L, null)));
        colleagueSaves(Edits.setKeyFigure(EditFixture.atlas(), "oost-nederland", KeyFigure.LEERLINGEN_STUDENTEN,
                60_000L, null).apply(EditFixture.atlas()), "Leerlingen en studenten van Oost-Nederland wijzigen");
        byte[] theirs = Files.readAllBytes(dataFile);
        dialogs.conflict = EditorDialogs.Conflict.CANCEL;

        assertEquals(EditorModel.SaveOutcome.CANCELLED, interactAndGet(model()::save));

        assertFalse(dialogs.keepBoth.possible());
        assertEquals("Beide bewaren kan niet: dit is door u én de ander gewijzigd, elk anders:\n"
                + "• Oost-Nederland: Leerlingen en studenten — Uw versie: 58.632 / Versie op schijf: 60.000",
                dialogs.keepBoth.whyNot());
        assertArrayEquals(theirs, Files.readAllBytes(dataFile));
    }

    @Test
    void loadingTheColleaguesVersionKeepsTheEditorsBesideItWithItsStepsAndSaysWhere() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        colleagueSaves(Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas()), "Bergen (NH.) toevoegen aan Noord-Holland Noord");
        dialogs.conflict = EditorDialogs.Conflict.RELOAD;

        assertEquals(EditorModel.SaveOutcome.RELOADED, interactAndGet(model()::save));

        Path keptAs = dialogs.reloadKeptAs;
        assertEquals(1, dialogs.reloadChanges, "the confirmation counts what would leave the screen");
        assertTrue(keptAs.getFileName().toString().matches("onderwijsregios-uw-versie-\\d{8}-\\d{4}\\.json"),
                keptAs.toString());
        assertEquals(dir, keptAs.getParent(), "beside the data, where a colleague finds it too");
        RegionData kept = new RegionFileReader().read(keptAs, null);
        assertTrue(region(kept, "oost-nederland").hasMember(DEVENTER), "the editor's version is kept");
        assertFalse(region(kept, "noord-holland-noord").hasMember(BERGEN_NH));
        assertEquals(List.of("Deventer toevoegen aan Oost-Nederland"), ChangeLog.beside(keptAs).read().stream()
                .flatMap(e -> e.changes().stream()).map(ChangeLog.Change::step).toList(),
                "with its step, not the colleague's save it lacks");
        assertTrue(state.atlas().region("noord-holland-noord").orElseThrow().hasMember(BERGEN_NH), "theirs is shown");
        assertEquals("onderwijsregios.json opnieuw geladen (versie van de collega); uw versie staat in "
                + keptAs.getFileName() + " (map " + EditorSaving.folderOf(keptAs) + ")", state.statusProperty().get());
    }

    @Test
    void loadingTheColleaguesVersionNotConfirmedChangesNothing() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        colleagueSaves(Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas()), "Bergen (NH.) toevoegen aan Noord-Holland Noord");
        dialogs.conflict = EditorDialogs.Conflict.RELOAD;
        dialogs.confirmReload = false;

        assertEquals(EditorModel.SaveOutcome.CANCELLED, interactAndGet(model()::save));

        assertTrue(oost().hasMember(DEVENTER));
        assertTrue(model().historyState().dirtyProperty().get(), "the work is still there, unsaved");
        assertFalse(Files.exists(dialogs.reloadKeptAs), "and nothing was written aside");
    }

    @Test
    void aCopySavedAfterAConflictCarriesTheLogAsItStoodWhenTheWorkBeganNotTheColleaguesSave() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        click(OLST_WIJHE);
        colleagueSaves(Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas()), "Bergen (NH.) toevoegen aan Noord-Holland Noord");
        Path copy = dir.resolve("onderwijsregios-kopie.json");
        dialogs.conflict = EditorDialogs.Conflict.SAVE_AS;
        dialogs.saveAsChoice = copy;

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals(List.of("Deventer toevoegen aan Oost-Nederland", "Olst-Wijhe toevoegen aan Oost-Nederland"),
                ChangeLog.beside(copy).read().stream().flatMap(e -> e.changes().stream())
                        .map(ChangeLog.Change::step).toList(),
                "the copy's history goes back past the copy, and leaves out the colleague's save it does not hold");
    }

    /** A colleague's atlas saves {@code theirs} to the shared file and logs {@code step}, as the editor's would. */
    private void colleagueSaves(Atlas theirs, String step) throws Exception {
        Files.write(dataFile, new RegionFileWriter().toBytes(theirs.data()));
        ChangeLog.beside(dataFile).append(new ChangeLog.Entry(java.time.Instant.parse("2026-11-23T13:05:00Z"),
                "Bert Jansen", "onderwijsregios.json", List.of(new ChangeLog.Change("edit", step, List.of(), null))));
    }

    private static Region region(RegionData data, String id) {
        return data.regions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
