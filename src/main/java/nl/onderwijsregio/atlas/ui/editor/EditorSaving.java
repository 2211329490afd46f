package nl.onderwijsregio.atlas.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.edit.ConflictDiff;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.core.edit.FileChangedException;
import nl.onderwijsregio.atlas.core.edit.RegionDiff;
import nl.onderwijsregio.atlas.core.edit.RegionFileStore;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Saving for the {@link EditorModel}: atomic write with a {@code .bak}; when a colleague changed the file
 * since loading, no overwrite but a choice (save as a new file, take their version, the differences shown);
 * after a save, the change set goes to the change log under the editor's name, asked once.
 */
final class EditorSaving {

    private static final Logger LOG = Logger.getLogger(EditorSaving.class.getName());

    private final EditorModel model;
    private final AtlasState state;
    private final EditorDialogs dialogs;
    private final Clock clock;
    /**
     * The shapefile of each municipality edition seen, by its codes: after a reorganisation takes up a
     * newer edition (or undoes it), a save must name the shapefile the saved codes belong to.
     */
    private final Map<Set<String>, Path> editionFiles = new HashMap<>();

    EditorSaving(EditorModel model, AtlasState state, EditorDialogs dialogs, Clock clock) {
        this.model = model;
        this.state = state;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    EditorModel.SaveOutcome save() {
        EditHistory history = model.history();
        RegionFileStore store = model.store();
        if (history == null || !history.isDirty()) {
            state.statusProperty().set(Messages.t("editor.nothingToSave"));
            return EditorModel.SaveOutcome.NOTHING_TO_SAVE;
        }
        Optional<String> editor = editorName();
        if (editor.isEmpty()) {
            return EditorModel.SaveOutcome.CANCELLED;
        }
        RegionData data = history.current().data();
        try {
            // Over a colleague's re-save of the very data the work began from too: nothing of theirs would be lost.
            store.save(data, model.base().orElse(null));
            afterSaved(editor.get());
            return EditorModel.SaveOutcome.SAVED;
        } catch (FileChangedException e) {
            return e.gone() ? resolveGone(editor.get(), data) : resolveConflict(editor.get(), data);
        } catch (IOException | RuntimeException e) {
            return failed(store.file(), e, editor.get(), data);
        }
    }

    /** Opslaan als…: the data as shown, edited or not, to a new file of the user's choosing, edited from then on. */
    EditorModel.SaveOutcome saveAs() {
        if (model.history() == null) {
            return EditorModel.SaveOutcome.NOTHING_TO_SAVE;
        }
        Optional<String> editor = editorName();
        if (editor.isEmpty()) {
            return EditorModel.SaveOutcome.CANCELLED;
        }
        return saveAsNewFile(editor.get(), model.history().current().data());
    }

    /**
     * A save that was not written: told about the user's file and why, in their language, as a failed save (a read-only
     * folder, a full disk) with the offer to save as a new file, or as an error nobody expected. Unless saved as a new
     * file, the work stays on screen, unsaved.
     */
    private EditorModel.SaveOutcome failed(Path target, Exception e, String editor, RegionData mine) {
        LOG.log(Level.WARNING, "saving " + target + " failed", e);
        if (e instanceof IOException io) {
            ExportNotWritten why = ExportNotWritten.because(target, io);
            state.statusProperty().set(Messages.t("editor.notSaved", ErrorDialog.summary(why)));
            // Each refusal (read-only, no permission, a full disk) is put right by another name or place.
            if (dialogs.showSaveFailedOfferingSaveAs(why)) {
                return saveAsNewFile(editor, mine);
            }
        } else {
            state.statusProperty().set(Messages.t("editor.saveFailed", target.getFileName()));
            dialogs.showError(e);
        }
        return EditorModel.SaveOutcome.FAILED;
    }

    private EditorModel.SaveOutcome resolveConflict(String editor, RegionData mine) {
        RegionFileStore store = model.store();
        state.statusProperty().set(Messages.t("editor.changedOnDisk", store.file().getFileName()));
        List<String> differences;
        try {
            differences = differences(mine, store.readDiskVersion());
        } catch (IOException | DataLoadException e) {
            differences = List.of(Messages.t("editor.diffUnavailable", ErrorDialog.summary(e)));
        }
        return switch (dialogs.askConflict(store.file(), differences)) {
            case SAVE_AS -> saveAsNewFile(editor, mine);
            case RELOAD -> reload();
            case CANCEL -> EditorModel.SaveOutcome.CANCELLED;
        };
    }

    /** Takes up the colleague's version; when it cannot be read, that is said, and the editor's work stays. */
    private EditorModel.SaveOutcome reload() {
        EditHistory history = model.history();
        RegionFileStore store = model.store();
        try {
            Atlas theirs = history.current().withData(store.reload(history.current().municipalities().keySet()));
            model.restartOn(theirs);
            state.statusProperty().set(Messages.t("editor.reloaded", store.file().getFileName()));
            return EditorModel.SaveOutcome.RELOADED;
        } catch (IOException | DataLoadException e) {
            LOG.log(Level.WARNING, "cannot load the version on disk of " + store.file(), e);
            String unread = Messages.t("editor.reloadFailed", store.file().getFileName());
            state.statusProperty().set(unread);
            dialogs.showError(unread, e);
            return EditorModel.SaveOutcome.FAILED;
        }
    }

    /**
     * The file was deleted or moved away since it was loaded: there is no other version to compare with or to load,
     * only the question where the work goes, where the file was (while its folder is there) or to a new file.
     */
    private EditorModel.SaveOutcome resolveGone(String editor, RegionData mine) {
        RegionFileStore store = model.store();
        state.statusProperty().set(Messages.t("editor.goneOnDisk", store.file().getFileName()));
        boolean folderThere = Files.isDirectory(store.file().toAbsolutePath().getParent());
        return switch (dialogs.askWhenFileGone(store.file(), folderThere)) {
            case SAVE_AGAIN -> saveAgain(editor, mine);
            case SAVE_AS -> saveAsNewFile(editor, mine);
            case CANCEL -> EditorModel.SaveOutcome.CANCELLED;
        };
    }

    private EditorModel.SaveOutcome saveAgain(String editor, RegionData mine) {
        RegionFileStore store = model.store();
        try {
            store.saveAgain(mine);
        } catch (FileChangedException e) {
            // Put back while the question was open: someone's version is there again, never overwritten unasked.
            return resolveConflict(editor, mine);
        } catch (IOException | RuntimeException e) {
            return failed(store.file(), e, editor, mine);
        }
        afterSaved(editor);
        return EditorModel.SaveOutcome.SAVED;
    }

    /** The work to a new file of the user's choosing, which is the file edited from then on. */
    private EditorModel.SaveOutcome saveAsNewFile(String editor, RegionData mine) {
        RegionFileStore store = model.store();
        Optional<Path> target = dialogs.chooseSaveAsFile(suggestion());
        if (target.isEmpty()) {
            return EditorModel.SaveOutcome.CANCELLED;
        }
        try {
            store.saveAs(target.get(), mine);
        } catch (IOException | RuntimeException e) {
            return failed(target.get(), e, editor, mine);
        }
        state.regionFileProperty().set(store.file());
        afterSaved(editor);
        state.savedAsNewFile(store.file());
        return EditorModel.SaveOutcome.SAVED;
    }

    /**
     * The differences, one line each, under a heading for the editor's own changes, the colleague's, and what
     * both changed; without a known base, which is whose cannot be told, only what each version has.
     */
    private List<String> differences(RegionData mine, RegionData onDisk) {
        Optional<RegionData> base = model.base();
        if (base.isEmpty()) {
            return RegionDiff.versusDisk(mine, onDisk, model::municipalityName).stream()
                    .map(l -> EditorModel.format(l.text())).toList();
        }
        ConflictDiff.Sorted sorted = ConflictDiff.of(base.get(), mine, onDisk, model::municipalityName);
        List<String> lines = new ArrayList<>();
        section(lines, "editor.conflict.own", sorted.own());
        section(lines, "editor.conflict.theirs", sorted.theirs());
        section(lines, "editor.conflict.both", sorted.both());
        return lines;
    }

    private static void section(List<String> lines, String headingKey, List<RegionDiff.Line> part) {
        if (!part.isEmpty()) {
            lines.add(Messages.t(headingKey, part.size()));
            part.forEach(l -> lines.add("  " + EditorModel.format(l.text())));
        }
    }

    /** {@code file} is the shapefile of the municipality edition with {@code codes}. */
    void rememberEdition(Set<String> codes, Path file) {
        editionFiles.put(Set.copyOf(codes), file);
    }

    /** After a save: the shown boundaries are named by the shapefile of the edition the saved codes are in. */
    private void followEdition() {
        Path file = editionFiles.get(Set.copyOf(model.history().current().municipalities().keySet()));
        if (file != null && !file.equals(state.municipalityFileProperty().get())) {
            state.municipalityFileProperty().set(file);
        }
    }

    private Path suggestion() {
        RegionFileStore store = model.store();
        String name = store.file().getFileName().toString().replaceFirst("\\.json$", "");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(java.time.ZoneId.systemDefault())
                .format(clock.instant());
        return store.file().resolveSibling(name + "-" + stamp + ".json");
    }

    private void afterSaved(String editor) {
        EditHistory history = model.history();
        RegionFileStore store = model.store();
        ChangeLog log = ChangeLog.beside(store.file());
        String status = Messages.t("editor.saved", store.file().getFileName(), folderOf(store.file()));
        try {
            ChangeLog.Entry entry = ChangeLog.entryFor(history.unsavedJournal(), editor,
                    store.file().getFileName().toString(), clock.instant(), EditorModel.dutch(), model::municipalityName);
            // A copy saved as it is (Opslaan als… without edits) changed nothing worth a line.
            if (!entry.changes().isEmpty()) {
                log.append(entry);
            }
        } catch (IOException e) {
            // The data is safe; a missing log line is worth a warning, not a failed save, and one that stays.
            LOG.log(Level.WARNING, "cannot append to " + log.file(), e);
            status = Messages.t("editor.logFailed", store.file().getFileName(), log.file().getFileName(),
                    ErrorDialog.summary(e));
        }
        history.markSaved();
        followEdition();
        model.clearRecovery();
        state.savedToFile();
        state.statusProperty().set(status);
    }

    /**
     * The folder of a saved file, by its last two names ("…/big/data"): copies of the regions file by one name sit in
     * more than one folder, and the status line would be cut long before a whole path ends (its tooltip has it whole).
     */
    static String folderOf(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        int names = folder == null ? 0 : folder.getNameCount();
        return names <= 2 ? String.valueOf(folder) : "…" + folder.getFileSystem().getSeparator() + folder.subpath(names - 2, names);
    }

    /** The name for the change log: the one in the settings, or asked once and remembered there. */
    private Optional<String> editorName() {
        String known = state.editorNameProperty().get();
        if (known != null && !known.isBlank()) {
            return Optional.of(known.strip());
        }
        Optional<String> asked = dialogs.askEditorName().map(String::strip).filter(s -> !s.isEmpty());
        asked.ifPresent(n -> state.editorNameProperty().set(n));
        return asked;
    }
}
