package nl.onderwijsregio.atlas.ui.editor;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * OK and Cancel in the app's language. JavaFX's own {@link ButtonType#OK} and {@link ButtonType#CANCEL} follow
 * the operating system's language, which need not be the one chosen in the atlas.
 */
final class DialogButtons {

    static final ButtonType OK = new ButtonType(Messages.t("editor.button.ok"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Messages.t("editor.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private DialogButtons() {
    }

    /** Replaces JavaFX's OK and Cancel on a ready-made dialog (e.g. a TextInputDialog). */
    static void localise(DialogPane pane) {
        pane.getButtonTypes().replaceAll(b -> b == ButtonType.OK ? OK : b == ButtonType.CANCEL ? CANCEL : b);
    }
}
