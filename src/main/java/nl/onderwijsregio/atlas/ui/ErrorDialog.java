package nl.onderwijsregio.atlas.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import java.io.PrintWriter;
import java.io.StringWriter;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** An error as the user sees it: what went wrong in their language, details to copy for a colleague. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static void show(Window owner, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.t("app.error.title"));
        alert.setHeaderText(Messages.t("app.error.header"));
        alert.setContentText(summary(error));
        StringWriter details = new StringWriter();
        error.printStackTrace(new PrintWriter(details));
        TextArea area = new TextArea(details.toString());
        area.setEditable(false);
        area.setWrapText(false);
        alert.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType(Messages.t("app.error.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(copy);
        alert.showAndWait().filter(copy::equals).ifPresent(b -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(summary(error) + "\n\n" + details);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    /** The message of the most telling cause: a {@link DataLoadException} says file, place and problem. */
    static String summary(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof DataLoadException) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
