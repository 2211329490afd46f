package nl.onderwijsregio.atlas.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.List;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The list of hits opens under the search field, lined up with it, at the right end of the menu row as anywhere. */
@ExtendWith(ApplicationExtension.class)
class SearchListPlacementTest {

    private static final String LEIDEN = "Leiden, Duin- en Bollenstreek (vo/mbo)";
    private final AtlasState state = new AtlasState();
    private SearchBox box;
    private Region before;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.DUTCH);
        before = new Region();
        HBox.setHgrow(before, Priority.ALWAYS);
        // a menu row: the field at its right end, as in the main window
        stage.setScene(new Scene(new HBox(before, box = new SearchBox(new SearchViewModel(state))), 700, 300));
        stage.show();
    }

    /**
     * The list is a popup of the primary stage, which the test classes after this one share: left open, it took
     * their keys (Tab stayed in a search field, arrows and 1 2 3 reached no map).
     */
    @AfterEach
    void listClosed(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof PopupWindow)
                .forEach(Window::hide));
    }

    private Bounds typed(FxRobot robot, String text) {
        robot.clickOn("#search-field").write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return box.resultList().localToScreen(box.resultList().getLayoutBounds());
    }

    private Bounds field() {
        return box.localToScreen(box.getLayoutBounds());
    }

    @Test
    void zwolleIsListedExactlyUnderTheFieldAtTheRightEndOfTheMenuRow(FxRobot robot) {
        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));

        Bounds list = typed(robot, "zwolle");

        assertEquals(field().getMinX(), list.getMinX(), 1, "not opening left of the field");
        assertEquals(field().getMaxX(), list.getMaxX(), 1);
    }

    @Test
    void aLongRegionNameAtTheRightEndOfTheRowOpensLeftwardsWithTheFieldsRightEdge(FxRobot robot) {
        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("leiden-duin-en-bollenstreek-vo-mbo", LEIDEN)));

        Bounds list = typed(robot, "bollenstreek");

        assertTrue(list.getWidth() > field().getWidth() + 20, "the name needs more than the field's width");
        assertEquals(field().getMaxX(), list.getMaxX(), 1, "not past the window's edge");
    }

    @Test
    void aLongRegionNameWithRoomToTheRightOpensUnderTheFieldsLeftEdge(FxRobot robot) {
        robot.interact(() -> {
            before.setManaged(false);
            state.atlasProperty().set(SearchAtlases.withRegion("leiden-duin-en-bollenstreek-vo-mbo", LEIDEN));
        });

        Bounds list = typed(robot, "bollenstreek");

        assertTrue(list.getWidth() > field().getWidth() + 20);
        assertEquals(field().getMinX(), list.getMinX(), 1);
    }
}
