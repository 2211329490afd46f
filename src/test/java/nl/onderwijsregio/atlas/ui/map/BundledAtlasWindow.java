package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import nl.onderwijsregio.atlas.ui.AtlasState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real atlas on the bundled data, started once per test class and put back to the PO map of the whole
 * country before each test: what the map's feature tests start from.
 */
abstract class BundledAtlasWindow extends InTheRunningAtlas {

    static AtlasState state;

    @BeforeAll
    static void setUpOnTheRunningAtlas() throws Exception {
        state = app.state();
        assertTrue(RunningAtlas.stage().isShowing());
    }

    @BeforeEach
    void reset() {
        // An edit a failed test left unundone would, at the next atlas shown, be autosaved and offered back in a
        // modal question no one answers: the tests after it would hang rather than fail.
        interact(() -> {
            var editor = app.editor().model();
            while (editor.history().canUndo()) {
                editor.undo();
            }
            state.sectorProperty().set(Sector.PO);
            state.selectedRegionIdProperty().set(null);
            state.editModeProperty().set(false);
            state.mapEditHandlerProperty().set(null);
        });
        interact(() -> ((javafx.scene.control.TextField) lookup("#search-field").query()).clear());
        // a test that failed with the legend folded must not fail the ones after it
        interact(() -> lookup("#map-legend").queryAs(MapLegend.class).foldedProperty().set(false));
        interact(() -> lookup("#overlap-toggle").queryAs(javafx.scene.control.ToggleButton.class).setSelected(false));
        clickOn("#zoom-home");
        waitUntilTheMapStandsStill();
    }

    void waitUntilTheMapStandsStill() {
        RunningAtlas.waitUntilTheMapStandsStill(app);
    }

    Point2D onScreen(String code) {
        return RunningAtlas.onScreen(app, code);
    }

    /** Puts {@code atlas} in the window, as an edit or a reload would, and waits until its map is built. */
    void showOnTheMap(Atlas atlas) throws Exception {
        interact(() -> state.atlasProperty().set(atlas));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.regionMapsProperty().get() != null
                && state.regionMapsProperty().get().atlas() == atlas);
    }

    static String texts(Node root) {
        StringBuilder sb = new StringBuilder();
        collect(root, sb);
        return sb.toString();
    }

    static void collect(Node n, StringBuilder sb) {
        if (n instanceof Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
        if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), sb);
        }
    }
}
