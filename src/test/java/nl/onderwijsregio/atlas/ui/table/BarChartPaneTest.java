package nl.onderwijsregio.atlas.ui.table;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.IJSSEL_VECHT;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.RegionColumn;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.TextSize;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The bar chart under the table: where Tab enters it, and its values clear of its scroll bar. */
class BarChartPaneTest extends FxRobot {

    private static DetailFixture fx;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
        DetailFixture.run(() -> {
            fx.table.viewProperty().set(TableFeature.View.TABLE);
            fx.state.sectorProperty().set(Sector.PO);
            fx.table.viewModel().chartColumnProperty().set(RegionColumn.LEERLINGEN_STUDENTEN);
        });
    }

    /** The PO chart puts Zwolle en omgeving first; with IJssel-Vecht chosen Tab lands on IJssel-Vecht's bar, marked. */
    @Test
    void tabIntoTheChartLandsOnTheChosenRegionsBarNotTheFirst() {
        fx.select(IJSSEL_VECHT);
        Node first = lookup("#bar-" + ZWOLLE_REGION).query();
        Node chosen = lookup("#bar-" + IJSSEL_VECHT).query();
        assertSame(first, fx.table.chart().lookupAll(".bar-row").iterator().next(), "the largest first");

        DetailFixture.run(() -> lookup("#chart-sector").query().requestFocus());
        type(KeyCode.TAB);

        assertSame(chosen, focusOwner(), "Tab went to " + focusOwner());
        assertTrue(chosen.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")));
        type(KeyCode.UP);
        assertSame(first, focusOwner(), "the arrows go on from there");
    }

    /**
     * At normal text the vertical scroll bar covered the end of the longest bar's value ("159.846 *"): every value
     * ends before the scroll bar, at the widths the chart has beside the map and alone.
     */
    @ParameterizedTest
    @ValueSource(doubles = {420, 700, 1000, 1366})
    void theLongestBarsValueEndsBeforeTheScrollBar(double width) {
        var vm = new TableViewModel(fx.state, fx.feature.summary());
        var chart = new BarChartPane(vm);
        chartIn(vm, chart, width);
        assertValuesWholeBeforeTheScrollBar(chart);
    }

    /**
     * The chart measured its names and values only when its bars changed, so a text size chosen while it was open
     * left the bars as long as at the old size and pushed "159.846 *" under the scroll bar, cut.
     */
    @Test
    void aTextSizeChosenWhileTheChartIsOpenKeepsEveryValueWhole() {
        var vm = new TableViewModel(fx.state, fx.feature.summary());
        var chart = new BarChartPane(vm);
        Scene scene = chartIn(vm, chart, 420);

        DetailFixture.run(() -> scene.getStylesheets().add(TextSize.EXTRA_LARGE.stylesheet(Appearance.LIGHT)));
        WaitForAsyncUtils.waitForFxEvents();
        DetailFixture.run(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });

        assertValuesWholeBeforeTheScrollBar(chart);
    }

    /** The chart of pupils across all sectors in a scene {@code width} wide, low enough for its bars to scroll. */
    private static Scene chartIn(TableViewModel vm, BarChartPane chart, double width) {
        var scene = new Scene(new StackPane(chart), width, 150);
        for (String sheet : new String[] {"/css/atlas.css", "/css/detail.css"}) {
            scene.getStylesheets().add(BarChartPane.class.getResource(sheet).toExternalForm());
        }
        DetailFixture.run(() -> {
            vm.chartSectorProperty().set(null);
            vm.chartColumnProperty().set(RegionColumn.LEERLINGEN_STUDENTEN);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.getRoot().layout();
        });
        return scene;
    }

    private static void assertValuesWholeBeforeTheScrollBar(BarChartPane chart) {
        Node bars = chart.getChildren().stream().filter(n -> n instanceof ScrollPane).findFirst().orElseThrow();
        ScrollBar bar = bars.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        assertTrue(bar.isVisible(), "the chart scrolls");
        double barLeft = bar.localToScene(bar.getLayoutBounds()).getMinX();
        var values = chart.lookupAll(".bar-value");
        assertFalse(values.isEmpty());
        for (Node node : values) {
            Label value = (Label) node;
            double end = value.localToScene(value.getLayoutBounds()).getMaxX();
            assertTrue(end <= barLeft + 0.5, value.getText() + " ends at " + end + ", the scroll bar begins at " + barLeft);
            assertEquals(value.getText(), ((javafx.scene.text.Text) value.lookup(".text")).getText());
        }
    }

    private Node focusOwner() {
        return fx.stage.getScene().getFocusOwner();
    }
}
