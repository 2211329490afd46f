package nl.onderwijsregio.atlas.ui.editor;

import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.DialogFit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.ui.DialogOwners;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** The editor's questions as JavaFX dialogs owned by the main window. */
final class FxEditorDialogs implements EditorDialogs {

    /** Shows the native save chooser; a seam, because a headless test run has no native dialogs. */
    interface SaveChooser {
        java.io.File show(FileChooser chooser, Window owner);
    }

    private final Window owner;
    private final SaveChooser saveChooser;

    FxEditorDialogs(Window owner) {
        this(owner, FileChooser::showSaveDialog);
    }

    FxEditorDialogs(Window owner, SaveChooser saveChooser) {
        this.owner = owner;
        this.saveChooser = saveChooser;
    }

    private <T extends javafx.scene.control.Dialog<?>> T owned(T dialog) {
        return owned(owner, dialog);
    }

    /** {@code dialog} owned by {@code owner} while it shows, and looking as the editor's dialogs do. */
    static <T extends javafx.scene.control.Dialog<?>> T owned(Window owner, T dialog) {
        DialogOwners.ownedIfShowing(dialog, owner);
        dialog.getDialogPane().getStyleClass().add("editor-dialog");
        return dialog;
    }

    @Override
    public Optional<String> askEditorName() {
        TextInputDialog d = owned(new TextInputDialog(System.getProperty("user.name", "")));
        d.setTitle(Messages.t("editor.name.title"));
        d.setHeaderText(Messages.t("editor.name.header"));
        d.setContentText(Messages.t("editor.name.label"));
        // The step named, not OK; the dialog answers the text for any button that is OK_DONE.
        ButtonType keep = new ButtonType(Messages.t("editor.name.confirm"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().replaceAll(b -> b == ButtonType.OK ? keep : b);
        DialogButtons.localise(d.getDialogPane());
        d.getDialogPane().setId("editor-name");
        return d.showAndWait();
    }

    @Override
    public Conflict askConflict(Path file, List<String> differences, KeepBoth keepBoth) {
        return FxConflictDialogs.askConflict(owner, file, differences, keepBoth);
    }

    @Override
    public boolean confirmReload(Path file, Path keptAs, int changes) {
        return FxConflictDialogs.confirmReload(owner, file, keptAs, changes);
    }

    @Override
    public boolean confirmSaveWithErrors(int errors, String first) {
        ButtonType save = new ButtonType(Messages.t("editor.saveWithErrors.save"), ButtonBar.ButtonData.OK_DONE);
        Alert a = owned(new Alert(Alert.AlertType.WARNING, Messages.t("editor.saveWithErrors.text", errors), save,
                DialogButtons.cancel()));
        a.setTitle(Messages.t("editor.saveWithErrors.title"));
        a.setHeaderText(Messages.t("editor.saveWithErrors.header", errors, first));
        a.getDialogPane().setId("save-with-errors");
        DialogButtons.localise(a.getDialogPane());
        // Cancel is the default: a file validate refuses goes out only by a deliberate click.
        DialogButtons.defaultTo(a.getDialogPane(), DialogButtons.cancel(), save);
        DialogFit.keepWithinScreen(a);
        return a.showAndWait().filter(save::equals).isPresent();
    }

    @Override
    public Gone askWhenFileGone(Path file, boolean canSaveAgain) {
        ButtonType saveAgain = new ButtonType(Messages.t("editor.gone.saveAgain"), ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType(Messages.t("editor.conflict.saveAs"), ButtonBar.ButtonData.NO);
        Path folder = file.toAbsolutePath().getParent();
        Alert a = owned(canSaveAgain
                ? new Alert(Alert.AlertType.WARNING, Messages.t("editor.gone.text", file.getFileName(), folder),
                        saveAgain, saveAs, DialogButtons.cancel())
                : new Alert(Alert.AlertType.WARNING, Messages.t("editor.gone.textNoFolder", file.getFileName(), folder),
                        saveAs, DialogButtons.cancel()));
        a.setTitle(Messages.t("editor.gone.title"));
        a.setHeaderText(Messages.t("editor.gone.header", file.getFileName()));
        DialogButtons.localise(a.getDialogPane());
        a.getDialogPane().setId("file-gone");
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty()) {
            return Gone.CANCEL;
        }
        return answer.get() == saveAgain ? Gone.SAVE_AGAIN : answer.get() == saveAs ? Gone.SAVE_AS : Gone.CANCEL;
    }

    @Override
    public Optional<Path> chooseSaveAsFile(Path suggestion) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.t("editor.saveAs.title"));
        Path folder = suggestion.toAbsolutePath().getParent();
        // A folder that is gone (work kept for a file that is no longer there) would make the chooser fail.
        chooser.setInitialDirectory((Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"))).toFile());
        chooser.setInitialFileName(suggestion.getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.t("editor.filter.regionFiles"), "*.json"));
        afterOtherDialogsClosed();
        return Optional.ofNullable(saveChooser.show(chooser, owner)).map(java.io.File::toPath);
    }

    /**
     * Lets a dialog that just closed (the conflict question, whose answer opens the chooser) finish closing, and gives
     * the main window its focus back, before the native chooser opens. Opened at once, within the closing dialog's
     * answer, the (GTK) chooser left the menu bar opening no menu until a restart; Ctrl+Shift+S, with the main
     * window focused, never did.
     */
    private void afterOtherDialogsClosed() {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        owner.requestFocus();
        Object settled = new Object();
        Platform.runLater(() -> Platform.exitNestedEventLoop(settled, null));
        Platform.enterNestedEventLoop(settled);
    }

    @Override
    public boolean askRestore(RecoveryStore.Snapshot snapshot, boolean fileChangedSince, List<String> changes) {
        String when = Messages.current().dateTime(snapshot.savedAt());
        ButtonType restore = new ButtonType(Messages.t("editor.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.t("editor.recovery.discard"), ButtonBar.ButtonData.NO);
        Path file = snapshot.dataFile();
        // The folder too: copies of the regions file by one name sit in more than one folder.
        String text = Messages.t("editor.recovery.text", when, file.getFileName(), file.toAbsolutePath().getParent());
        if (fileChangedSince) {
            text += " " + Messages.t("editor.recovery.changedSince", file.getFileName());
        }
        Alert a = owned(new Alert(Alert.AlertType.CONFIRMATION, text, restore, discard));
        a.setTitle(Messages.t("editor.recovery.title"));
        a.setHeaderText(Messages.t("editor.recovery.header"));
        a.getDialogPane().setId("restore");
        // Open at once: what the work holds is what the question is about.
        a.getDialogPane().setExpandableContent(FxConflictDialogs.differencesArea("restore-changes", changes));
        a.getDialogPane().setExpanded(true);
        DialogButtons.localise(a.getDialogPane());
        DialogButtons.growWithDetails(a.getDialogPane());
        DialogFit.keepWithinScreen(a);
        return a.showAndWait().filter(restore::equals).isPresent();
    }

    @Override
    public boolean askOpenToRestore(RecoveryStore.Snapshot snapshot) {
        String when = Messages.current().dateTime(snapshot.savedAt());
        ButtonType open = new ButtonType(Messages.t("editor.recovery.open"), ButtonBar.ButtonData.YES);
        ButtonType later = new ButtonType(Messages.t("editor.recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = owned(new Alert(Alert.AlertType.CONFIRMATION, Messages.t("editor.recovery.otherFile.text", when,
                snapshot.dataFile().getFileName(), snapshot.dataFile().getParent()), open, later));
        a.setTitle(Messages.t("editor.recovery.title"));
        a.setHeaderText(Messages.t("editor.recovery.otherFile.header", snapshot.dataFile().getFileName()));
        return a.showAndWait().filter(open::equals).isPresent();
    }

    @Override
    public GoneFileWork askAboutWorkForGoneFile(RecoveryStore.Snapshot snapshot, Path keptIn) {
        String when = Messages.current().dateTime(snapshot.savedAt());
        ButtonType saveAs = new ButtonType(Messages.t("editor.recovery.fileGone.saveAs"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.t("editor.recovery.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(Messages.t("editor.recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = owned(new Alert(Alert.AlertType.WARNING, Messages.t("editor.recovery.fileGone.text", when,
                snapshot.dataFile(), keptIn), saveAs, discard, later));
        a.setTitle(Messages.t("editor.recovery.title"));
        a.setHeaderText(Messages.t("editor.recovery.fileGone.header", snapshot.dataFile().getFileName()));
        // Later is the default: throwing work away, even forgotten work, takes a deliberate click.
        DialogButtons.defaultTo(a.getDialogPane(), later, saveAs);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == later) {
            return GoneFileWork.LATER;
        }
        return answer.get() == saveAs ? GoneFileWork.SAVE_AS : GoneFileWork.DISCARD;
    }

    @Override
    public Close askClose(Path file, int changes) {
        return askAboutUnsaved("editor.close.header", file, changes);
    }

    @Override
    public Close askBeforeOpening(Path file, int changes) {
        return askAboutUnsaved("editor.open.header", file, changes);
    }

    private Close askAboutUnsaved(String headerKey, Path file, int changes) {
        ButtonType save = new ButtonType(Messages.t("editor.close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.t("editor.close.discard"), ButtonBar.ButtonData.NO);
        Alert a = owned(new Alert(Alert.AlertType.CONFIRMATION, Messages.t("editor.close.text", file.getFileName(),
                file.toAbsolutePath().getParent(), changes), save, discard, DialogButtons.cancel()));
        a.setTitle(Messages.t("editor.close.title"));
        a.setHeaderText(Messages.t(headerKey));
        a.getDialogPane().setId("unsaved-work");
        DialogFit.keepWithinScreen(a);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty()) {
            return Close.CANCEL;
        }
        return answer.get() == save ? Close.SAVE : answer.get() == discard ? Close.DISCARD : Close.CANCEL;
    }

    @Override
    public boolean confirmDelete(String regionName) {
        ButtonType delete = new ButtonType(Messages.t("editor.delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert a = owned(new Alert(Alert.AlertType.CONFIRMATION, Messages.t("editor.delete.text", regionName),
                delete, DialogButtons.cancel()));
        a.setTitle(Messages.t("editor.delete.title"));
        a.setHeaderText(Messages.t("editor.delete.header", regionName));
        a.getDialogPane().setId("delete-region");
        return a.showAndWait().filter(delete::equals).isPresent();
    }

    @Override
    public boolean showSaveFailedOfferingSaveAs(ExportNotWritten why) {
        ButtonType saveAs = new ButtonType(Messages.t("editor.saveFailed.saveAs"), ButtonBar.ButtonData.OK_DONE);
        Alert a = ErrorDialog.create(owner, Messages.t("editor.saveFailed.header"), why, saveAs);
        a.getDialogPane().lookupButton(saveAs).setId("save-failed-save-as");
        return a.showAndWait().filter(saveAs::equals).isPresent();
    }

    @Override
    public void showError(String header, Throwable error) {
        ErrorDialog.show(owner, header, error);
    }
}
