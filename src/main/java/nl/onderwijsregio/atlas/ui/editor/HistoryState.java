package nl.onderwijsregio.atlas.ui.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * What the Edit menu and the window title show of the undo history, as properties to bind: whether there
 * is a step to undo or redo, the step named ("Ongedaan maken: Deventer toevoegen aan Oost-Nederland"), and
 * whether there is unsaved work. Follows the history the {@link EditorModel} hands it after every change. A step is
 * named as the status line told it once done, municipalities by name rather than counted, so that undo, redo and
 * the status line speak of one stroke alike.
 */
public final class HistoryState {

    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    HistoryState() {
        show(null);
    }

    /** @param history null before data is loaded: nothing to undo, redo or save */
    void show(EditHistory history) {
        canUndo.set(history != null && history.canUndo());
        canRedo.set(history != null && history.canRedo());
        dirty.set(history != null && history.isDirty());
        undoText.set(history == null ? Messages.t("editor.undo") : history.nextUndo()
                .map(e -> Messages.t("editor.undoStep", EditorModel.format(e.outcome())))
                .orElse(Messages.t("editor.undo")));
        redoText.set(history == null ? Messages.t("editor.redo") : history.nextRedo()
                .map(e -> Messages.t("editor.redoStep", EditorModel.format(e.outcome())))
                .orElse(Messages.t("editor.redo")));
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while the data differs from what was last loaded or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
