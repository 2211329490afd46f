package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.table.TableFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** "Kaart exporteren…" (Ctrl+E) exports the map as seen, so it is there only while a map is on screen. */
class MapExportMenuTest extends InTheRunningAtlas {

    private static MenuItem exportMap() {
        return app.window().menu("menu-file").getItems().stream()
                .filter(i -> "export-map".equals(i.getId())).findFirst().orElseThrow();
    }

    private static boolean offeredIn(TableFeature.View view) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.table().viewProperty().set(view)).get();
        WaitForAsyncUtils.waitForFxEvents();
        return !WaitForAsyncUtils.asyncFx(() -> exportMap().isDisable()).get();
    }

    @AfterEach
    void backToTheMap() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.table().viewProperty().set(TableFeature.View.MAP)).get();
    }

    @Test
    void theMapExportIsOfferedWhereAMapIsShownAndNotInTabelOrLandelijkBeeld() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.state().regionMapsProperty().get() != null);
        assertTrue(offeredIn(TableFeature.View.MAP), "the map alone");
        assertTrue(offeredIn(TableFeature.View.SPLIT), "the map beside the table");
        assertFalse(offeredIn(TableFeature.View.TABLE), "Tabel shows no map");
        assertFalse(offeredIn(TableFeature.View.NATIONAL), "Landelijk beeld shows no map");
        assertTrue(offeredIn(TableFeature.View.MAP), "and back at the map, again");
    }
}
