package nl.onderwijsregio.atlas.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;

/** Answers the editor's questions as each test sets them, and records what was asked. */
final class ScriptedDialogs implements EditorDialogs {
    Conflict conflict = Conflict.CANCEL;
    Close close = Close.CANCEL;
    Close beforeOpening = Close.CANCEL;
    Path closeAsked;
    int closeChanges;
    boolean restore;
    boolean restoreAsked;
    boolean restoreToldFileChanged;
    List<String> restoreChanges = List.of();
    boolean openToRestore;
    RecoveryStore.Snapshot openToRestoreAsked;
    Path restoreFileGoneKeptIn;
    GoneFileWork goneFileWork = GoneFileWork.LATER;
    Path conflictAsked;
    Gone gone = Gone.CANCEL;
    Path goneAsked;
    Boolean goneCouldSaveAgain;
    /** What happens on disk while the question about a gone file is on screen. */
    Runnable whileGoneAsked = () -> { };
    Path saveAsChoice;
    boolean confirmDelete = true;
    List<String> differences = List.of();
    KeepBoth keepBoth;
    boolean confirmReload = true;
    Path reloadKeptAs;
    int reloadChanges;
    boolean saveWithErrors;
    int saveWithErrorsAsked;
    String firstErrorTold;
    boolean errorExpected;
    /** The answer to a refused save's offer to save as a new file. */
    boolean saveAsAfterFailure;
    String shownHeader;
    Throwable shownError;

    @Override
    public Optional<String> askEditorName() {
        return Optional.of("Anne de Vries");
    }

    @Override
    public Conflict askConflict(Path file, List<String> diff, KeepBoth offer) {
        conflictAsked = file;
        differences = diff;
        keepBoth = offer;
        return conflict;
    }

    @Override
    public boolean confirmReload(Path file, Path keptAs, int changes) {
        reloadKeptAs = keptAs;
        reloadChanges = changes;
        return confirmReload;
    }

    @Override
    public boolean confirmSaveWithErrors(int errors, String first) {
        saveWithErrorsAsked = errors;
        firstErrorTold = first;
        return saveWithErrors;
    }

    @Override
    public Gone askWhenFileGone(Path file, boolean canSaveAgain) {
        goneAsked = file;
        goneCouldSaveAgain = canSaveAgain;
        whileGoneAsked.run();
        return gone;
    }

    @Override
    public Optional<Path> chooseSaveAsFile(Path suggestion) {
        return Optional.of(saveAsChoice != null ? saveAsChoice : suggestion);
    }

    @Override
    public boolean askRestore(RecoveryStore.Snapshot snapshot, boolean fileChangedSince, List<String> changes) {
        restoreAsked = true;
        restoreChanges = changes;
        restoreToldFileChanged = fileChangedSince;
        return restore;
    }

    @Override
    public boolean askOpenToRestore(RecoveryStore.Snapshot snapshot) {
        openToRestoreAsked = snapshot;
        return openToRestore;
    }

    @Override
    public GoneFileWork askAboutWorkForGoneFile(RecoveryStore.Snapshot snapshot, Path keptIn) {
        restoreFileGoneKeptIn = keptIn;
        return goneFileWork;
    }

    @Override
    public Close askClose(Path file, int changes) {
        closeAsked = file;
        closeChanges = changes;
        return close;
    }

    @Override
    public Close askBeforeOpening(Path file, int changes) {
        return beforeOpening;
    }

    @Override
    public boolean confirmDelete(String regionName) {
        return confirmDelete;
    }

    @Override
    public boolean showSaveFailedOfferingSaveAs(nl.onderwijsregio.atlas.core.export.ExportNotWritten why) {
        showSaveFailed(why);
        return saveAsAfterFailure;
    }

    @Override
    public void showError(String header, Throwable error) {
        if (!errorExpected) {
            throw new AssertionError("unexpected error dialog", error);
        }
        shownHeader = header;
        shownError = error;
    }
}
