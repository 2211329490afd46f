package nl.onderwijsregio.atlas.ui.map;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The municipality card stands in the map's top right corner and the legend in its top left. On a narrow map (a
 * laptop at Extra groot) the two met, and the card covered the legend's title and its fold button, which the
 * keyboard then reached unseen: there the card stands under the legend instead, when the map has the height.
 */
final class CardClearOfLegend {

    private static final double MARGIN = 10;

    private final Region card;
    private final Region legend;
    private final Region map;

    private CardClearOfLegend(Region card, Region legend, Region map) {
        this.card = card;
        this.legend = legend;
        this.map = map;
    }

    static void keep(Region card, Region legend, Region map) {
        CardClearOfLegend rule = new CardClearOfLegend(card, legend, map);
        // Change listeners: an invalidation listener falls silent until someone reads the value again.
        ChangeListener<Object> changed = (obs, o, n) -> rule.place();
        map.widthProperty().addListener(changed);
        map.heightProperty().addListener(changed);
        legend.boundsInParentProperty().addListener(changed);
        legend.visibleProperty().addListener(changed);
        card.widthProperty().addListener(changed);
        card.heightProperty().addListener(changed);
        rule.place();
    }

    private void place() {
        double top = MARGIN;
        if (legend.isVisible() && meets()) {
            double below = legend.getBoundsInParent().getMaxY() + MARGIN;
            if (below + card.getHeight() + MARGIN <= map.getHeight()) {
                top = below;
            }
        }
        Insets now = StackPane.getMargin(card);
        if (now == null || now.getTop() != top) {
            StackPane.setMargin(card, new Insets(top, MARGIN, MARGIN, MARGIN));
        }
    }

    /** Whether the card in its corner would reach over the legend's right edge. */
    private boolean meets() {
        double cardLeft = map.getWidth() - MARGIN - card.getWidth();
        return cardLeft < legend.getBoundsInParent().getMaxX() + MARGIN;
    }
}
