package nl.onderwijsregio.atlas.ui.about;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;

/**
 * Up, Down, Page Up, Page Down, Home and End scroll a dialog's text wherever the focus is. The Help dialogs
 * are there to be read, and on a 768-pixel screen their text is longer than the window: Tab reaches only
 * Close, which keeps Enter and Esc, so without this the end of the list was for the mouse only. While the focus is
 * on a line of the text that the arrows walk (the shortcuts' lines), the keys are that line's, and the text scrolls
 * with the focus.
 */
final class ScrollingByKeys {

    /** About a line of the dialogs' text; Page Down keeps one line of the page before in sight. */
    private static final double LINE_PX = 22;

    private ScrollingByKeys() {
    }

    static void install(DialogPane pane, ScrollPane scroll) {
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()
                    || within(pane.getScene().getFocusOwner(), scroll.getContent())) {
                return;
            }
            double page = scroll.getViewportBounds().getHeight() - LINE_PX;
            double by = switch (e.getCode()) {
                case UP, KP_UP -> -LINE_PX;
                case DOWN, KP_DOWN -> LINE_PX;
                case PAGE_UP -> -page;
                case PAGE_DOWN -> page;
                case HOME -> Double.NEGATIVE_INFINITY;
                case END -> Double.POSITIVE_INFINITY;
                default -> 0;
            };
            if (by != 0) {
                scrollBy(scroll, by);
                e.consume();
            }
        });
    }

    private static boolean within(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    private static void scrollBy(ScrollPane scroll, double px) {
        double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double at = (scroll.getVvalue() - scroll.getVmin()) / range * hidden;
        double to = Math.max(0, Math.min(hidden, at + px));
        scroll.setVvalue(scroll.getVmin() + to / hidden * range);
    }
}
