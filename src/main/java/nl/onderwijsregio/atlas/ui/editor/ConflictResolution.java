package nl.onderwijsregio.atlas.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.AtomicFile;
import nl.onderwijsregio.atlas.core.edit.ConflictDiff;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.core.edit.FileChangedException;
import nl.onderwijsregio.atlas.core.edit.RegionDiff;
import nl.onderwijsregio.atlas.core.edit.RegionFileStore;
import nl.onderwijsregio.atlas.core.edit.ThreeWayMerge;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * A save refused because a colleague saved the file meanwhile, settled without losing anyone's work. When their
 * changes and the editor's touch different things, both are kept: merged ({@link ThreeWayMerge}), saved, the
 * editor's steps logged after theirs, and undo carried over onto their version. Otherwise the clashes are named, and
 * the editor saves their version as a new file or loads the colleague's, which is confirmed first and keeps the
 * editor's version aside, with its steps, in a file beside the data.
 */
final class ConflictResolution {

    private static final Logger LOG = Logger.getLogger(ConflictResolution.class.getName());

    /** How many clashes the question names in its text; the details list them all. */
    private static final int CLASHES_NAMED = 3;

    private final EditorModel model;
    private final AtlasState state;
    private final EditorDialogs dialogs;
    private final EditorSaving saving;

    ConflictResolution(EditorModel model, AtlasState state, EditorDialogs dialogs, EditorSaving saving) {
        this.model = model;
        this.state = state;
        this.dialogs = dialogs;
        this.saving = saving;
    }

    /** Asks what to do with {@code mine}, the editor's version, now that the file holds another. */
    EditorModel.SaveOutcome resolve(String editor, RegionData mine) {
        RegionFileStore store = model.store();
        state.statusProperty().set(Messages.t("editor.changedOnDisk", store.file().getFileName()));
        RegionFileStore.OnDisk theirs;
        try {
            theirs = store.readOnDisk();
        } catch (IOException | DataLoadException e) {
            String unread = Messages.t("editor.diffUnavailable", ErrorDialog.summary(e));
            return answer(dialogs.askConflict(store.file(), List.of(unread), EditorDialogs.KeepBoth.not(null)),
                    editor, mine, null, null);
        }
        Optional<RegionData> base = model.base();
        if (base.isEmpty()) {
            List<String> differences = WorkDifferences.of(base, mine, theirs.data(), model::municipalityName);
            return answer(dialogs.askConflict(store.file(), differences,
                    EditorDialogs.KeepBoth.not(Messages.t("editor.conflict.noBase"))), editor, mine, theirs, null);
        }
        // One three-way comparison for both the question's details and the merge: each reads the whole file thrice.
        ConflictDiff.Sorted sorted = ConflictDiff.of(base.get(), mine, theirs.data(), model::municipalityName);
        List<String> differences = WorkDifferences.of(sorted);
        ThreeWayMerge.Result merge = ThreeWayMerge.of(base.get(), mine, theirs.data(), model::municipalityName,
                sorted.both());
        EditorDialogs.KeepBoth keepBoth = merge.data().isPresent() ? EditorDialogs.KeepBoth.POSSIBLE
                : EditorDialogs.KeepBoth.not(clashes(merge.clashes()));
        return answer(dialogs.askConflict(store.file(), differences, keepBoth), editor, mine, theirs,
                merge.data().orElse(null));
    }

    private EditorModel.SaveOutcome answer(EditorDialogs.Conflict choice, String editor, RegionData mine,
                                           RegionFileStore.OnDisk theirs, RegionData merged) {
        return switch (choice) {
            case KEEP_BOTH -> merged == null ? EditorModel.SaveOutcome.CANCELLED : keepBoth(editor, mine, theirs, merged);
            case SAVE_AS -> saving.saveAsNewFile(editor, mine);
            case RELOAD -> reload(editor, mine);
            case CANCEL -> EditorModel.SaveOutcome.CANCELLED;
        };
    }

    /** The clashes that rule out keeping both, the first few named in the question, all of them in its details. */
    private static String clashes(List<RegionDiff.Line> clashes) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.t("editor.conflict.clashes", clashes.size()));
        clashes.stream().limit(CLASHES_NAMED).forEach(c -> lines.add("• " + EditorModel.format(c.text())));
        if (clashes.size() > CLASHES_NAMED) {
            lines.add(Messages.t("editor.conflict.clashes.more", clashes.size() - CLASHES_NAMED));
        }
        return String.join("\n", lines);
    }

    /**
     * Writes the merge over the colleague's version it was made with, then carries the work over onto theirs: what is
     * shown is what was saved, the editor's steps go to the log after the colleague's, and undo goes back through the
     * editor's steps without taking theirs away, as far as no step clashes with them.
     */
    private EditorModel.SaveOutcome keepBoth(String editor, RegionData mine, RegionFileStore.OnDisk theirs,
                                             RegionData merged) {
        RegionFileStore store = model.store();
        RegionData base = model.base().orElseThrow();
        try {
            store.saveOver(theirs, merged);
        } catch (FileChangedException e) {
            // Saved again, or moved away, while the question was open: asked anew about that.
            return e.gone() ? saving.resolveGone(editor, mine) : resolve(editor, mine);
        } catch (IOException | RuntimeException e) {
            return saving.failed(store.file(), e, editor, mine);
        }
        EditHistory history = model.history();
        int dropped = history.carryOver(history.saved().withData(theirs.data()),
                a -> ThreeWayMerge.data(base, a.data(), theirs.data()).map(a::withData));
        model.showMerged();
        saving.afterSaved(editor, "editor.keptBoth", null);
        if (dropped > 0) {
            state.statusProperty().set(Messages.t("editor.keptBoth.undoShortened", state.statusProperty().get(), dropped));
        }
        return EditorModel.SaveOutcome.SAVED;
    }

    /**
     * Takes up the colleague's version, once the editor confirmed it and their own version is kept aside beside the
     * data, with its steps in a change log of its own. When it cannot be kept, or their version cannot be read, that
     * is said, and the editor's work stays.
     */
    private EditorModel.SaveOutcome reload(String editor, RegionData mine) {
        RegionFileStore store = model.store();
        Path keptAs = asideOf(store.file());
        if (!dialogs.confirmReload(store.file(), keptAs, UnsavedWorkGuard.unsavedChanges(model.history()))) {
            return EditorModel.SaveOutcome.CANCELLED;
        }
        try {
            byte[] bytes = new RegionFileWriter().toBytes(mine);
            AtomicFile.write(keptAs, out -> out.write(bytes));
            saving.logWork(keptAs, editor, store.file());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot keep the editor's version as " + keptAs, e);
            ExportNotWritten why = ExportNotWritten.because(keptAs, e);
            state.statusProperty().set(Messages.t("editor.reload.notKept", ErrorDialog.summary(why)));
            dialogs.showSaveFailed(why);
            return EditorModel.SaveOutcome.FAILED;
        }
        EditHistory history = model.history();
        try {
            Atlas theirs = history.current().withData(store.reload(history.current().municipalities().keySet()));
            model.restartOn(theirs);
            saving.workBegins();
            state.statusProperty().set(Messages.t("editor.reloadedKeptYours", store.file().getFileName(),
                    keptAs.getFileName(), EditorSaving.folderOf(keptAs)));
            return EditorModel.SaveOutcome.RELOADED;
        } catch (IOException | DataLoadException e) {
            LOG.log(Level.WARNING, "cannot load the version on disk of " + store.file(), e);
            String unread = Messages.t("editor.reloadFailed", store.file().getFileName());
            state.statusProperty().set(unread);
            dialogs.showError(unread, e);
            return EditorModel.SaveOutcome.FAILED;
        }
    }

    /** Where the editor's version goes before theirs is loaded: beside the file, named as theirs and by the time. */
    private Path asideOf(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Path aside = file.resolveSibling(Messages.t("editor.reload.sideFile", name, saving.stamp()));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(Messages.t("editor.reload.sideFile", name, saving.stamp() + "-" + n));
        }
        return aside;
    }
}
