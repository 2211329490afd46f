package nl.onderwijsregio.atlas.ui.prefs;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Puts the main window back where the user left it (on a screen that still exists) and remembers
 * its place when it closes. A maximized window remembers the size it had before maximizing.
 */
public final class WindowState {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 820;

    private final Stage stage;
    private final AtlasPreferences prefs;
    private WindowBounds normal;

    private WindowState(Stage stage, AtlasPreferences prefs) {
        this.stage = stage;
        this.prefs = prefs;
    }

    /** Places {@code stage} as remembered (or, the first time, centred over most of the screen) and saves its place on close. */
    public static void restoreAndRemember(Stage stage, AtlasPreferences prefs) {
        WindowState ws = new WindowState(stage, prefs);
        ws.restore();
        ws.track();
    }

    /** The screens' usable bounds, the primary screen first (where a lost window is brought back). */
    static List<Rectangle2D> screens() {
        Screen primary = Screen.getPrimary();
        List<Rectangle2D> all = new ArrayList<>();
        all.add(primary.getVisualBounds());
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(primary)) {
                all.add(s.getVisualBounds());
            }
        }
        return all;
    }

    private void restore() {
        List<Rectangle2D> screens = screens();
        WindowBounds b = prefs.window().map(w -> w.fitTo(screens))
                .orElseGet(() -> WindowBounds.firstRun(DEFAULT_WIDTH, DEFAULT_HEIGHT, screens));
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        normal = b;
        if (b.maximized()) {
            stage.setMaximized(true);
        }
    }

    private void track() {
        Runnable remember = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0) {
                normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener((o, a, b) -> remember.run());
        stage.yProperty().addListener((o, a, b) -> remember.run());
        stage.widthProperty().addListener((o, a, b) -> remember.run());
        stage.heightProperty().addListener((o, a, b) -> remember.run());
        // An added handler, not setOnHiding: other features may want the hiding event too.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            prefs.setWindow(new WindowBounds(normal.x(), normal.y(), normal.width(), normal.height(),
                    stage.isMaximized()));
            prefs.flush();
        });
    }
}
