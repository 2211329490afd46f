package nl.onderwijsregio.atlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasApp;
import nl.onderwijsregio.atlas.ui.AtlasState;

/**
 * Screenshots of the real window for looking at the map: the three sector maps, the overlap view and a
 * selection, as PNGs in the folder given (default {@code target/screenshots}). Run it on a display,
 * e.g. under Xvfb: {@code DISPLAY=:14 java -cp ... nl.onderwijsregio.atlas.bench.MapScreenshots}.
 */
public final class MapScreenshots {

    private MapScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        CompletableFuture<AtlasApp> started = new CompletableFuture<>();
        Platform.startup(() -> {
            AtlasApp app = new AtlasApp();
            Stage stage = new Stage();
            app.start(stage);
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.setX(0);
            stage.setY(0);
            started.complete(app);
        });
        AtlasApp app = started.get();
        AtlasState state = app.state();
        long deadline = System.currentTimeMillis() + 120_000;
        while (state.regionMapsProperty().get() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        shot(app, out.resolve("po.png"), s -> s.sectorProperty().set(Sector.PO));
        shot(app, out.resolve("vo.png"), s -> s.sectorProperty().set(Sector.VO));
        shot(app, out.resolve("mbo.png"), s -> s.sectorProperty().set(Sector.MBO));
        shot(app, out.resolve("po-overlap.png"), s -> {
            s.sectorProperty().set(Sector.PO);
            app.window().lookup("#overlap-toggle").getProperties();
            ((javafx.scene.control.ToggleButton) app.window().lookup("#overlap-toggle")).setSelected(true);
        });
        shot(app, out.resolve("mbo-overlap.png"), s -> s.sectorProperty().set(Sector.MBO));
        shot(app, out.resolve("po-selected.png"), s -> {
            ((javafx.scene.control.ToggleButton) app.window().lookup("#overlap-toggle")).setSelected(false);
            s.sectorProperty().set(Sector.PO);
            s.selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        shot(app, out.resolve("po-dark.png"), s -> {
            s.selectedRegionIdProperty().set(null);
            s.appearanceProperty().set(nl.onderwijsregio.atlas.ui.Appearance.DARK);
        });
        shot(app, out.resolve("po-light.png"), s -> s.appearanceProperty().set(nl.onderwijsregio.atlas.ui.Appearance.LIGHT));
        for (String extra : args.length > 1 ? args[1].split(",") : new String[0]) {
            // name=zoom@lat;lon;sector
            String[] kv = extra.split("=");
            String[] at = kv[1].split("[@;]");
            shot(app, out.resolve("zoom-" + kv[0] + ".png"), s -> {
                s.selectedRegionIdProperty().set(null);
                s.sectorProperty().set(Sector.valueOf(at[3]));
                s.hoveredMunicipalityCodeProperty().set("GM0200");
                app.window().mapView().setZoom(Double.parseDouble(at[0]));
                app.window().mapView().setCenter(Double.parseDouble(at[1]), Double.parseDouble(at[2]));
            });
        }
        Platform.exit();
        System.exit(0);
    }

    private static void shot(AtlasApp app, Path file, Consumer<AtlasState> setUp) throws Exception {
        Platform.runLater(() -> setUp.accept(app.state()));
        Thread.sleep(2500);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                var image = app.window().getScene().snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
        System.err.println("wrote " + file);
    }
}
