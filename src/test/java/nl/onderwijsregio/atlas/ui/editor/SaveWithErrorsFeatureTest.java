package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.VENLO;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A save of data `validate` would refuse is asked about first, naming the error; warnings are not. */
class SaveWithErrorsFeatureTest extends EditorInAWindow {

    @BeforeEach
    void inDutch() {
        Messages.use(Messages.DUTCH);
    }

    @Test
    void noordLimburgMadeNationalWithVenloStillInItIsNamedBeforeSavingAndCancelSavesNothing() throws Exception {
        byte[] before = Files.readAllBytes(dataFile);
        nationalNoordLimburg();
        dialogs.saveWithErrors = false;

        assertEquals(EditorModel.SaveOutcome.CANCELLED, interactAndGet(model()::save));

        assertEquals(1, dialogs.saveWithErrorsAsked);
        assertEquals("Noord-Limburg is landelijk maar heeft 1 gemeente als gebied.", dialogs.firstErrorTold);
        assertArrayEquals(before, Files.readAllBytes(dataFile));
        assertEquals("Niet opgeslagen: 1 fout, zie Controle", state.statusProperty().get());
        assertTrue(model().historyState().dirtyProperty().get(), "the work stays, unsaved");
    }

    @Test
    void noordLimburgMadeNationalIsSavedWhenTheEditorSavesItAnyway() throws Exception {
        nationalNoordLimburg();
        dialogs.saveWithErrors = true;

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals(Scope.NATIONAL, new RegionFileReader().read(dataFile, null).regions().stream()
                .filter(r -> r.id().equals("noord-limburg")).findFirst().orElseThrow().scope());
    }

    @Test
    void venloTakenOutOfNoordLimburgLeavesAWarningOnlyAndSavesWithoutAQuestion() {
        editRegion("noord-limburg");
        click(VENLO);

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals(0, dialogs.saveWithErrorsAsked, "a region without territory is a warning, not an error");
        assertFalse(model().historyState().dirtyProperty().get());
    }

    /** Noord-Limburg made a national region while Venlo is still its member: an error of scope-territory. */
    private void nationalNoordLimburg() {
        editRegion("noord-limburg");
        interact(() -> model().perform(a -> Edits.setScope(a, "noord-limburg", Scope.NATIONAL, null)));
    }
}
