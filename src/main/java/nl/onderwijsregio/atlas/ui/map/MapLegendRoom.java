package nl.onderwijsregio.atlas.ui.map;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.layout.Region;

/**
 * The room the legend leaves the map. An open legend that would take more than {@link #MOST_OF_THE_WIDTH} of the
 * map's width (beside the table; at Extra groot on a laptop, where it took 450 of 760 pixels) folds to its title by
 * itself, and opens again once the map has room for it. Between such changes the reader folds and opens it as they
 * like, and a switch of appearance or text size that leaves the map as crowded as it was keeps their choice.
 * Whatever the legend's width, the map keeps what it was fitted to, and the selected region, clear of it
 * ({@link MapNavigation#keepClearOfTheLegend()}).
 */
final class MapLegendRoom {

    /**
     * Past this share the open legend hides the country rather than explains it: beside it the country is too
     * small to read, and folded to its title it still says what the colours are and opens with a click.
     */
    static final double MOST_OF_THE_WIDTH = 0.4;
    /** The legend's margin in the map pane: the map's room starts this far right of it. */
    private static final double MARGIN = 10;

    private final MapLegend legend;
    private final Region map;
    private final MapNavigation navigation;
    private boolean crowded;
    private boolean checkPending;

    MapLegendRoom(MapLegend legend, Region map, MapNavigation navigation) {
        this.legend = legend;
        this.map = map;
        this.navigation = navigation;
        navigation.setLeftInset(() -> legend.isVisible() && !legend.foldedProperty().get()
                ? legend.getWidth() + MARGIN : 0);
        // Change listeners: an invalidation listener falls silent until someone reads the value again.
        ChangeListener<Object> changed = (obs, o, n) -> roomChanged();
        map.widthProperty().addListener(changed);
        map.heightProperty().addListener(changed);
        legend.layoutBoundsProperty().addListener(changed);
        legend.visibleProperty().addListener(changed);
        legend.foldedProperty().addListener(changed);
    }

    private void roomChanged() {
        double width = map.getWidth();
        if (width <= 0 || !legend.isVisible()) {
            return;
        }
        boolean nowCrowded = legend.openWidth() > MOST_OF_THE_WIDTH * width;
        if (nowCrowded != crowded) {
            crowded = nowCrowded;
            legend.foldedProperty().set(nowCrowded);
        }
        // Once the pass that brought the change is laid out, the legend has its new width: checked once for all of it.
        if (!checkPending) {
            checkPending = true;
            Platform.runLater(() -> {
                checkPending = false;
                navigation.keepClearOfTheLegend();
            });
        }
    }
}
