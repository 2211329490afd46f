package nl.onderwijsregio.atlas.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Landelijk beeld by keyboard: each chart's rows one Tab stop, walked with the arrows and kept in sight. */
class NationalPictureKeysTest extends FxRobot {

    private static DetailFixture fx;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.NATIONAL));
    }

    @AfterAll
    static void backToTheTable() {
        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.TABLE));
    }

    /**
     * Table 4 (cooperation) is one stop: Tab from its first row leaves the chart, and Down walks its rows one by one,
     * each scrolled into sight and ringed, where every row was a Tab stop of its own (36 in all).
     */
    @Test
    void theCooperationChartsRowsAreOneTabStopWalkedWithDown() {
        Parent chart = lookup("#national-samenwerking").query();
        List<Node> rows = chart.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("national-row")).toList();
        assertTrue(rows.size() > 3, "rows: " + rows);
        assertEquals(1, rows.stream().filter(Node::isFocusTraversable).count(), "one stop");

        DetailFixture.run(rows.get(0)::requestFocus);
        type(KeyCode.TAB);
        assertFalse(rows.contains(focusOwner()), "one Tab leaves the chart: " + focusOwner());

        DetailFixture.run(rows.get(0)::requestFocus);
        javafx.scene.control.ScrollPane pane = lookup("#national-picture").query();
        for (int i = 1; i < rows.size(); i++) {
            type(KeyCode.DOWN);
            assertSame(rows.get(i), focusOwner(), "Down " + i);
            Bounds row = rows.get(i).localToScene(rows.get(i).getBoundsInLocal());
            Bounds view = pane.localToScene(pane.getBoundsInLocal());
            assertTrue(row.getMinY() >= view.getMinY() && row.getMaxY() <= view.getMaxY(), "row " + i + " in sight");
        }
        var ring = ((javafx.scene.layout.Region) focusOwner()).getBorder().getStrokes().get(0).getTopStroke();
        assertTrue(ring instanceof javafx.scene.paint.Color c && c.getOpacity() == 1, "ringed: " + ring);
    }

    private Node focusOwner() {
        return fx.window.getScene().getFocusOwner();
    }
}
