package nl.onderwijsregio.atlas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * Makes a list of parts (member rows, neighbour links, bars) one stop for Tab: only one part at a time is
 * focus-traversable (the one last focused, else the first), and the arrow keys, Home, End, Page Up and
 * Page Down move the focus between the parts. Each part a stop, a keyboard user pressed Tab some 45 times
 * past Zwolle en omgeving's municipalities, neighbours and bars before reaching its cases or the table.
 * <p>
 * What a part does on Enter or Space stays the part's own; the part last focused is remembered by its id, so
 * the stop stays where it was when the list is built anew (another sector, another language).
 */
public final class OneTabStop {

    private final List<Node> parts = new ArrayList<>();
    private final int page;
    private String tabStopId;

    /**
     * @param list the node the parts lie in, whose key presses move the focus
     * @param page how many parts Page Up and Page Down move: about what a screen shows of the list
     */
    public OneTabStop(Node list, int page) {
        this.page = page;
        // A filter: a link (a control) would otherwise take the arrows to move the focus on its own way.
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::moveFocus);
    }

    /** The parts in the order the arrows go through them; each needs an id to be remembered by. */
    public void setParts(List<? extends Node> nodes) {
        parts.clear();
        parts.addAll(nodes);
        for (Node part : parts) {
            part.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    markTabStop(part.getId());
                }
            });
        }
        boolean known = parts.stream().anyMatch(p -> p.getId() != null && p.getId().equals(tabStopId));
        markTabStop(known ? tabStopId : parts.isEmpty() ? null : parts.get(0).getId());
    }

    /**
     * Makes the part with {@code id} the stop Tab lands on, as if it had been focused last: the chart's bar of the
     * chosen region, where Tab went to the first bar. No part has that id (or it is null): the stop stays.
     */
    public void standAt(String id) {
        if (id != null && parts.stream().anyMatch(p -> id.equals(p.getId()))) {
            markTabStop(id);
        }
    }

    private void markTabStop(String id) {
        tabStopId = id;
        for (int i = 0; i < parts.size(); i++) {
            Node part = parts.get(i);
            part.setFocusTraversable(id == null ? i == 0 : id.equals(part.getId()));
        }
    }

    /** Up/Left and Down/Right step a part, Home and End go to the ends, Page Up and Down a page; the ends hold the focus. */
    private void moveFocus(KeyEvent e) {
        Node owner = e.getTarget() instanceof Node n && n.getScene() != null ? n.getScene().getFocusOwner() : null;
        int at = parts.indexOf(owner);
        if (at < 0 || e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()) {
            return;
        }
        int to;
        switch (e.getCode()) {
            case UP, KP_UP, LEFT, KP_LEFT -> to = at - 1;
            case DOWN, KP_DOWN, RIGHT, KP_RIGHT -> to = at + 1;
            case HOME -> to = 0;
            case END -> to = parts.size() - 1;
            case PAGE_UP -> to = at - page;
            case PAGE_DOWN -> to = at + page;
            default -> {
                return;
            }
        }
        parts.get(Math.max(0, Math.min(parts.size() - 1, to))).requestFocus();
        e.consume();
    }
}
