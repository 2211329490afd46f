package nl.onderwijsregio.atlas.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.ui.about.AppVersion;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * An error as the user sees it: what went wrong in their language, with details (version, system,
 * log folder, stack trace) behind "copy details" for a colleague or a bug report.
 */
public final class ErrorDialog {

    private static final Logger LOG = Logger.getLogger(ErrorDialog.class.getName());
    /** Unexpected errors currently on screen; a burst (e.g. one per frame) shows one dialog, not hundreds. */
    private static final AtomicInteger OPEN_UNEXPECTED = new AtomicInteger();

    private ErrorDialog() {
    }

    /** Shows {@code error} with the general header and waits until the user closes it. */
    public static void show(Window owner, Throwable error) {
        show(owner, Messages.t("app.error.header"), error);
    }

    /** Shows {@code error} under {@code header} (what the user was doing) and waits until it is closed. */
    public static void show(Window owner, String header, Throwable error) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> create(owner, header, error).show());
            return;
        }
        Alert alert = create(owner, header, error);
        try {
            alert.showAndWait();
        } catch (IllegalStateException duringLayoutOrAnimation) {
            // showAndWait is not allowed while JavaFX lays out or animates; show without waiting.
            alert.show();
        }
    }

    /**
     * Tells a failed export, on the status line too. A file that could not be written (read-only, a missing
     * folder, no permission) is something the user can put right, so it is said in the app's language; the
     * dialog shows an error's message, so this one, with the original behind "details".
     */
    public static void showExportFailed(Window owner, Throwable error, StringProperty status) {
        String header = Messages.t("export.failed");
        if (error instanceof ExportNotWritten notWritten) {
            String why = notWritten.message(Messages.current().locale());
            status.set(why);
            show(owner, header, new IOException(why, notWritten));
        } else {
            status.set(header);
            show(owner, header, error);
        }
    }

    /**
     * Catches what nobody else caught: logs it and, for errors on the FX thread, shows it. The
     * application stays alive; JavaFX carries on with the next event.
     */
    public static void installDefaultHandler(Stage stage) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOG.log(Level.SEVERE, "unexpected error on thread " + thread.getName(), error);
            if (Platform.isFxApplicationThread() || "JavaFX Application Thread".equals(thread.getName())) {
                Platform.runLater(() -> showUnexpected(stage, error));
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
    }

    private static void showUnexpected(Stage stage, Throwable error) {
        if (OPEN_UNEXPECTED.get() > 0) {
            return;
        }
        OPEN_UNEXPECTED.incrementAndGet();
        Alert alert = create(stage, Messages.t("settings.error.unexpected"), error);
        // A programming error's own message means nothing to the reader; it stays in the details, for whoever fixes it.
        alert.setContentText(Messages.t("settings.error.unexpected.body"));
        alert.setOnHidden(e -> OPEN_UNEXPECTED.decrementAndGet());
        alert.show();
    }

    /**
     * The dialog, not yet shown, offering {@code wayOut} (Opslaan als… after a refused save) beside Close as its default
     * button: Enter takes the way out instead of copying the details.
     */
    public static Alert create(Window owner, String header, Throwable error, ButtonType wayOut) {
        Alert alert = create(owner, header, error);
        alert.getButtonTypes().add(wayOut);
        Button button = (Button) alert.getDialogPane().lookupButton(wayOut);
        // A dialog gives its default button the focus as it shows: Enter then takes the way out.
        button.setDefaultButton(true);
        return alert;
    }

    /** The dialog, not yet shown. */
    public static Alert create(Window owner, String header, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.getDialogPane().setId("error-dialog");
        DialogOwners.ownedIfShowing(alert, owner);
        alert.setTitle(Messages.t("app.error.title"));
        alert.setHeaderText(header);
        alert.setContentText(summary(error));
        String details = details(error);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(area);
        DialogButtons.growWithDetails(alert.getDialogPane());
        DialogFit.keepWithinScreen(alert);
        ButtonType copy = new ButtonType(Messages.t("app.error.copy"), ButtonBar.ButtonData.LEFT);
        // Close, not OK: JavaFX lets Esc and the window's own close button end a dialog of two buttons only
        // when one of them cancels; with OK the user could leave the dialog only by its button.
        alert.getButtonTypes().setAll(DialogButtons.close(), copy);
        DialogButtons.localise(alert.getDialogPane());
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("copy-details");
        // Copying must not close the dialog: the user may want to read on after pasting.
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(header + "\n" + summary(error) + "\n\n" + details);
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        return alert;
    }

    /**
     * The message of the most telling cause: a {@link DataLoadException} says file, place and problem in the
     * atlas language, an {@link ExportNotWritten} the file and why it was not written. Also what status lines show
     * of a failure.
     */
    public static String summary(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof DataLoadException d) {
                return d.message(Messages.current().locale());
            }
            if (t instanceof ExportNotWritten notWritten) {
                return notWritten.message(Messages.current().locale());
            }
            t = t.getCause();
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    /** What a developer needs to reproduce: version, Java, system, log folder and the stack trace. */
    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        w.println("Onderwijsregio Atlas " + AppVersion.get());
        w.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        w.println(System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        w.println("Log: " + AtlasLogging.logFolder());
        w.println();
        error.printStackTrace(w);
        w.flush();
        return out.toString();
    }
}
