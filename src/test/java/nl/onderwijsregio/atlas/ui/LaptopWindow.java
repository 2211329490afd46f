package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import nl.onderwijsregio.atlas.ui.prefs.SettingsFeature;
import org.testfx.api.FxToolkit;

/**
 * The atlas's window as a laptop shows it: 1024 pixels wide, against the screen's right edge (where a dialog centred
 * on the wrong width runs off the screen), with the look's stylesheets put on by the settings as in the app.
 */
public final class LaptopWindow implements AutoCloseable {

    public static final double WIDTH = 1024;
    public static final double HEIGHT = 700;

    private final Preferences node;
    private final AtlasState state = new AtlasState();
    private MainWindow window;
    private Stage stage;

    private LaptopWindow(TextSize size) {
        node = Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID());
        AtlasPreferences prefs = new AtlasPreferences(node);
        prefs.setTextSize(size);
        prefs.setFirstRunDismissed(true);
        prefs.flush();
    }

    /** Dresses the test toolkit's window as the atlas's main window at {@code size}; close() forgets its settings. */
    public static LaptopWindow at(TextSize size) throws Exception {
        LaptopWindow laptop = new LaptopWindow(size);
        laptop.stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            laptop.window = new MainWindow(laptop.state);
            SettingsFeature.install(laptop.window, laptop.state, s, new AtlasPreferences(laptop.node));
            s.setScene(new Scene(laptop.window, WIDTH, HEIGHT));
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            s.setX(screen.getMaxX() - WIDTH);
            s.setY(screen.getMinY());
            s.show();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return laptop;
    }

    public Stage stage() {
        return stage;
    }

    public MainWindow window() {
        return window;
    }

    public AtlasState state() {
        return state;
    }

    /** {@code shown} lies wholly on the screen, where every button of it can be reached. */
    public static void assertWithinScreen(Window shown, String what) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = new Rectangle2D(shown.getX(), shown.getY(), shown.getWidth(), shown.getHeight());
        assertTrue(screen.contains(bounds), what + " lies within the screen " + screen + ": " + bounds);
    }

    /** {@code shown} lies wholly on the screen and within its window, where it can be seen and clicked. */
    public static void assertWithinScreen(javafx.scene.Node shown, String what) {
        javafx.geometry.Bounds b = shown.localToScreen(shown.getLayoutBounds());
        Window w = shown.getScene().getWindow();
        Rectangle2D bounds = new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        Rectangle2D window = new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight());
        assertTrue(window.contains(bounds), what + " lies within its window " + window + ": " + bounds);
        assertWithinScreen(w, what + "'s window");
    }

    /** No words under {@code root} are shortened to "…": each label, button and check box shows its text whole. */
    public static void assertNothingShortened(javafx.scene.Parent root, String what) {
        java.util.List<String> cut = new java.util.ArrayList<>();
        collectShortened(root, cut);
        assertTrue(cut.isEmpty(), what + ": shortened " + cut);
    }

    private static void collectShortened(javafx.scene.Node node, java.util.List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()
                && l.lookup(".text") instanceof javafx.scene.text.Text shown && !l.getText().equals(shown.getText())) {
            cut.add("'" + l.getText() + "' as '" + shown.getText() + "'");
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collectShortened(child, cut));
        }
    }

    /**
     * Forgets its settings and gives the window back as a test expects to find it: at the screen's corner, in normal
     * type. The settings' dialog styling outlives the window's scene (it listens to every window the toolkit opens),
     * and at Extra groot it made the next test's dialogs larger than that test reckoned with.
     */
    @Override
    public void close() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            state.textSizeProperty().set(TextSize.NORMAL);
            stage.setX(0);
            stage.setY(0);
        }).get();
        node.removeNode();
    }
}
