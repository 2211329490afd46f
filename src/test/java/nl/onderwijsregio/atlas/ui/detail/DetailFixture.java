package nl.onderwijsregio.atlas.ui.detail;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.summary.SummaryFixtures;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.table.TableFeature;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A headless main window with only the detail pane and the table installed, showing the small Zwolle atlas. */
public final class DetailFixture {

    public final AtlasState state = new AtlasState();
    public final Atlas atlas = SummaryFixtures.atlas();
    public MainWindow window;
    public DetailFeature feature;
    public TableFeature table;
    public Stage stage;

    public static DetailFixture start() throws Exception {
        DetailFixture f = new DetailFixture();
        f.stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            f.window = new MainWindow(f.state);
            f.feature = DetailFeature.install(f.window, f.state, s);
            f.table = TableFeature.install(f.window, f.state, s);
            s.setScene(new Scene(f.window, 1200, 760));
            s.show();
            // What the map feature provides in the app: the region layers with the border graph.
            f.state.regionMapsProperty().set(RegionMaps.build(f.atlas));
            f.state.atlasProperty().set(f.atlas);
            f.state.geometryProperty().set(MapGeometry.of(f.atlas));
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> f.state.summary().summary() != null);
        return f;
    }

    public void select(String regionId) {
        run(() -> state.selectedRegionIdProperty().set(regionId));
    }

    /** Waits until the region's history is read from the change log, which happens off the FX thread. */
    public void awaitHistory() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> !feature.detail().regionHistory().readingProperty().get()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the change log was never read", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void run(Runnable r) {
        try {
            FxToolkit.setupFixture(r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
