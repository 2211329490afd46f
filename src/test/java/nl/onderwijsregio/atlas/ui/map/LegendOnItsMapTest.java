package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The PO legend (29 regions, 2 national ones below them) on a map as tall as a 3840 × 2160 screen leaves it, on a
 * low one and on a narrow one: as tall as its list needs, as far as the map's height allows; folded, its title on
 * one line.
 */
class LegendOnItsMapTest extends BundledAtlasWindow {

    private StackPane map;
    private MapLegend legend;

    /**
     * The PO legend alone on a map {@code width} × {@code height}, in a scene laid out without a window: a window larger
     * than the headless screen (1280 × 768) overflows Monocle's buffers and leaves later test classes without keys.
     */
    private void onAMap(double width, double height) {
        interact(() -> {
            map = new StackPane();
            legend = new MapLegend(new MapViewModel(state));
            StackPane.setMargin(legend, new Insets(10));
            map.getChildren().add(legend);
            Scene scene = new Scene(map, width, height);
            scene.getStylesheets().add(MapFeature.class.getResource("/css/atlas.css").toExternalForm());
            scene.getStylesheets().add(MapFeature.class.getResource("/css/map.css").toExternalForm());
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the list's height follows the rows' width and the map's height: laid out until it has both
        for (int pass = 0; pass < 3; pass++) {
            interact(() -> {
                map.applyCss();
                map.layout();
            });
        }
    }

    /** Where the legend's card ends, below its shadow. */
    private double legendFoot() {
        return legend.getLayoutY() + legend.getHeight();
    }

    private ScrollPane list() {
        return (ScrollPane) legend.lookup(".legend-scroll");
    }

    @Test
    void onAFourKScreenAllTwentyNinePoRegionsShowWithoutAScrollBar() {
        onAMap(3000, 2000);
        ScrollPane list = list();
        double shown = list.getViewportBounds().getHeight();
        double rows = list.getContent().getLayoutBounds().getHeight();
        assertTrue(shown >= rows, "the list shows " + shown + " of its " + rows + " pixels, with 1900 to spare");
        assertTrue(legendFoot() < 1000, "no taller than it needs: " + legendFoot());
    }

    @Test
    void onALowMapTheListScrollsAndTheNationalRegionsStayOnTheMap() {
        onAMap(1200, 500);
        ScrollPane list = list();
        assertTrue(list.getViewportBounds().getHeight() < list.getContent().getLayoutBounds().getHeight(),
                "the list scrolls");
        for (String national : new String[] {"koerskracht", "progressus"}) {
            Node entry = legend.lookup("#legend-" + national);
            Bounds onMap = map.sceneToLocal(entry.localToScene(entry.getBoundsInLocal()));
            assertTrue(onMap.getMaxY() <= 500 - 10, national + " within the map's margin: " + onMap);
        }
        assertTrue(legendFoot() <= 500 - 10, "the legend too: " + legendFoot());
    }

    /**
     * Why Koerskracht and Progressus are not on the map is said whole in edit mode too, whose frame around the map
     * takes a few of the legend's pixels: the list scrolls, the sentence under it keeps its lines ("Deze
     * PO-regio’s werken landelijk en sta…" told nothing).
     */
    @Test
    void inEditModeOnALowMapTheNationalRegionsExplanationShowsWhole() {
        onAMap(1200, 500);
        interact(() -> {
            map.setId("map-pane");
            Parent window = new StackPane();
            map.getScene().setRoot(window);
            ((StackPane) window).getChildren().add(map);
            window.getStyleClass().add("edit-mode");
            map.getScene().getStylesheets().add(MapFeature.class.getResource("/css/editor.css").toExternalForm());
        });
        for (int pass = 0; pass < 3; pass++) {
            interact(() -> {
                map.getScene().getRoot().applyCss();
                map.getScene().getRoot().layout();
            });
        }
        assertEquals(4, map.snappedTopInset(), "the edit mode's frame");
        List<Label> explanations = legend.lookupAll(".legend-explain").stream().map(Label.class::cast).toList();
        assertEquals(1, explanations.size(), "the national regions' explanation");
        for (Label explain : explanations) {
            assertEquals(explain.getText(), ((Text) explain.lookup(".text")).getText(), "shown whole, not cut off");
        }
    }

    @Test
    void foldedBesideTheTableOnALaptopTheTitleStaysOnOneLineAndWholeInItsTooltip() {
        // Kaart en tabel at 1366 × 768 leaves the map 245 pixels
        onAMap(245, 640);
        interact(() -> legend.foldedProperty().set(true));
        interact(() -> {
            map.applyCss();
            map.layout();
        });
        Label title = (Label) legend.lookup(".legend-title");
        assertTrue(title.getHeight() < title.getFont().getSize() * 1.6, "one line, " + title.getHeight() + " px high");
        assertEquals("PO-regio’s (29) + 2 landelijk", title.getTooltip().getText());
        assertTrue(legend.getLayoutX() + legend.getWidth() <= 245 - 10, "within the map's margin: "
                + (legend.getLayoutX() + legend.getWidth()));
    }
}
