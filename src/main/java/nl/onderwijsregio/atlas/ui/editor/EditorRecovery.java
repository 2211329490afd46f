package nl.onderwijsregio.atlas.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.Fingerprint;
import nl.onderwijsregio.atlas.core.edit.AutosavePolicy;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.edit.RegionFileStore;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The editor's crash recovery: unsaved work written to the recovery file every ten seconds and on every 20th
 * edit, offered back at the next start, and cleared once it is saved, discarded or undone. It clears
 * only a recovery this session wrote or restored: another file's unsaved work waits to be offered when
 * that file is opened, and when the file opened has none, the user is asked to open that other file for it.
 */
final class EditorRecovery {

    private static final Logger LOG = Logger.getLogger(EditorRecovery.class.getName());

    private final AtlasState state;
    private final RecoveryStore recovery;
    private final EditorDialogs dialogs;
    private final Clock clock;
    /** The version the unsaved work began from, kept with it; empty when it is not known. */
    private final Supplier<Optional<RegionData>> base;
    /** Municipality code to name, for the steps kept with the work. */
    private final Function<String, String> names;
    /** The steps kept with the work, worded once each rather than at every autosave. */
    private final Map<EditHistory.Journal, List<ChangeLog.Change>> worded = new IdentityHashMap<>();
    private AutosavePolicy autosave = new AutosavePolicy(0);
    /** The file whose recovery holds work of this session (autosaved or restored); null while there is none. */
    private Path ownFile;
    /** The file the user chose to open to restore its work: it is restored when shown, without asking again. */
    private Path restoreWhenOpened;
    /**
     * The file work for a gone file was saved to, and what to say when it is shown: said before, the count of what
     * was loaded would replace it at once.
     */
    private Path savedFromGoneFile;
    private String savedNote;
    /** Work kept for other files is asked about at the start; a file opened later only points to it, not to nag. */
    private boolean askedAboutOtherFiles;

    EditorRecovery(AtlasState state, RecoveryStore recovery, EditorDialogs dialogs, Clock clock,
                   Supplier<Optional<RegionData>> base, Function<String, String> names) {
        this.state = state;
        this.recovery = recovery;
        this.dialogs = dialogs;
        this.clock = clock;
        this.base = base;
        this.names = names;
    }

    /**
     * Other data is being edited: the count towards the next autosave starts again, and work autosaved for the
     * data shown before is that file's, left to be offered when it is opened.
     */
    void startAfresh() {
        autosave = new AutosavePolicy(0);
        ownFile = null;
    }

    /**
     * The unsaved work of a crashed session on {@code dataFile}, when there is some and the user wants it
     * back, having seen what it changes ({@code changes}); declined work is removed. An unreadable recovery file is
     * said on the status line and kept.
     */
    Optional<RecoveryStore.Snapshot> offer(Path dataFile, Function<RecoveryStore.Snapshot, List<String>> changes) {
        Optional<RecoveryStore.Snapshot> pending;
        try {
            pending = recovery.pending(dataFile);
        } catch (DataLoadException e) {
            LOG.log(Level.WARNING, "unreadable recovery file", e);
            state.statusProperty().set(Messages.t("editor.recoveryUnreadable", ErrorDialog.summary(e)));
            return Optional.empty();
        }
        if (dataFile.equals(savedFromGoneFile)) {
            state.statusProperty().set(savedNote);
            savedFromGoneFile = null;
        }
        boolean chosen = pending.isPresent() && pending.get().dataFile().equals(restoreWhenOpened);
        restoreWhenOpened = null;
        if (pending.isEmpty()) {
            offerOtherFiles(dataFile);
            return Optional.empty();
        }
        if (chosen || dialogs.askRestore(pending.get(), changedSince(pending.get()), changes.apply(pending.get()))) {
            ownFile = dataFile;
            return pending;
        }
        forget(dataFile);
        return Optional.empty();
    }

    /** Whether the file is no longer the version the work began from: a colleague saved after the crash, say. */
    private static boolean changedSince(RecoveryStore.Snapshot work) {
        try {
            return !Objects.equals(work.loadedHash(), Fingerprint.ofFile(work.dataFile()));
        } catch (IOException e) {
            // Unreadable now: a save will tell; the question need not guess.
            return false;
        }
    }

    /**
     * Work kept for another file (e.g. a copy saved after a conflict, where the next start opens the data folder's
     * own file): offered to be opened and restored in one step, or left for later, and then never removed.
     */
    private void offerOtherFiles(Path dataFile) {
        boolean ask = !askedAboutOtherFiles;
        askedAboutOtherFiles = true;
        for (RecoveryStore.Snapshot elsewhere : recovery.pendingElsewhere(dataFile)) {
            Path file = elsewhere.dataFile();
            if (!Files.isRegularFile(file)) {
                if (!ask) {
                    tellKeptForGoneFile(file);
                } else if (settleWorkForGoneFile(elsewhere)) {
                    return;
                }
            } else if (ask && dialogs.askOpenToRestore(elsewhere)) {
                restoreWhenOpened = file;
                state.openRegionFile(file);
                return;
            } else {
                state.statusProperty().set(Messages.t("editor.recoveryElsewhere", file));
            }
        }
    }

    /**
     * Work kept for a file that is no longer there is saved as a new file and opened, discarded, or left for later
     * (and then told on the status line, as at every start until it is settled). True when a file was opened.
     */
    private boolean settleWorkForGoneFile(RecoveryStore.Snapshot work) {
        Path file = work.dataFile();
        switch (dialogs.askAboutWorkForGoneFile(work, recovery.folderFor(file))) {
            case SAVE_AS -> {
                Optional<Path> target = dialogs.chooseSaveAsFile(file);
                if (target.isPresent()) {
                    try {
                        recovery.saveAsRegionFile(work, target.get());
                        savedFromGoneFile = target.get();
                        savedNote = Messages.t("editor.recovery.fileGone.saved", file, target.get());
                        state.openRegionFile(target.get());
                        return true;
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "cannot save the work for " + file + " as " + target.get(), e);
                        dialogs.showSaveFailed(ExportNotWritten.because(target.get(), e));
                    }
                }
            }
            case DISCARD -> {
                forget(file);
                return false;
            }
            case LATER -> { }
        }
        tellKeptForGoneFile(file);
        return false;
    }

    private void tellKeptForGoneFile(Path file) {
        state.statusProperty().set(Messages.t("editor.recoveryFileGone", file, recovery.folderFor(file)));
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
            List<EditHistory.Journal> journal = history.unsavedJournal();
            Set<EditHistory.Journal> unsaved = Collections.newSetFromMap(new IdentityHashMap<>());
            unsaved.addAll(journal);
            worded.keySet().retainAll(unsaved);
            List<ChangeLog.Change> steps = ChangeLog.entryFor(journal, null, store.file().getFileName().toString(),
                    clock.instant(), EditorModel.dutch(), names, worded).changes();
            recovery.save(store.file(), store.knownHash(), history.editCount(), history.current().data(),
                    base.get().orElse(null), steps, clock.instant());
            ownFile = store.file();
            autosave.saved(history.editCount());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "autosave failed", e);
            // In the user's words, as a failed save is: the system's own text is English and names a temporary file.
            state.statusProperty().set(Messages.t("editor.autosaveFailed", ErrorDialog.summary(
                    nl.onderwijsregio.atlas.core.export.ExportNotWritten.because(recovery.folderFor(store.file()), e))));
        }
    }

    /**
     * Clears the recovery of this session's work, after it was saved, discarded, undone or given up for a
     * colleague's version; another file's unsaved work stays to be restored.
     */
    void forgetOwn() {
        if (ownFile != null) {
            forget(ownFile);
            ownFile = null;
        }
    }

    private void forget(Path dataFile) {
        try {
            recovery.clear(dataFile);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove the recovery of " + dataFile, e);
        }
    }
}
