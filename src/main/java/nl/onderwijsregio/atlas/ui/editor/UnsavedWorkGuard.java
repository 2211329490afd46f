package nl.onderwijsregio.atlas.ui.editor;

import java.util.function.BooleanSupplier;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.core.edit.RegionDiff;

/**
 * Asks about unsaved work before it could go: when the window closes and before another file replaces the
 * shown data (save, discard or cancel). Text still being typed in the form counts as work. The answer to
 * "discard" is remembered until the other file is shown, or until the next edit makes new work; until then the
 * work stays in its recovery file, for the other file may never be shown.
 */
final class UnsavedWorkGuard {

    private final EditorModel model;
    private final EditorDialogs dialogs;
    private final EditorRecovery recovery;
    /** Commits the form's typed text; false when it refused a typed value. */
    private final BooleanSupplier commitTypedText;
    /** The user chose to drop unsaved work for another file; an edit made meanwhile is work again. */
    private boolean discardedBeforeReplace;

    UnsavedWorkGuard(EditorModel model, EditorDialogs dialogs, EditorRecovery recovery,
                     BooleanSupplier commitTypedText) {
        this.model = model;
        this.dialogs = dialogs;
        this.recovery = recovery;
        this.commitTypedText = commitTypedText;
    }

    /** Asks about unsaved changes; true when the window may close. */
    boolean confirmClose() {
        EditHistory history = model.history();
        boolean typedTextTaken = commitTypedText.getAsBoolean();
        boolean clean = history != null && !history.isDirty() && typedTextTaken;
        if (history == null || clean) {
            recovery.forgetOwn();
            return true;
        }
        EditorDialogs.Close answer = dialogs.askClose(model.file(), unsavedChanges(history));
        if (answer == EditorDialogs.Close.DISCARD) {
            // The window goes, and the work with it: a crash now must not offer it back at the next start.
            recovery.forgetOwn();
        }
        return settle(answer);
    }

    /** Asks about unsaved changes before another file is opened; true when it may be opened. */
    boolean confirmReplace() {
        EditHistory history = model.history();
        boolean typedTextTaken = commitTypedText.getAsBoolean();
        if (history == null || (!history.isDirty() && typedTextTaken)) {
            return true;
        }
        EditorDialogs.Close answer = dialogs.askBeforeOpening(model.file(), unsavedChanges(history));
        // Dropped work stays on screen, and in its recovery file, until the other file is shown: a file that fails
        // to load costs nothing, not even after a crash.
        discardedBeforeReplace = answer == EditorDialogs.Close.DISCARD;
        return settle(answer);
    }

    /** Whether the shown work was given up for the data that replaces it: then it need not be kept. */
    boolean discardedBeforeReplace() {
        return discardedBeforeReplace;
    }

    /** Other data is shown, or an edit was made: what is on screen is work to ask about again. */
    void workAgain() {
        discardedBeforeReplace = false;
    }

    /** Counted as the change log words them, a member, a figure, a name each: what the user would lose. */
    static int unsavedChanges(EditHistory history) {
        return RegionDiff.between(history.saved().data(), history.current().data(), code -> code).size();
    }

    private boolean settle(EditorDialogs.Close answer) {
        return switch (answer) {
            case SAVE -> model.save() == EditorModel.SaveOutcome.SAVED;
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }
}
