package nl.onderwijsregio.atlas.ui.table;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.IJSSEL_VECHT;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.summary.RegionRow;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The region table sorted and filtered with a region chosen, by mouse and keyboard: the chosen row stays in
 * sight, the keyboard's column mark follows the mouse, and the filter forgives a typo as the search does.
 */
class TableSortAndFilterTest extends FxRobot {

    private static DetailFixture fx;
    private static double height;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
        height = fx.stage.getHeight();
    }

    /** The table sorted A to Z, nothing chosen, and low enough that it scrolls: it shows two or three rows. */
    @BeforeEach
    void lowTableFromAToZ() {
        DetailFixture.run(() -> {
            fx.table.viewProperty().set(TableFeature.View.TABLE);
            fx.table.viewModel().queryProperty().set("");
            fx.state.selectedRegionIdProperty().set(null);
            table().getColumns().get(0).setSortType(SortType.ASCENDING);
            table().getSortOrder().setAll(table().getColumns().get(0));
            fx.stage.setHeight(375);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void fullHeight() {
        DetailFixture.run(() -> fx.stage.setHeight(height));
    }

    @Test
    void zwolleEnOmgevingSortedToTheTopWithSStaysInSight() {
        fx.select(ZWOLLE_REGION);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inSight(ZWOLLE_REGION), "chosen, the last row from A to Z is shown");
        DetailFixture.run(table()::requestFocus);

        type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ZWOLLE_REGION, ids().get(0), "from Z to A");
        assertTrue(inSight(ZWOLLE_REGION), "the view stayed at the bottom, Zwolle en omgeving out of sight at the top");
    }

    @Test
    void zwolleEnOmgevingSortedToTheTopByClickingLeerlingenTwiceStaysInSight() {
        fx.select(ZWOLLE_REGION);
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#col-leerlingen_studenten");
        clickOn("#col-leerlingen_studenten");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ZWOLLE_REGION, ids().get(0), "the most pupils first");
        assertTrue(inSight(ZWOLLE_REGION));
    }

    @Test
    void zwolleEnOmgevingStaysInSightWhenTheFilterIsCleared() {
        fx.select(ZWOLLE_REGION);
        clickOn("#table-query").write("kampen");
        assertEquals(List.of(IJSSEL_VECHT, ZWOLLE_REGION), ids());

        DetailFixture.run(() -> fx.table.viewModel().queryProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(5, ids().size());
        assertTrue(inSight(ZWOLLE_REGION), "the table jumped to its top, the chosen last row out of sight");
    }

    /** The filter forgives a typo as the search box does: it found nothing for "zwole" while the search found Zwolle. */
    @Test
    void zwoleInTheFilterFindsZwolleEnOmgevingAndKampnBothRegionsOfKampen() {
        clickOn("#table-query").write("zwole");
        assertEquals(List.of(ZWOLLE_REGION), ids());
        assertEquals("1 van 5 regio’s", lookup("#table-count").queryLabeled().getText());

        DetailFixture.run(() -> fx.table.viewModel().queryProperty().set("kampn"));
        assertEquals(List.of(IJSSEL_VECHT, ZWOLLE_REGION), ids(), "the regions Kampen lies in");
    }

    /** Marked Leerlingen with the arrows, then clicked Regio: S turns Regio round, the column the arrow is on. */
    @Test
    void aColumnSortedByTheMouseTakesTheKeyboardsMark() {
        DetailFixture.run(table()::requestFocus);
        type(KeyCode.RIGHT, 2);
        assertTrue(marked("col-leerlingen_studenten"));

        DetailFixture.run(() -> table().getSortOrder().clear());
        clickOn("#col-name");
        DetailFixture.run(table()::requestFocus);
        assertTrue(marked("col-name"), "the mark went with the mouse to Regio");
        assertTrue(!marked("col-leerlingen_studenten"));

        type(KeyCode.S);
        assertEquals("col-name", table().getSortOrder().get(0).getId());
        assertEquals(SortType.DESCENDING, table().getSortOrder().get(0).getSortType(), "S turned Regio round");
    }

    private boolean marked(String columnId) {
        return table().lookupAll(".column-header").stream().filter(h -> columnId.equals(h.getId()))
                .anyMatch(h -> h.getPseudoClassStates().contains(PseudoClass.getPseudoClass("keyboard-column")));
    }

    /** Whether the region's row is wholly within what the table shows of its rows, above a horizontal scroll bar. */
    private boolean inSight(String regionId) {
        Node flow = table().lookup(".virtual-flow");
        var row = table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.isVisible()
                        && r.getItem() instanceof RegionRow item && item.id().equals(regionId))
                .findFirst();
        if (row.isEmpty()) {
            return false;
        }
        var rowBounds = row.get().localToScene(row.get().getBoundsInLocal());
        var seen = flow.localToScene(flow.getBoundsInLocal());
        double seenTop = table().lookup(".column-header-background").localToScene(
                table().lookup(".column-header-background").getBoundsInLocal()).getMaxY();
        double seenBottom = seen.getMaxY();
        for (Node n : table().lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                seenBottom = Math.min(seenBottom, bar.localToScene(bar.getBoundsInLocal()).getMinY());
            }
        }
        return rowBounds.getMinY() >= seenTop - 0.5 && rowBounds.getMaxY() <= seenBottom + 0.5;
    }

    @SuppressWarnings("unchecked")
    private static TableView<RegionRow> table() {
        return (TableView<RegionRow>) fx.table.tablePane().table();
    }

    private static List<String> ids() {
        return table().getItems().stream().map(RegionRow::id).toList();
    }
}
