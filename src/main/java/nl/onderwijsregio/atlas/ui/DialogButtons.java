package nl.onderwijsregio.atlas.ui;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * OK, Cancel and Close in the app's language. JavaFX's own {@link ButtonType#OK}, {@link ButtonType#CANCEL}
 * and {@link ButtonType#CLOSE} follow the JVM's locale, which need not be the language chosen in the atlas.
 * One instance per language, so a dialog can compare the answer with the button it added.
 */
public final class DialogButtons {

    private record Key(Locale locale, String textKey) {
    }

    private static final Map<Key, ButtonType> BUTTONS = new ConcurrentHashMap<>();

    private DialogButtons() {
    }

    public static ButtonType ok() {
        return button("editor.button.ok", ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return button("editor.button.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return button("editor.button.close", ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static ButtonType button(String key, ButtonBar.ButtonData data) {
        Messages messages = Messages.current();
        return BUTTONS.computeIfAbsent(new Key(messages.locale(), key), k -> new ButtonType(messages.text(key), data));
    }

    /** Replaces JavaFX's OK, Cancel and Close on a ready-made dialog (an Alert, a TextInputDialog). */
    public static void localise(DialogPane pane) {
        pane.getButtonTypes().replaceAll(b -> b == ButtonType.OK ? ok()
                : b == ButtonType.CANCEL ? cancel()
                : b == ButtonType.CLOSE ? close() : b);
    }
}
