package nl.onderwijsregio.atlas.ui.table;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * A split of two parts whose divider keeps the share of the length it was given, or was dragged to. JavaFX's own split
 * deals a change of its length out evenly to both parts, and keeps where a part's minimum once pushed the divider:
 * one narrow moment (high contrast's larger type, a window made smaller) left the map beside the table at a quarter of
 * its room, the Netherlands no longer fitting, until the view was opened anew. Here a part's minimum still wins while
 * it must, and the share comes back once there is room.
 */
final class ShareKeepingSplit extends SplitPane {

    /** Pixels the divider may stand from where it belongs before it is put there again. */
    private static final double FIT_SLACK = 12;

    private double share;
    private boolean dragging;
    /** The length and the parts' minimums the share was last put against: when one changes, it is put again. */
    private double putAtLength = -1;
    private double putAtFirstLeast = -1;
    private double putAtSecondLeast = -1;

    ShareKeepingSplit(Orientation orientation, double share) {
        setOrientation(orientation);
        keepShare(share);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = onOwnDivider(e.getPickResult().getIntersectedNode()));
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging) {
                dragging = false;
                this.share = getDividerPositions()[0];
            }
        });
    }

    /** The first part's share of the length from now on, until the reader drags the divider elsewhere. */
    void keepShare(double share) {
        this.share = share;
        putAtLength = -1;
        setDividerPositions(share);
        requestLayout();
    }

    /** The first part's share this split keeps: as it was given, or as the reader last dragged it. */
    double share() {
        return share;
    }

    @Override
    protected void layoutChildren() {
        if (getItems().size() == 2 && !dragging) {
            boolean across = getOrientation() == Orientation.HORIZONTAL;
            double length = across ? getWidth() : getHeight();
            double firstLeast = least(getItems().get(0), across);
            double secondLeast = least(getItems().get(1), across);
            boolean changed = length != putAtLength || firstLeast != putAtFirstLeast || secondLeast != putAtSecondLeast;
            // A minimum that shrank in the same pass as it pushed the divider leaves no change to see: the divider is
            // put again whenever it stands well away from the share, or from as near it as the minimums allow (the
            // slack keeps the skin's own small corrections from setting it again each pulse).
            double nearest = length <= 0 ? share
                    : Math.max(firstLeast / length, Math.min(share, 1 - secondLeast / length));
            boolean elsewhere = Math.abs(getDividerPositions()[0] - nearest) * length > FIT_SLACK;
            if (changed || elsewhere) {
                putAtLength = length;
                putAtFirstLeast = firstLeast;
                putAtSecondLeast = secondLeast;
                // before the skin lays the parts out: it takes the position as asked, then holds the minimums
                setDividerPosition(0, share);
            }
        }
        super.layoutChildren();
    }

    private static double least(Node part, boolean across) {
        return across ? part.minWidth(-1) : part.minHeight(-1);
    }

    /** Whether {@code picked} is this split's divider (not one of a split inside a part). */
    private boolean onOwnDivider(Node picked) {
        for (Node n = picked; n != null && n != this; n = n.getParent()) {
            if (n.getParent() == this && n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
