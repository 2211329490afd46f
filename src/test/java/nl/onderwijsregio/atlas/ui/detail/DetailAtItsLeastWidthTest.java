package nl.onderwijsregio.atlas.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.TextSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The side pane dragged as narrow as its divider lets it still reads: Zwolle's key figures whole ("144.052", not
 * "144..."), no word broken ("Zwoll / e en"), the copy buttons whole, nothing under the scroll bar.
 */
class DetailAtItsLeastWidthTest extends InTheRunningAtlas {

    @AfterEach
    void restore() {
        interact(() -> {
            app.state().textSizeProperty().set(TextSize.NORMAL);
            app.state().selectedRegionIdProperty().set(null);
        });
    }

    @ParameterizedTest
    @EnumSource(value = TextSize.class, names = {"NORMAL", "EXTRA_LARGE"})
    void zwollesFiguresReadWholeAtThePanesLeastWidth(TextSize size) {
        interact(() -> {
            app.state().textSizeProperty().set(size);
            app.state().selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#body-sides").queryAs(SplitPane.class).setDividerPositions(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        Region side = lookup("#body-right").query();
        assertEquals(side.minWidth(-1), side.getWidth(), 1, size + ": the pane at its least width");

        List<String> broken = new ArrayList<>();
        for (Node n : lookup(".figure-value").queryAll()) {
            Labeled value = (Labeled) n;
            if (value.getWidth() < value.prefWidth(-1) - 0.5) {
                broken.add("figure cut: " + value.getText());
            }
        }
        for (String selector : List.of("#detail-title", "#detail-published", ".figure-label")) {
            for (Node n : lookup(selector).queryAll()) {
                Labeled words = (Labeled) n;
                if (words.getWidth() < WholeWords.longestWord(words.getText(), words.getFont()) - 0.5) {
                    broken.add("a word broken in " + selector + ": " + words.getText());
                }
            }
        }
        for (String button : List.of("#detail-copy-text", "#detail-copy-csv")) {
            Labeled b = lookup(button).query();
            if (b.getWidth() < b.prefWidth(-1) - 0.5) {
                broken.add("button cut: " + b.getText());
            }
        }
        Bounds view = lookup("#detail-scroll .viewport").query().localToScene(
                lookup("#detail-scroll .viewport").query().getLayoutBounds());
        for (String selector : List.of(".figure-tile", "#detail-figure-source", "#detail-copy-csv")) {
            for (Node n : lookup(selector).queryAll()) {
                if (n.localToScene(n.getLayoutBounds()).getMaxX() > view.getMaxX() + 0.5) {
                    broken.add(selector + " runs under the scroll bar");
                }
            }
        }
        assertTrue(broken.isEmpty(), size + ": " + broken);
    }

    @Test
    void theMapKeepsItsOwnLeastWidthBesideIt() {
        interact(() -> {
            app.state().textSizeProperty().set(TextSize.EXTRA_LARGE);
            app.state().selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#body-sides").queryAs(SplitPane.class).setDividerPositions(0.0));
        WaitForAsyncUtils.waitForFxEvents();
        Region map = lookup("#map-pane").query();
        assertTrue(map.getWidth() >= map.minWidth(-1) - 1, "the map " + map.getWidth() + " px, its least "
                + map.minWidth(-1));
    }
}
