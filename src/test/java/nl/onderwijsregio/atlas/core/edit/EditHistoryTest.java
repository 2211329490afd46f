package nl.onderwijsregio.atlas.core.edit;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final Atlas start = EditFixture.atlas();
    private final EditHistory history = new EditHistory(start);

    private Set<String> oostMembers() {
        return history.current().region("oost-nederland").orElseThrow().memberCodes();
    }

    @Test
    void aPaintedStrokeIsUndoneInOneStep() {
        history.perform(Edits.stroke(history.current(), "oost-nederland", List.of(DEVENTER, OLST_WIJHE, HENGELO), null));
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER, OLST_WIJHE, HENGELO), oostMembers());
        history.undo();
        assertEquals(Set.of(ZWOLLE, RAALTE), oostMembers());
        assertFalse(history.canUndo());
    }

    @Test
    void undoAndRedoWalkThroughEveryKindOfEdit() {
        List<java.util.function.Function<Atlas, Edit>> steps = List.of(
                a -> Edits.addMembers(a, "oost-nederland", List.of(DEVENTER), null),
                a -> Edits.rename(a, "oost-nederland", "Oost", null),
                a -> Edits.setSectors(a, "oost-nederland", Set.of(Sector.MBO), null),
                a -> Edits.createRegion(a, "Twente", Set.of(Sector.PO)),
                a -> Edits.deleteRegion(a, "noord-limburg", "opgeheven"));
        List<Atlas> snapshots = new java.util.ArrayList<>(List.of(history.current()));
        for (var s : steps) {
            assertTrue(history.perform(s.apply(history.current())));
            snapshots.add(history.current());
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            history.undo();
            assertEquals(snapshots.get(i).data(), history.current().data());
        }
        for (int i = 1; i <= steps.size(); i++) {
            history.redo();
            assertEquals(snapshots.get(i).data(), history.current().data());
        }
    }

    @Test
    void aNewEditClearsRedo() {
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(DEVENTER), null));
        history.undo();
        assertTrue(history.canRedo());
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(HENGELO), null));
        assertFalse(history.canRedo());
    }

    @Test
    void anEditThatChangesNothingIsNotAStep() {
        assertFalse(history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(ZWOLLE), null)));
        assertFalse(history.canUndo());
        assertFalse(history.isDirty());
    }

    @Test
    void undoingBackToTheSavedStateIsClean() {
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(DEVENTER), null));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty());
        history.redo();
        history.markSaved();
        assertFalse(history.isDirty());
        assertTrue(history.unsavedJournal().isEmpty());
    }

    @Test
    void theJournalListsStepsUndosAndRedosSinceTheLastSave() {
        Edit add = Edits.addMembers(history.current(), "oost-nederland", List.of(DEVENTER), null);
        history.perform(add);
        history.undo();
        history.redo();
        assertEquals(List.of(EditHistory.Journal.Kind.DONE, EditHistory.Journal.Kind.UNDONE, EditHistory.Journal.Kind.REDONE),
                history.unsavedJournal().stream().map(EditHistory.Journal::kind).toList());
        assertSame(add, history.unsavedJournal().get(0).edit());
    }

    @Test
    void aFailingEditChangesNothing() {
        Edit bad = Edits.createRegion(history.current(), "Twente", Set.of());
        history.perform(bad);
        assertThrows(EditException.class, () -> history.perform(bad), "Twente made twice: the same id twice");
        assertEquals(1, history.undoDepth());
    }

    @Test
    void restoredWorkIsUnsavedAndItsJournalSaysItWasRestored() {
        Atlas loaded = EditFixture.atlas();
        Atlas crashed = Edits.addMembers(loaded, "noord-limburg", List.of(EditFixture.BERGEN_L), null).apply(loaded);
        EditHistory history = new EditHistory(loaded);

        history.restore(crashed, Description.of("editor.step.restored"));

        assertTrue(history.isDirty());
        assertFalse(history.canUndo(), "the restored work is where this session starts");
        assertEquals(1, history.unsavedJournal().size());
        Edit restored = history.unsavedJournal().get(0).edit();
        assertEquals("editor.step.restored", restored.description().key());
        assertEquals(Set.of("noord-limburg"), restored.regionIds());
        history.markSaved();
        assertTrue(history.unsavedJournal().isEmpty());
    }

    @Test
    void afterAColleaguesRenameIsTakenInEveryUndoOfDeventerAndOlstWijheKeepsTheRename() {
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(DEVENTER), null));
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(OLST_WIJHE), null));
        Atlas theirs = Edits.rename(start, "noord-limburg", "Venlo en omgeving", null).apply(start);

        int dropped = history.carryOver(theirs, onto(theirs));

        assertEquals(0, dropped);
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER, OLST_WIJHE), oostMembers());
        assertSame(theirs, history.saved(), "their version is where the unsaved work now begins");
        history.undo();
        history.undo();
        assertEquals(Set.of(ZWOLLE, RAALTE), oostMembers());
        assertEquals("Venlo en omgeving", history.current().region("noord-limburg").orElseThrow().displayName(),
                "undo never takes the colleague's rename away");
        assertFalse(history.isDirty(), "undone back to their version");
        history.redo();
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER), oostMembers());
        assertEquals(2, history.unsavedJournal().stream().filter(j -> j.kind() == EditHistory.Journal.Kind.DONE)
                .count(), "the journal still tells the editor's own two steps");
    }

    @Test
    void anUndoThatWouldClashWithTheColleaguesRenameOfNoordLimburgEndsUndoThere() {
        history.perform(Edits.rename(history.current(), "noord-limburg", "Limburg-Noord", null));
        history.perform(Edits.rename(history.current(), "noord-limburg", "Noord-Limburg", null));
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(DEVENTER), null));
        Atlas theirs = Edits.rename(start, "noord-limburg", "Venlo en omgeving", null).apply(start);

        int dropped = history.carryOver(theirs, onto(theirs));

        assertEquals(2, dropped, "the renames back and forth clash with theirs");
        assertEquals(1, history.undoDepth());
        history.undo();
        assertFalse(history.canUndo());
        assertEquals("Venlo en omgeving", history.current().region("noord-limburg").orElseThrow().displayName());
    }

    private java.util.function.Function<Atlas, java.util.Optional<Atlas>> onto(Atlas theirs) {
        return a -> ThreeWayMerge.data(start.data(), a.data(), theirs.data()).map(a::withData);
    }
}
