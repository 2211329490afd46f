package nl.onderwijsregio.atlas.ui.editor;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DaemonThreads;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.DialogFit;
import nl.onderwijsregio.atlas.ui.DialogOwners;
import nl.onderwijsregio.atlas.ui.WrappingTextCell;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * "Wijzigingslogboek": the whole change log of the region file shown, to read outside edit mode too, since reading
 * changes nothing. The log may lie on a colleague's share, so it is read off the FX thread.
 */
final class ChangeLogDialog {

    private final AtlasState state;
    private final Supplier<Path> dataFile;
    private final Window owner;

    /** With {@code dataFile} the file saves go to: the log beside it is the one they write. */
    ChangeLogDialog(AtlasState state, Supplier<Path> dataFile, Window owner) {
        this.state = state;
        this.dataFile = dataFile;
        this.owner = owner;
    }

    /** Opens the dialog and starts reading the log; returns the dialog, shown, for whoever wants to close it. */
    Dialog<Void> open() {
        ChangeLogModel model = new ChangeLogModel();
        Path file = dataFile.get();
        Dialog<Void> dialog = DialogOwners.ownedIfShowing(new Dialog<>(), owner);
        dialog.setTitle(Messages.t("editor.changeLog.title"));
        dialog.setHeaderText(Messages.t("editor.changeLog.header", file.getFileName()));
        dialog.setResizable(true);
        ButtonType copy = new ButtonType(Messages.t("editor.changeLog.copy"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(copy, DialogButtons.close());
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().setId("change-log-dialog");
        Node copyButton = dialog.getDialogPane().lookupButton(copy);
        copyButton.setId("change-log-copy");
        // Copying must not close the dialog: the editor may want to filter again and copy some more.
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(model.copyText());
            Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
        DialogFit.keepWithinScreen(dialog);
        read(file, model);
        dialog.show();
        return dialog;
    }

    private static Node content(ChangeLogModel model) {
        TextField filter = new TextField();
        filter.setId("change-log-filter");
        filter.setPromptText(Messages.t("editor.changeLog.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        ListView<String> list = new ListView<>(model.shown());
        list.setId("change-log-list");
        WrappingTextCell.useIn(list);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholder());
        list.setPlaceholder(placeholder);
        list.setPrefSize(640, 420);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, filter, list);
        return box;
    }

    private void read(Path file, ChangeLogModel model) {
        Atlas atlas = state.atlas();
        Task<ChangeLog.Contents> task = new Task<>() {
            @Override
            protected ChangeLog.Contents call() throws Exception {
                return ChangeLog.beside(file).readAll();
            }
        };
        task.setOnSucceeded(e -> model.show(task.getValue(),
                id -> atlas == null ? null : atlas.region(id).map(Region::displayName).orElse(null)));
        task.setOnFailed(e -> model.failed(String.valueOf(task.getException().getMessage())));
        DaemonThreads.start(task, "atlas-change-log");
    }
}
