package nl.onderwijsregio.atlas.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.onderwijsregio.atlas.core.edit.Description;
import nl.onderwijsregio.atlas.core.edit.Edit;
import nl.onderwijsregio.atlas.core.edit.EditException;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.edit.RegionFileStore;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MapEditHandler;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The editor's view-model: the undo history over the shared {@link AtlasState#atlasProperty() atlas}, with
 * saving ({@link EditorSaving}), crash recovery ({@link EditorRecovery}), the questions before unsaved work
 * could go ({@link UnsavedWorkGuard}), map clicks ({@link MapEditing}) and the menu's view of the history
 * ({@link HistoryState}) beside it. Every edit replaces the shared atlas with the new snapshot, so every
 * view follows. FX thread only.
 */
public final class EditorModel {

    /** How a save ended; REFUSED: a value still being typed in the form was refused, so nothing was written. */
    public enum SaveOutcome { SAVED, NOTHING_TO_SAVE, CANCELLED, RELOADED, FAILED, REFUSED }

    private final AtlasState state;
    private final Path dataFile;
    private final EditorRecovery recovery;
    private final EditorDialogs dialogs;
    private final Clock clock;

    private final HistoryState historyState = new HistoryState();
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    private EditHistory history;
    private RegionFileStore store;
    /** The data as read from the file, to tell whether the file still holds it when tracking starts. */
    private RegionData loaded;
    /**
     * The saved snapshot when restored work began on another version of the file (a colleague saved between the
     * crash and the restart): until the next save or reload it is not where the unsaved work began.
     */
    private Atlas savedButNotTheBase;
    private boolean publishing;
    private final EditorSaving saving;
    private final UnsavedWorkGuard guard;
    private final MapEditing mapEditing;
    /** The status line asks for a region; it is answered, and cleared, by the next selection. */
    private String regionQuestion;
    /** Commits text typed in the form but not yet committed; false when a typed value is refused. */
    private BooleanSupplier typedText = () -> true;

    /**
     * @param dataFile the region file to save to until {@link AtlasState#regionFileProperty()} names one
     */
    public EditorModel(AtlasState state, Path dataFile, RecoveryStore recovery, EditorDialogs dialogs, Clock clock) {
        this.state = state;
        this.dataFile = dataFile;
        this.recovery = new EditorRecovery(state, recovery, dialogs, clock, this::base, this::municipalityName);
        this.dialogs = dialogs;
        this.clock = clock;
        this.saving = new EditorSaving(this, state, dialogs, clock);
        this.guard = new UnsavedWorkGuard(this, dialogs, this.recovery, this::commitTypedText);
        this.mapEditing = new MapEditing(state, this);
        state.atlasProperty().addListener((obs, old, atlas) -> {
            if (!publishing && atlas != null) {
                // Data replaced without asking (a newer boundary edition): keep unsaved work in the
                // recovery file, under the file it belongs to. Work the user chose to discard for this data is
                // let go only now that it is off the screen.
                if (guard.discardedBeforeReplace()) {
                    clearRecovery();
                } else {
                    autosaveNow();
                }
                adopt(atlas);
            }
        });
        state.addReplaceGuard(guard::confirmReplace);
        state.selectedRegionIdProperty().addListener((obs, old, id) -> {
            // Typed for the region shown before, and explained by the reason given for it: committed before it goes.
            commitTypedText();
            if (id != null && regionQuestion != null && regionQuestion.equals(state.statusProperty().get())) {
                state.statusProperty().set("");
            }
            regionQuestion = null;
            // A reason explains edits of one region; carried over, it would be stored against another.
            reason.set("");
        });
        if (state.atlas() != null) {
            adopt(state.atlas());
        }
    }

    /** Says in the status line that an edit needs a selected region first. */
    void askForRegion() {
        regionQuestion = Messages.t("editor.selectRegionFirst");
        state.statusProperty().set(regionQuestion);
    }

    /** A newly loaded atlas: a fresh history, and the file tracked from the version it was loaded from. */
    private void adopt(Atlas atlas) {
        loaded = atlas.data();
        guard.workAgain();
        // A reason given for the data shown before does not explain edits of other data.
        reason.set("");
        Path boundaries = state.municipalityFileProperty().get();
        if (boundaries != null) {
            rememberEdition(atlas.municipalities().keySet(), boundaries);
        }
        history = new EditHistory(atlas, clock);
        history.addListener(h -> {
            guard.workAgain();
            historyState.show(h);
        });
        Path file = state.regionFileProperty().get();
        trackFile(file == null ? dataFile : file, file == null ? null : state.regionFileFingerprint());
        saving.workBegins();
        recovery.startAfresh();
        historyState.show(history);
        offerRecovery(atlas);
    }

    /**
     * With the fingerprint of the bytes the atlas was read from, nothing is read again: a version saved since then
     * differs from it, and the first save is refused. Without it, the file is read as data to compare, which holds
     * the FX thread for seconds on a large file.
     */
    private void trackFile(Path file, String loadedFingerprint) {
        if (loadedFingerprint != null) {
            store = RegionFileStore.track(file, loadedFingerprint);
            return;
        }
        try {
            store = RegionFileStore.trackLoaded(file, loaded);
        } catch (IOException e) {
            store = RegionFileStore.track(file, null);
        }
    }

    private void offerRecovery(Atlas atlas) {
        recovery.offer(store.file(), s -> WorkDifferences.of(beganFrom(s, atlas), s.data(), atlas.data(),
                this::municipalityName)).ifPresent(s -> {
            Atlas restored = atlas.withData(s.data());
            Description step = Description.of("editor.step.restored");
            savedButNotTheBase = null;
            if (Objects.equals(s.loadedHash(), store.knownHash())) {
                // The loaded version stays the saved one, so the restored work counts as unsaved.
                history.restore(atlas, restored, step, s.steps());
            } else if (s.base() != null) {
                // A colleague saved between the crash and the restart: the work's own base is the saved version, so
                // their changes are told as theirs, never logged as the editor undoing them.
                history.restore(atlas.withData(s.base()), restored, step, s.steps());
            } else {
                // Kept by an older version, without its base: whose each difference is cannot be told.
                savedButNotTheBase = history.saved();
                history.restore(atlas, restored, step, s.steps());
            }
            // The hash the crashed session loaded is what a save checks, so a colleague's save in between is not
            // overwritten.
            store = RegionFileStore.track(store.file(), s.loadedHash());
            publish(restored);
            state.statusProperty().set(Messages.t("editor.restored"));
        });
    }

    /**
     * The version kept work began from: the one loaded, when the file still holds it, else the one kept with the
     * work; empty when neither is known.
     */
    private Optional<RegionData> beganFrom(RecoveryStore.Snapshot work, Atlas loaded) {
        return Objects.equals(work.loadedHash(), store.knownHash()) ? Optional.of(loaded.data())
                : Optional.ofNullable(work.base());
    }

    public EditHistory history() {
        return history;
    }

    /** The version the unsaved work began from (loaded or last saved); empty when that version is not known. */
    Optional<RegionData> base() {
        Atlas saved = history.saved();
        return saved == savedButNotTheBase ? Optional.empty() : Optional.of(saved.data());
    }

    public Atlas atlas() {
        return history == null ? null : history.current();
    }

    /**
     * The data as read from the file when it was opened, not moved on by saves: a member removed and added again
     * comes back as it had it, with its printed name, also when the removal was saved in between.
     */
    RegionData loaded() {
        return loaded;
    }

    /** The text for the next edit's correction record; empty for none. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public String reason() {
        return reason.get() == null || reason.get().isBlank() ? null : reason.get().strip();
    }

    /** The form's fields commit on Enter or on leaving them; {@code commit} commits what they still hold. */
    void commitTypedTextWith(BooleanSupplier commit) {
        typedText = commit;
    }

    /** @return false when the form refused a typed value; its message is on the status line */
    boolean commitTypedText() {
        return typedText.getAsBoolean();
    }

    /**
     * Performs an edit built against the current snapshot. A refused edit shows why in the status line.
     *
     * @return true when the data changed
     */
    public boolean perform(java.util.function.Function<Atlas, Edit> build) {
        if (history == null) {
            return false;
        }
        try {
            Edit edit = build.apply(history.current());
            if (!history.perform(edit)) {
                return false;
            }
            publish(history.current());
            // Said as done, like undo and redo, not in the menu's imperative: it reads as an instruction otherwise.
            String done = Messages.t("editor.done", format(edit.outcome()));
            state.statusProperty().set(edit.reason() == null ? done
                    : Messages.t("editor.doneWithReason", done, edit.reason()));
            recovery.edited(history, store);
            return true;
        } catch (EditException e) {
            state.statusProperty().set(Messages.t("editor.refused", format(e.description())));
            return false;
        }
    }

    /** Why the edit {@code build} makes would be refused now, in the user's language; empty when it would be done. */
    Optional<String> refusal(java.util.function.Function<Atlas, Edit> build) {
        try {
            build.apply(history.current()).apply(history.current());
            return Optional.empty();
        } catch (EditException e) {
            return Optional.of(format(e.description()));
        }
    }

    public void undo() {
        if (history != null) {
            history.undo().ifPresent(e -> showUndoneOrRedone(e, "editor.undone"));
        }
    }

    public void redo() {
        if (history != null) {
            history.redo().ifPresent(e -> showUndoneOrRedone(e, "editor.redone"));
        }
    }

    private void showUndoneOrRedone(Edit step, String statusKey) {
        Atlas now = history.current();
        publish(now);
        state.clearSelectionIfAbsent(now);
        // With nothing chosen, the step's one region is chosen, so what it changed is in view: a deleted region
        // that came back by undo, a new one by redo.
        if (state.selectedRegionIdProperty().get() == null && step.regionIds().size() == 1) {
            String id = step.regionIds().iterator().next();
            if (now.region(id).isPresent()) {
                state.selectedRegionIdProperty().set(id);
            }
        }
        state.statusProperty().set(Messages.t(statusKey, format(step.outcome())));
    }

    /** Deletes a region after the user confirms. */
    public boolean deleteRegion(String regionId) {
        Optional<Region> region = atlas() == null ? Optional.empty() : atlas().region(regionId);
        if (region.isEmpty() || !dialogs.confirmDelete(region.get().displayName())) {
            return false;
        }
        boolean done = perform(a -> Edits.deleteRegion(a, regionId, reason()));
        if (done && regionId.equals(state.selectedRegionIdProperty().get())) {
            state.selectedRegionIdProperty().set(null);
        }
        return done;
    }

    // ---- saving

    /** Ctrl+S: see {@link EditorSaving}. */
    public SaveOutcome save() {
        return commitTypedTextBeforeSaving() ? endingTheReason(saving.save()) : SaveOutcome.REFUSED;
    }

    /** Opslaan als…: to a new file, which is the file edited from then on. */
    public SaveOutcome saveAs() {
        return commitTypedTextBeforeSaving() ? endingTheReason(saving.saveAs()) : SaveOutcome.REFUSED;
    }

    /**
     * A reason explains the work a save records (or that was given up for a colleague's version); kept on, it would
     * be stored with changes made long after, for other reasons, and go into their corrections and the change log
     * unnoticed.
     */
    private SaveOutcome endingTheReason(SaveOutcome outcome) {
        if (outcome == SaveOutcome.SAVED || outcome == SaveOutcome.RELOADED) {
            reason.set("");
        }
        return outcome;
    }

    private boolean commitTypedTextBeforeSaving() {
        if (!commitTypedText()) {
            // The form's complaint alone reads as if the rest was saved: say that nothing was.
            state.statusProperty().set(Messages.t("editor.save.refusedTyped", state.statusProperty().get()));
            return false;
        }
        return true;
    }

    /** Takes up the colleague's version after a refused save: a clean start on it. */
    void restartOn(Atlas theirs) {
        history.reset(theirs, false);
        clearRecovery();
        publish(theirs);
        // Read from disk anew, with the colleague's saves in the change log beside it.
        state.shownAnewFromFile();
    }

    /** After a colleague's changes were merged into the work: the merged work shown. */
    void showMerged() {
        publish(history.current());
    }

    RegionFileStore store() {
        return store;
    }

    /** {@code file} is the shapefile of the municipality edition with {@code codes}. */
    void rememberEdition(Set<String> codes, Path file) {
        saving.rememberEdition(codes, file);
    }

    /** Writes unsaved work to the recovery file now. */
    public void autosaveNow() {
        if (history != null) {
            recovery.saveNow(history, store);
        }
    }

    /** The tick of the autosave timer, every few seconds. */
    public void tick() {
        if (history != null) {
            recovery.tick(history, store);
        }
    }

    /** Asks about unsaved changes; true when the window may close. */
    public boolean confirmClose() {
        return guard.confirmClose();
    }

    /** The file saves go to (changes after a "save as"). */
    public Path file() {
        return store == null ? dataFile : store.file();
    }

    void clearRecovery() {
        recovery.forgetOwn();
    }

    /** The undo history as the Edit menu and the window title show it. */
    public HistoryState historyState() {
        return historyState;
    }

    /** What map clicks and strokes do in edit mode. */
    public MapEditHandler mapEdits() {
        return mapEditing;
    }

    MapEditing mapEditing() {
        return mapEditing;
    }

    private void publish(Atlas atlas) {
        publishing = true;
        try {
            Atlas before = state.atlas();
            // A reorganisation (or its undo) changes the boundaries themselves: the map needs them projected anew.
            if (before != null && !before.municipalities().keySet().equals(atlas.municipalities().keySet())) {
                state.geometryProperty().set(MapGeometry.of(atlas));
            }
            state.atlasProperty().set(atlas);
        } finally {
            publishing = false;
        }
    }

    String municipalityName(String code) {
        return atlas() == null ? code : atlas().municipality(code).map(Municipality::name).orElse(code);
    }

    /** In the user's language, for menus and status. */
    public static String format(Description d) {
        return d.format((key, args) -> Messages.t(key, args));
    }

    /** The change log is Dutch, like the data. */
    static Description.Formatter dutch() {
        Messages nl = new Messages(Messages.DUTCH);
        return nl::text;
    }
}
