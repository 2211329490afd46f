package nl.onderwijsregio.atlas.ui;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;
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
    private static final String RING = "-fx-border-radius: 3; -fx-border-color: ";

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

    /**
     * Lets a dialog with details grow with them: JavaFX makes the window only taller when they open, while the
     * details and the longer "Details verbergen" can make the pane wider, pushing the buttons out of the window.
     * It grows no further than {@link DialogFit} lets it: within the screen.
     */
    public static void growWithDetails(DialogPane pane) {
        pane.expandedProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(() -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                pane.getScene().getWindow().sizeToScene();
                DialogFit.fit(pane);
            }
        }));
    }

    /**
     * Replaces JavaFX's OK, Cancel and Close on a ready-made dialog (an Alert, a TextInputDialog), and
     * words its "Show Details" / "Hide Details" link in the app's language and puts it in the Tab order.
     * JavaFX has no Dutch for that link, so it would be English whatever the JVM locale.
     */
    public static void localise(DialogPane pane) {
        pane.getButtonTypes().replaceAll(b -> b == ButtonType.OK ? ok()
                : b == ButtonType.CANCEL ? cancel()
                : b == ButtonType.CLOSE ? close() : b);
        if (pane.lookup(".button-bar") instanceof ButtonBar bar) {
            Messages messages = Messages.current();
            // The pane makes its link once there is expandable content and rewords it on each expand or collapse.
            bar.getButtons().addListener((ListChangeListener<Node>) c -> {
                localiseDetails(pane, bar, messages);
                keepWhole(bar);
            });
            localiseDetails(pane, bar, messages);
            keepWhole(bar);
        }
    }

    /**
     * A narrow dialog squeezed its buttons until their words were cut ("Opslaan als nieuw bestan…"): they keep
     * their width, so the dialog is made as wide as they need.
     */
    private static void keepWhole(ButtonBar bar) {
        bar.getButtons().forEach(n -> {
            if (n instanceof ButtonBase b) {
                keepWordsWhole(b);
            }
        });
    }

    /**
     * A dialog's look (text size, high contrast) reaches its window as the window opens, but JavaFX has laid the
     * dialog out once before that, to centre it on the screen; its button bar then fixed each button's width to
     * the words in the smaller type, and "Sluiten" read "Sl…" at Extra groot. Once the look is there, the bar
     * measures its buttons again, before the window takes its size from them. It is laid out again at once: the
     * bar makes its buttons one width only when laid out, and the window, sized before that, asked for the buttons
     * at their own widths ("Sluiten" narrower than "Details kopiëren") and cut the error dialog off at the right.
     */
    public static void measureAgain(Parent root) {
        boolean bars = false;
        for (Node n : root.lookupAll(".button-bar")) {
            if (n instanceof ButtonBar bar) {
                bars = true;
                bar.getButtons().stream()
                        .filter(b -> b instanceof Region && ButtonBar.isButtonUniformSize(b))
                        .forEach(b -> ((Region) b).setPrefWidth(Region.USE_COMPUTED_SIZE));
            }
        }
        // Popups (every tooltip, menu and list) come here too; only a button bar needs the extra pass.
        if (bars) {
            root.applyCss();
            root.layout();
        }
    }

    /**
     * Makes {@code safe} the button Enter presses and {@code risky} one that takes a deliberate click: replacing
     * files, dropping work, saving what the checks refuse.
     */
    public static void defaultTo(DialogPane pane, ButtonType safe, ButtonType risky) {
        ((Button) pane.lookupButton(risky)).setDefaultButton(false);
        ((Button) pane.lookupButton(safe)).setDefaultButton(true);
    }

    /**
     * For a button whose words change while its dialog is open ("3 gemeenten toevoegen" after "Niets toevoegen"):
     * the bar gives its buttons one width, fixed at the widest words it saw when first laid out, which cut the
     * longer words to "3 gemeenten …". This one is sized by its own words instead, and never narrower than them.
     */
    public static void keepChangingWordsWhole(ButtonBase b) {
        ButtonBar.setButtonUniformSize(b, false);
        keepWordsWhole(b);
    }

    /** No narrower than its words: the bar and the pane set minimums of their own, so this one is kept. */
    private static void keepWordsWhole(ButtonBase b) {
        if (b.getProperties().putIfAbsent(Region.class, Boolean.TRUE) != null) {
            return;
        }
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.minWidthProperty().addListener((o, was, min) -> {
            if (min.doubleValue() != Region.USE_PREF_SIZE) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
    }

    private static void localiseDetails(DialogPane pane, ButtonBar bar, Messages messages) {
        bar.getButtons().stream()
                .filter(n -> n instanceof Hyperlink && n.getStyleClass().contains("details-button"))
                .map(Hyperlink.class::cast)
                .filter(link -> link.getProperties().putIfAbsent(DialogButtons.class, Boolean.TRUE) == null)
                .forEach(link -> {
                    Supplier<String> wording = () -> messages.text(pane.isExpanded()
                            ? "editor.button.lessDetails" : "editor.button.moreDetails");
                    link.textProperty().addListener((o, was, text) -> {
                        if (!wording.get().equals(text)) {
                            link.setText(wording.get());
                        }
                    });
                    link.setText(wording.get());
                    // JavaFX leaves the link out of the Tab order: the details could then be opened by mouse only.
                    link.setFocusTraversable(true);
                    // Modena draws no focus mark on this link: a ring in the focus colour each appearance sets. The ring is
                    // always there, transparent until focused: a link that grew by its border would lay the pane out anew,
                    // and the pane then cuts its wrapped message to one line.
                    link.styleProperty().bind(Bindings.when(link.focusedProperty())
                            .then(RING + "-fx-focus-color;").otherwise(RING + "transparent;"));
                    // "Details verbergen" is longer than "Details tonen": the link keeps its words whole, and the
                    // window grows to hold them once the pane has laid out the new wording.
                    keepWordsWhole(link);
                    pane.expandedProperty().addListener((o, was, expanded) -> Platform.runLater(() -> {
                        if (pane.getScene() != null && pane.getScene().getWindow() != null
                                && pane.getScene().getWindow().getWidth() < pane.minWidth(-1)) {
                            pane.getScene().getWindow().setWidth(pane.minWidth(-1));
                        }
                    }));
                });
    }
}
