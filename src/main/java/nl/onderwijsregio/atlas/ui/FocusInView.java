package nl.onderwijsregio.atlas.ui;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps what has the keyboard focus inside a scrolling pane (the detail pane, the themes, the bar chart) in view,
 * and makes Page Up and Page Down scroll such a pane by about a page. Without it the focus went where the reader
 * could not see it: a link under the pane's edge, a figure's source line below the fold, and Page Down moved the
 * text by some 45 pixels.
 * <p>
 * A part reached by keyboard is kept {@link #KEYBOARD_ROOM} (at most a quarter of the view) from the edge it moves
 * towards, so the next part shows too. A click scrolls nothing: the pane would move under the pointer between
 * press and release, and the click be lost. A part reached by keyboard may name other nodes to show with it ({@link #showWith}), such as
 * the line that tells a figure's source; what is taller than the view is shown from its top.
 */
public final class FocusInView {

    /** The room kept between the edge and a part reached by keyboard: about three member rows. */
    public static final double KEYBOARD_ROOM = 64;
    private static final double EDGE = 8;
    /** About a line of text; Page Down keeps one line of the page before in sight. */
    private static final double LINE_PX = 24;
    private static final String SHOW_WITH = FocusInView.class.getName() + ".showWith";

    private final ScrollPane scroll;
    /** Whether the last key or button pressed was a key, so that the focus now moves by keyboard. */
    private boolean byKeyboard;

    private FocusInView(ScrollPane scroll) {
        this.scroll = scroll;
        scroll.addEventHandler(KeyEvent.KEY_PRESSED, this::page);
        // A pane already in its scene (a dialog's content) follows that scene's focus from now.
        follow(scroll.getScene());
        scroll.sceneProperty().addListener((obs, o, scene) -> follow(scene));
        scroll.getProperties().put(FocusInView.class, this);
    }

    private void follow(javafx.scene.Scene scene) {
        if (scene != null && !scene.getProperties().containsKey(this)) {
            scene.getProperties().put(this, Boolean.TRUE);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> byKeyboard = true);
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> byKeyboard = false);
            scene.focusOwnerProperty().addListener((x, a, focused) -> {
                // What is clicked is in sight already; scrolling between press and release would lose the click.
                if (byKeyboard) {
                    reveal(focused, true);
                }
            });
        }
    }

    public static FocusInView install(ScrollPane scroll) {
        return new FocusInView(scroll);
    }

    /** Shows {@code others} along with {@code part} whenever {@code part} is brought into view. */
    public static void showWith(Node part, Node... others) {
        part.getProperties().put(SHOW_WITH, others);
    }

    /** Brings {@code node} into view in the nearest pane that keeps its focus in view; nothing when there is none. */
    public static void reveal(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(FocusInView.class) instanceof FocusInView view) {
                view.reveal(node, false);
                return;
            }
        }
    }

    /** Scrolls the pane so that {@code node}, when it is part of it, is in view. */
    public void show(Node node) {
        reveal(node, false);
    }

    private void reveal(Node node, boolean keyboard) {
        Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        scroll.layout();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double room = keyboard ? Math.min(KEYBOARD_ROOM, viewport / 4) : 0;
        double margin = Math.max(room, EDGE);
        Bounds bounds = boundsIn(content, node, keyboard);
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (bounds.getMinY() < top + room) {
            target = bounds.getMinY() - margin;
        } else if (bounds.getMaxY() > top + viewport - room) {
            target = Math.min(bounds.getMinY() - margin, bounds.getMaxY() - viewport + margin);
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }

    /** The node's bounds in the content, reached by keyboard with those of what it is shown with. */
    private static Bounds boundsIn(Node content, Node node, boolean keyboard) {
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        if (keyboard && node.getProperties().get(SHOW_WITH) instanceof Node[] others) {
            for (Node other : others) {
                if (other.isVisible() && other.getScene() != null) {
                    Bounds o = content.sceneToLocal(other.localToScene(other.getBoundsInLocal()));
                    double minY = Math.min(b.getMinY(), o.getMinY());
                    b = new BoundingBox(b.getMinX(), minY, b.getWidth(), Math.max(b.getMaxY(), o.getMaxY()) - minY);
                }
            }
        }
        return b;
    }

    /** Page Up and Page Down, when the focused part did not use them itself. */
    private void page(KeyEvent e) {
        if (e.isConsumed() || e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()) {
            return;
        }
        double sign = switch (e.getCode()) {
            case PAGE_UP -> -1;
            case PAGE_DOWN -> 1;
            default -> 0;
        };
        Node content = scroll.getContent();
        if (sign == 0 || content == null) {
            return;
        }
        double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            double range = scroll.getVmax() - scroll.getVmin();
            double at = (scroll.getVvalue() - scroll.getVmin()) / range * hidden;
            double page = scroll.getViewportBounds().getHeight() - LINE_PX;
            double to = Math.max(0, Math.min(hidden, at + sign * page));
            scroll.setVvalue(scroll.getVmin() + to / hidden * range);
        }
        e.consume();
    }

    private static boolean isInside(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}
