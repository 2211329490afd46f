package nl.onderwijsregio.atlas.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.ui.AtlasApp;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.table.TableFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on the bundled data: however a region is chosen (search, legend, table), the detail
 * pane shows its figures as published, in Dutch format.
 */
class DetailInAppTest extends FxRobot {

    private static AtlasApp app;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        FxToolkit.registerPrimaryStage();
        app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.state().regionMapsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @BeforeEach
    void mapView() {
        DetailFixture.run(() -> {
            app.state().selectedRegionIdProperty().set(null);
            table().viewProperty().set(TableFeature.View.MAP);
        });
    }

    @Test
    void searchingZwolleEnOmgevingShowsItsPublishedFigures() {
        clickOn("#search-field").write("Zwolle en omgeving");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zwolle-en-omgeving", app.state().selectedRegionIdProperty().get());
        assertEquals("Zwolle en omgeving", text("#detail-title"));
        assertEquals("144.052", text("#figure-leerlingenStudenten"));
        assertEquals("76", text("#figure-besturenPo"));
    }

    @Test
    void clickingARegionInTheLegendShowsIt() {
        clickOn("#legend-amsterdam");
        assertEquals("Amsterdam", text("#detail-title"));
        assertEquals("138.206", text("#figure-leerlingenStudenten"));
    }

    @Test
    void choosingARowInTheTableShowsIt() {
        DetailFixture.run(() -> table().viewProperty().set(TableFeature.View.TABLE));
        DetailFixture.run(() -> table().viewModel().queryProperty().set("Haaglanden"));
        clickOn(lookup("#region-table .table-cell").lookup((javafx.scene.control.TableCell<?, ?> c) ->
                "Haaglanden".equals(c.getText())).<javafx.scene.Node>query());
        assertEquals("haaglanden", app.state().selectedRegionIdProperty().get());
        assertEquals("159.846", text("#figure-leerlingenStudenten"));
    }

    @Test
    void aNationalRegionCarriesTheNationalBadge() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("landelijk-groen-onderwijs"));
        assertNotNull(lookup("#badge-national").query());
        assertEquals("59.660", text("#figure-leerlingenStudenten"));
    }

    private static TableFeature table() {
        return (TableFeature) app.window().getProperties().get(TableFeature.class);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
