package nl.onderwijsregio.atlas.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Tabel view: the table above its bar chart, the table taking the larger part, as far as the reader wants it. */
class TableWithChartTest extends FxRobot {

    private static DetailFixture fx;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
    }

    @Test
    void theTableTakesAboutTwoThirdsOfTheHeightAndTheChartTheRest() {
        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.TABLE));
        Node table = fx.table.tablePane();
        Node chart = fx.table.chart();
        double both = table.getLayoutBounds().getHeight() + chart.getLayoutBounds().getHeight();
        assertTrue(table.getLayoutBounds().getHeight() >= 0.6 * both,
                "table " + table.getLayoutBounds().getHeight() + " of " + both);
        assertTrue(chart.getLayoutBounds().getHeight() >= 0.3 * both, "room for the chart's bars too");
    }

    @Test
    void aDividerDraggedStaysWhereItWasPutWhenTheViewChangesAndBack() {
        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.TABLE));
        SplitPane split = lookup("#table-view").queryAs(SplitPane.class);
        drag(split.lookup(".split-pane-divider")).moveBy(0, 60).drop();
        double put = split.getDividerPositions()[0];
        assertTrue(Math.abs(put - TableFeature.TABLE_SHARE) > 0.03, "dragged from where it opened: " + put);

        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.MAP));
        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.SPLIT));
        assertEquals(put, split.getDividerPositions()[0], 0.01, "beside the map");
        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.TABLE));
        assertEquals(put, split.getDividerPositions()[0], 0.01, "and alone again");
        DetailFixture.run(() -> split.setDividerPositions(TableFeature.TABLE_SHARE));
    }
}
