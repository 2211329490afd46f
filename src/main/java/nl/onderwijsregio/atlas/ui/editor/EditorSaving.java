package nl.onderwijsregio.atlas.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.core.edit.FileChangedException;
import nl.onderwijsregio.atlas.core.edit.RegionFileStore;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Saving for the {@link EditorModel}: atomic write with a {@code .bak}, after a question when the validator finds
 * errors ({@link ErrorsBeforeSaving}); when a colleague changed the file since loading, no overwrite but a choice
 * ({@link ConflictResolution}); after a save, the change set goes to the change log under the editor's name, asked
 * once. A copy saved as a new file starts its change log as the file's log stood when the work began.
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
    private final ConflictResolution conflicts;
    private final ErrorsBeforeSaving errors;
    /**
     * How long the change log beside the file was when the work began (loaded, last saved, or taken up from a
     * colleague): a copy carries the log up to there, not what others logged since for a version the copy lacks.
     */
    private long logAtBase;

    EditorSaving(EditorModel model, AtlasState state, EditorDialogs dialogs, Clock clock) {
        this.model = model;
        this.state = state;
        this.dialogs = dialogs;
        this.clock = clock;
        this.conflicts = new ConflictResolution(model, state, dialogs, this);
        this.errors = new ErrorsBeforeSaving(state, dialogs);
    }

    /** The work begins anew from the file as it is: its change log up to here belongs to that version. */
    void workBegins() {
        Path file = model.store().file();
        try {
            logAtBase = ChangeLog.beside(file).length();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot measure the change log of " + file, e);
            logAtBase = 0;
        }
    }

    EditorModel.SaveOutcome save() {
        EditHistory history = model.history();
        RegionFileStore store = model.store();
        if (history == null || !history.isDirty()) {
            state.statusProperty().set(Messages.t("editor.nothingToSave"));
            return EditorModel.SaveOutcome.NOTHING_TO_SAVE;
        }
        if (!errors.allowSaving(history.current())) {
            return EditorModel.SaveOutcome.CANCELLED;
        }
        Optional<String> editor = editorName();
        if (editor.isEmpty()) {
            return EditorModel.SaveOutcome.CANCELLED;
        }
        RegionData data = history.current().data();
        try {
            // Over a colleague's re-save of the very data the work began from too: nothing of theirs would be lost.
            store.save(data, model.base().orElse(null));
            afterSaved(editor.get(), "editor.saved", null);
            return EditorModel.SaveOutcome.SAVED;
        } catch (FileChangedException e) {
            return e.gone() ? resolveGone(editor.get(), data) : conflicts.resolve(editor.get(), data);
        } catch (IOException | RuntimeException e) {
            return failed(store.file(), e, editor.get(), data);
        }
    }

    /** Opslaan als…: the data as shown, edited or not, to a new file of the user's choosing, edited from then on. */
    EditorModel.SaveOutcome saveAs() {
        if (model.history() == null) {
            return EditorModel.SaveOutcome.NOTHING_TO_SAVE;
        }
        if (!errors.allowSaving(model.history().current())) {
            return EditorModel.SaveOutcome.CANCELLED;
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
    EditorModel.SaveOutcome failed(Path target, Exception e, String editor, RegionData mine) {
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

    /**
     * The file was deleted or moved away since it was loaded: there is no other version to compare with or to load,
     * only the question where the work goes, where the file was (while its folder is there) or to a new file.
     */
    EditorModel.SaveOutcome resolveGone(String editor, RegionData mine) {
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
            return conflicts.resolve(editor, mine);
        } catch (IOException | RuntimeException e) {
            return failed(store.file(), e, editor, mine);
        }
        afterSaved(editor, "editor.saved", null);
        return EditorModel.SaveOutcome.SAVED;
    }

    /** The work to a new file of the user's choosing, which is the file edited from then on. */
    EditorModel.SaveOutcome saveAsNewFile(String editor, RegionData mine) {
        RegionFileStore store = model.store();
        Path original = store.file();
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
        afterSaved(editor, "editor.saved", original);
        state.savedAsNewFile(store.file());
        return EditorModel.SaveOutcome.SAVED;
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
        return store.file().resolveSibling(name + "-" + stamp() + ".json");
    }

    /** The time in a file name: a copy's, or the editor's version kept aside. */
    String stamp() {
        return DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(java.time.ZoneId.systemDefault())
                .format(clock.instant());
    }

    /**
     * After the work was written to the tracked file: its steps to the change log (a copy's log started from
     * {@code copiedFrom}'s), the work saved, and the status said by {@code savedKey} (file, folder).
     */
    void afterSaved(String editor, String savedKey, Path copiedFrom) {
        EditHistory history = model.history();
        RegionFileStore store = model.store();
        String status = Messages.t(savedKey, store.file().getFileName(), folderOf(store.file()));
        try {
            logWork(store.file(), editor, copiedFrom);
        } catch (IOException e) {
            // The data is safe; a missing log line is worth a warning, not a failed save, and one that stays.
            Path log = ChangeLog.beside(store.file()).file();
            LOG.log(Level.WARNING, "cannot write to " + log, e);
            status = Messages.t("editor.logFailed", store.file().getFileName(), log.getFileName(), ErrorDialog.summary(e));
        }
        history.markSaved();
        followEdition();
        model.clearRecovery();
        workBegins();
        state.savedToFile();
        state.statusProperty().set(status);
    }

    /**
     * The unsaved steps to the change log beside {@code file}; for a copy of the file {@code copiedFrom}, after the
     * log as it stood when the work began, so the copy's history is not cut off at the copy.
     */
    void logWork(Path file, String editor, Path copiedFrom) throws IOException {
        ChangeLog log = ChangeLog.beside(file);
        if (copiedFrom != null) {
            ChangeLog.beside(copiedFrom).copyTo(log, logAtBase);
        }
        ChangeLog.Entry entry = ChangeLog.entryFor(model.history().unsavedJournal(), editor,
                file.getFileName().toString(), clock.instant(), EditorModel.dutch(), model::municipalityName);
        // A copy saved as it is (Opslaan als… without edits) changed nothing worth a line.
        if (!entry.changes().isEmpty()) {
            log.append(entry);
        }
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
    Optional<String> editorName() {
        String known = state.editorNameProperty().get();
        if (known != null && !known.isBlank()) {
            return Optional.of(known.strip());
        }
        Optional<String> asked = dialogs.askEditorName().map(String::strip).filter(s -> !s.isEmpty());
        asked.ifPresent(n -> state.editorNameProperty().set(n));
        return asked;
    }
}
