package nl.onderwijsregio.atlas.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.edit.AutosavePolicy;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.edit.RegionFileStore;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The editor's crash recovery: unsaved work written to the recovery file every ten seconds and on every 20th
 * edit, offered back at the next start, and cleared once it is saved, discarded or undone. It clears
 * only a recovery this session wrote or restored: another file's unsaved work waits to be offered when
 * that file is opened.
 */
final class EditorRecovery {

    private static final Logger LOG = Logger.getLogger(EditorRecovery.class.getName());

    private final AtlasState state;
    private final RecoveryStore recovery;
    private final EditorDialogs dialogs;
    private final Clock clock;
    private AutosavePolicy autosave = new AutosavePolicy(0);
    /** The recovery file holds work of this session (autosaved or restored), not another file's. */
    private boolean holdsThisWork;

    EditorRecovery(AtlasState state, RecoveryStore recovery, EditorDialogs dialogs, Clock clock) {
        this.state = state;
        this.recovery = recovery;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** Other data is being edited: the count towards the next autosave starts again. */
    void startAfresh() {
        autosave = new AutosavePolicy(0);
    }

    /**
     * The unsaved work of a crashed session on {@code dataFile}, when there is some and the user wants it
     * back; declined work is removed. An unreadable recovery file is said on the status line and kept.
     */
    Optional<RecoveryStore.Snapshot> offer(Path dataFile) {
        Optional<RecoveryStore.Snapshot> pending;
        try {
            pending = recovery.pending();
        } catch (DataLoadException e) {
            LOG.log(Level.WARNING, "unreadable recovery file", e);
            state.statusProperty().set(Messages.t("editor.recoveryUnreadable", ErrorDialog.summary(e)));
            return Optional.empty();
        }
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        if (!pending.get().dataFile().equals(dataFile.toAbsolutePath())) {
            // Kept for its own file (e.g. a copy saved after a conflict); the editor should know where to find it.
            state.statusProperty().set(Messages.t("editor.recoveryElsewhere", pending.get().dataFile()));
            return Optional.empty();
        }
        if (dialogs.askRestore(pending.get())) {
            holdsThisWork = true;
            return pending;
        }
        clear();
        return Optional.empty();
    }

    /** After an edit: writes the work when this edit is one of every 20. */
    void edited(EditHistory history, RegionFileStore store) {
        if (autosave.dueAfterEdit(history.editCount())) {
            saveNow(history, store);
        }
    }

    /** The timer's tick: writes the work when it changed since the last write. */
    void tick(EditHistory history, RegionFileStore store) {
        if (autosave.dueOnTick(history.editCount())) {
            saveNow(history, store);
        }
    }

    /** Writes unsaved work to the recovery file now. */
    void saveNow(EditHistory history, RegionFileStore store) {
        if (!history.isDirty()) {
            // Undone back to the saved data: an older autosave would offer the undone edits back after a crash.
            forgetOwn();
            return;
        }
        try {
            recovery.save(store.file(), store.knownHash(), history.editCount(), history.current().data(), clock.instant());
            holdsThisWork = true;
            autosave.saved(history.editCount());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "autosave failed", e);
            state.statusProperty().set(Messages.t("editor.autosaveFailed", e.getMessage()));
        }
    }

    void clear() {
        try {
            recovery.clear();
            holdsThisWork = false;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove the recovery file", e);
        }
    }

    /** Clears the recovery file if it holds this session's work; another file's unsaved work stays to be restored. */
    void forgetOwn() {
        if (holdsThisWork) {
            clear();
        }
    }
}
