package nl.onderwijsregio.atlas.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.ui.detail.DetailFeature;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.presenter.PresenterFeature;
import nl.onderwijsregio.atlas.ui.map.MapFeature;

/**
 * The JavaFX application. The window appears at once; the data loads on a background thread and
 * the map fills in when it is ready, so H2GIS's start-up never delays the first frame.
 */
public class AtlasApp extends Application {

    private static final Logger LOG = Logger.getLogger(AtlasApp.class.getName());

    private final AtlasState state = new AtlasState();
    private MainWindow window;
    private Instant firstFrame;

    public static void main(String[] args) {
        launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> ErrorDialog.show(stage, e));
        window = new MainWindow(state);
        installFeatures(window, stage);
        Scene scene = new Scene(window, 1280, 820);
        scene.getStylesheets().add(AtlasApp.class.getResource("/css/atlas.css").toExternalForm());
        stage.setTitle(Messages.t("app.title"));
        stage.setScene(scene);
        placeOnScreen(stage, 1280, 820);
        state.statusProperty().set(Messages.t("app.loading"));
        stage.show();
        firstFrame = Instant.now();
        loadInBackground(stage, AtlasLoader.defaultDataDir());
    }

    /**
     * Each feature adds its views to the window's slots and binds to {@link AtlasState}.
     * One line per feature, so features stay unaware of each other.
     */
    private void installFeatures(MainWindow w, Stage stage) {
        MapFeature.install(w, state);
        DetailFeature.install(w, state, stage);
        PresenterFeature.install(w, state, stage);
    }

    static void placeOnScreen(Stage stage, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(width, screen.getWidth()));
        stage.setHeight(Math.min(height, screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
    }

    private void loadInBackground(Stage stage, Path dataDir) {
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() throws Exception {
                Atlas atlas = new AtlasLoader().load(dataDir);
                return new LoadResult(atlas, MapGeometry.of(atlas));
            }
        };
        task.setOnSucceeded(e -> {
            LoadResult r = task.getValue();
            AtomicBoolean reported = new AtomicBoolean();
            window.mapLayer().setAfterPaint(() -> {
                if (reported.compareAndSet(false, true)) {
                    reportReady();
                }
            });
            state.atlasProperty().set(r.atlas());
            state.geometryProperty().set(r.geometry());
            state.statusProperty().set(Messages.t("app.loaded", r.atlas().municipalities().size(),
                    r.atlas().regions().size()));
        });
        task.setOnFailed(e -> {
            state.statusProperty().set(Messages.t("app.loadFailed"));
            LOG.log(Level.WARNING, "loading failed", task.getException());
            ErrorDialog.show(stage, task.getException());
        });
        Thread t = new Thread(task, "atlas-loader");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Logs the start-up times and, when {@code -Datlas.readyFile} is set, writes them to that file:
     * the smoke test and the start-up benchmark wait for it.
     */
    private void reportReady() {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(firstFrame);
        Instant mapDrawn = Instant.now();
        String line = "first_frame_ms=" + Duration.between(processStart, firstFrame).toMillis()
                + " map_drawn_ms=" + Duration.between(processStart, mapDrawn).toMillis();
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

    private record LoadResult(Atlas atlas, MapGeometry geometry) {
    }
}
