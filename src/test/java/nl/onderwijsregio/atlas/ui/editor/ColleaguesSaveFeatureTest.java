package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
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
}
