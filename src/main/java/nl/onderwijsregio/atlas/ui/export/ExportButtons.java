package nl.onderwijsregio.atlas.ui.export;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** The buttons of the export dialogs: Exporteren, and the Annuleren every dialog of the atlas has. */
final class ExportButtons {

    private ExportButtons() {
    }

    /** Puts both on {@code pane}; returns the one that exports, which the dialog's answer is told by. */
    static ButtonType install(DialogPane pane) {
        ButtonType export = new ButtonType(Messages.t("export.ok"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(export, DialogButtons.cancel());
        return export;
    }
}
