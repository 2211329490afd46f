package nl.onderwijsregio.atlas.ui.map;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The municipality card stands in the map's top right corner and the legend in its top left, with the first-run
 * card beside it on a first start. On a narrow map (a laptop at Extra groot) the card met the legend and covered
 * its title and its fold button, which the keyboard then reached unseen; on a first start it met the first-run card.
 * There the card stands under what holds the top left corner instead, when the map has the height.
 */
final class CardClearOfCorner {

    private static final double MARGIN = 10;

    private final Region card;
    private final StackPane map;
    // Change listeners: an invalidation listener falls silent until someone reads the value again.
    private final ChangeListener<Object> changed = (obs, o, n) -> place();

    private CardClearOfCorner(Region card, StackPane map) {
        this.card = card;
        this.map = map;
    }

    /** Keeps {@code card} clear of the panels in {@code map}'s top left corner, those there now and those to come. */
    static void keep(Region card, StackPane map) {
        CardClearOfCorner rule = new CardClearOfCorner(card, map);
        map.widthProperty().addListener(rule.changed);
        map.heightProperty().addListener(rule.changed);
        card.widthProperty().addListener(rule.changed);
        card.heightProperty().addListener(rule.changed);
        map.getChildren().forEach(rule::follow);
        map.getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(rule::follow);
                c.getRemoved().forEach(rule::unfollow);
            }
            rule.place();
        });
        rule.place();
    }

    private void follow(Node n) {
        n.boundsInParentProperty().addListener(changed);
        n.visibleProperty().addListener(changed);
    }

    private void unfollow(Node n) {
        n.boundsInParentProperty().removeListener(changed);
        n.visibleProperty().removeListener(changed);
    }

    private void place() {
        double top = MARGIN;
        double below = MARGIN;
        for (Node corner : map.getChildren()) {
            if (corner != card && corner.isVisible() && StackPane.getAlignment(corner) == Pos.TOP_LEFT
                    && meets(corner)) {
                below = Math.max(below, corner.getBoundsInParent().getMaxY() + MARGIN);
            }
        }
        if (below > MARGIN && below + card.getHeight() + MARGIN <= map.getHeight()) {
            top = below;
        }
        Insets now = StackPane.getMargin(card);
        if (now == null || now.getTop() != top) {
            StackPane.setMargin(card, new Insets(top, MARGIN, MARGIN, MARGIN));
        }
    }

    /** Whether the card in its corner would reach over {@code corner}'s right edge. */
    private boolean meets(Node corner) {
        double cardLeft = map.getWidth() - MARGIN - card.getWidth();
        return cardLeft < corner.getBoundsInParent().getMaxX() + MARGIN;
    }
}
