package nl.onderwijsregio.atlas.ui.export;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The buttons of the export dialogs: Exporteren, and the Annuleren every dialog of the atlas has; and the question
 * before an export replaces files already there.
 */
final class ExportButtons {

    private ExportButtons() {
    }

    /** Puts both on {@code pane}; returns the one that exports, which the dialog's answer is told by. */
    static ButtonType install(DialogPane pane) {
        ButtonType export = new ButtonType(Messages.t("export.ok"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(export, DialogButtons.cancel());
        return export;
    }

    /**
     * Asks whether files already there may be replaced, Vervangen or Annuleren. Enter keeps them: replacing a talk's
     * finished slides or map should take a deliberate click.
     */
    static boolean mayReplace(Window owner, String title, String header, String text) {
        ButtonType replace = new ButtonType(Messages.t("export.replace"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel();
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, text, replace, cancel);
        question.initOwner(owner);
        question.setTitle(title);
        question.setHeaderText(header);
        question.getDialogPane().setId("export-replace");
        DialogButtons.defaultTo(question.getDialogPane(), cancel, replace);
        return question.showAndWait().filter(replace::equals).isPresent();
    }
}
