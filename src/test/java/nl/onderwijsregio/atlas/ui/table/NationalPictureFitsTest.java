package nl.onderwijsregio.atlas.ui.table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import nl.onderwijsregio.atlas.ui.detail.WholeWords;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Landelijk beeld at Extra groot in a laptop's 1024-pixel-wide window: the fixed 300-pixel labels and the bars made
 * the page wider than its pane, so the introduction was cut at the right ("vroeg de") and read only by scrolling
 * sideways, and the bars narrowed below their counts, so a 1 and a 3 side by side read as "13".
 */
class NationalPictureFitsTest extends FxRobot {

    private static DetailFixture fx;

    @BeforeAll
    static void extraLargeOnALaptop() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
        DetailFixture.run(() -> {
            fx.stage.setWidth(1024);
            fx.stage.setHeight(768);
            fx.window.getStylesheets().add(TextSize.EXTRA_LARGE.stylesheet(Appearance.LIGHT));
            fx.table.viewProperty().set(TableFeature.View.NATIONAL);
        });
        DetailFixture.run(() -> fx.window.layout());
    }

    /** The primary stage and its look are shared by the test classes that run after this one in the same JVM. */
    @AfterAll
    static void asTheFixtureMadeIt() {
        DetailFixture.run(() -> {
            fx.window.getStylesheets().removeIf(s -> s.startsWith("data:"));
            fx.table.viewProperty().set(TableFeature.View.TABLE);
            fx.stage.setWidth(1200);
            fx.stage.setHeight(760);
        });
    }

    @Test
    void thePageIsNoWiderThanItsPane() {
        ScrollPane pane = lookup("#national-picture").query();
        double page = pane.getContent().getLayoutBounds().getWidth();
        double view = pane.getViewportBounds().getWidth();
        assertTrue(view > 0 && page <= view + 0.5, "the page " + page + " px in a pane " + view + " px wide");
        ScrollBar sideways = pane.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
        assertFalse(sideways.isVisible(), "no sideways scroll bar");
    }

    /** Each count shown stands inside its own segment; one too wide for it is left to the segment's tooltip. */
    @Test
    void noCountIsWiderThanItsSegment() {
        var counts = lookup(".national-count").queryAll();
        assertTrue(counts.stream().anyMatch(Node::isVisible), "some counts are shown");
        for (Node n : counts) {
            if (!n.isVisible()) {
                continue;
            }
            Label count = (Label) n;
            Region fill = (Region) ((StackPane) count.getParent()).getChildren().get(0);
            assertTrue(count.prefWidth(-1) <= fill.getWidth(), "\"" + count.getText() + "\" is "
                    + count.prefWidth(-1) + " px in a segment " + fill.getWidth() + " px wide");
        }
    }

    /** The labels narrowed with the pane broke "schoolbesturen/scholen" after "sc": each keeps its words whole. */
    @Test
    void eachLabelKeepsItsLongestWordWhole() {
        for (Node n : lookup(".national-label").queryAll()) {
            Label label = (Label) n;
            double word = WholeWords.longestWord(label.getText(), label.getFont());
            assertTrue(word <= label.getWidth(), "\"" + label.getText() + "\" in " + label.getWidth() + " px");
        }
    }
}
