package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.LaptopWindow;
import nl.onderwijsregio.atlas.ui.TextSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The region form at Extra groot with the side pane dragged as narrow as it goes: every field is named whole, so
 * "Schoolbesturen po" is told from "Schoolbesturen vo", and the tabs above it read whole.
 */
class EditorFormAtItsLeastWidthTest extends InTheRunningAtlas {

    @AfterEach
    void restore() {
        interact(() -> {
            app.state().editModeProperty().set(false);
            app.state().textSizeProperty().set(TextSize.NORMAL);
            app.state().selectedRegionIdProperty().set(null);
        });
    }

    @Test
    void oostNederlandsFormNamesEveryFieldWholeAtExtraLarge() {
        interact(() -> {
            app.state().textSizeProperty().set(TextSize.EXTRA_LARGE);
            app.state().editModeProperty().set(true);
            app.state().selectedRegionIdProperty().set("oost-nederland");
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#body-sides").queryAs(SplitPane.class).setDividerPositions(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        Region side = lookup("#body-right").query();
        assertTrue(side.getWidth() <= side.minWidth(-1) + 1, "the side pane at its least width: " + side.getWidth());

        LaptopWindow.assertNothingShortened(lookup("#editor-pane").queryAs(Parent.class), "the region form");
        List<String> cut = new ArrayList<>();
        Bounds tabs = lookup("#detail-tabs .tab-header-area").query().localToScene(
                lookup("#detail-tabs .tab-header-area").query().getLayoutBounds());
        for (Node tab : lookup("#detail-tabs .tab").queryAll()) {
            Bounds b = tab.localToScene(tab.getLayoutBounds());
            if (b.getMinX() < tabs.getMinX() - 0.5 || b.getMaxX() > tabs.getMaxX() + 0.5) {
                cut.add(tab.getId());
            }
        }
        assertTrue(cut.isEmpty(), "tabs cut at the pane's edge: " + cut);
    }
}
