package nl.onderwijsregio.atlas.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.ui.detail.DetailFeature;
import nl.onderwijsregio.atlas.ui.editor.EditorFeature;
import nl.onderwijsregio.atlas.ui.export.ExportFeature;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.presenter.PresenterFeature;
import nl.onderwijsregio.atlas.ui.table.TableFeature;
import nl.onderwijsregio.atlas.ui.map.MapFeature;
import nl.onderwijsregio.atlas.ui.prefs.AtlasOpener;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import nl.onderwijsregio.atlas.ui.prefs.SettingsFeature;
import nl.onderwijsregio.atlas.ui.prefs.WindowState;

/**
 * The JavaFX application. The window appears at once; the data loads on a background thread and
 * the map fills in when it is ready, so H2GIS's start-up never delays the first frame.
 */
public class AtlasApp extends Application {

    private static final Logger LOG = Logger.getLogger(AtlasApp.class.getName());

    private final AtlasState state = new AtlasState();
    private MainWindow window;
    private TableFeature table;
    private PresenterFeature presenter;
    private EditorFeature editor;
    private ExportFeature exports;
    private Instant firstFrame;

    public static void main(String[] args) {
        AtlasLogging.configure();
        launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ErrorDialog.installDefaultHandler(stage);
        AtlasPreferences prefs = AtlasPreferences.forUser();
        Messages.use(prefs.language());
        window = new MainWindow(state);
        installFeatures(window, stage);
        Scene scene = new Scene(window, 1280, 820);
        scene.getStylesheets().add(AtlasApp.class.getResource("/css/atlas.css").toExternalForm());
        stage.setTitle(Messages.t("app.title"));
        stage.setScene(scene);
        WindowState.restoreAndRemember(stage, prefs);
        state.statusProperty().set(Messages.t("app.loading"));
        stage.show();
        firstFrame = Instant.now();
        loadInBackground(stage, prefs);
    }

    /**
     * Each feature adds its views to the window's slots and binds to {@link AtlasState}.
     * One line per feature, so features stay unaware of each other.
     */
    private void installFeatures(MainWindow w, Stage stage) {
        MapFeature.install(w, state);
        DetailFeature.install(w, state, stage);
        table = TableFeature.install(w, state, stage);
        editor = EditorFeature.install(w, state, stage);
        presenter = PresenterFeature.install(w, state, stage);
        exports = ExportFeature.install(w, state, stage, presenter::steppingOrder);
        // Last, so the first-run tour lies above every other layer on the map.
        SettingsFeature.install(w, state, stage);
    }

    private void loadInBackground(Stage stage, AtlasPreferences prefs) {
        AtomicReference<Instant> outlinesDrawn = new AtomicReference<>();
        AtomicBoolean reported = new AtomicBoolean();
        // The atlas is ready when the region layer (built after loading, off the FX thread) is painted.
        window.mapLayer().setAfterPaint(() -> {
            outlinesDrawn.compareAndSet(null, Instant.now());
            if (state.regionMapsProperty().get() != null && reported.compareAndSet(false, true)) {
                reportReady(outlinesDrawn.get(), Instant.now());
            }
        });
        new AtlasOpener(state, stage).openAtStart(prefs);
    }

    /**
     * Logs the start-up times and, when {@code -Datlas.readyFile} is set, writes them to that file:
     * the smoke test and the start-up benchmark wait for it.
     */
    private void reportReady(Instant outlinesDrawn, Instant regionsDrawn) {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(firstFrame);
        String line = "first_frame_ms=" + Duration.between(processStart, firstFrame).toMillis()
                + " outlines_drawn_ms=" + Duration.between(processStart, outlinesDrawn).toMillis()
                + " map_drawn_ms=" + Duration.between(processStart, regionsDrawn).toMillis();
        LOG.info("start-up: " + line);
        String ready = System.getProperty("atlas.readyFile");
        if (ready != null && !ready.isBlank()) {
            try {
                Files.writeString(Path.of(ready), line + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot write ready file " + ready, e);
            }
        }
        if (Boolean.getBoolean("atlas.exitWhenReady")) {
            Platform.exit();
        }
    }

    public MainWindow window() {
        return window;
    }

    public AtlasState state() {
        return state;
    }

    /**
     * The presenter mode that the View menu, the toolbar and F5 start: a test drives this one rather than
     * installing a second, with a second menu item, button and F5 beside the first.
     */
    public PresenterFeature presenter() {
        return presenter;
    }

    /** The table and its view switches (map, table, both, national picture), for the same reason. */
    public TableFeature table() {
        return table;
    }

    /** The exports of the File menu, for the same reason. */
    public ExportFeature exports() {
        return exports;
    }

    /** The editor, for the same reason: a test puts its edits back before the next test. */
    public EditorFeature editor() {
        return editor;
    }

}
