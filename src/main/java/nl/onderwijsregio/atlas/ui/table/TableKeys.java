package nl.onderwijsregio.atlas.ui.table;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The region table's headers for the keyboard: a table that has the focus marks one column's header (the
 * column the table is sorted by, at first); Left and Right move the mark, and S sorts by the marked column, or,
 * when the table is already sorted by it, reverses the order. Shift+F10 or the context-menu key opens the column
 * menu (the + at the header's right). The headers answered only to the mouse, so an adviser who works by keyboard
 * could neither sort nor hide a column. A sort made with the mouse moves the mark to the column sorted by.
 */
final class TableKeys {

    static final PseudoClass MARKED = PseudoClass.getPseudoClass("keyboard-column");

    private final TableView<?> table;
    private TableColumn<?, ?> marked;

    private TableKeys(TableView<?> table) {
        this.table = table;
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.focusedProperty().addListener((obs, was, focused) -> showMark());
        table.getVisibleLeafColumns().addListener((javafx.collections.ListChangeListener<Object>) c -> showMark());
        table.getSortOrder().addListener(this::sortedOtherwise);
    }

    /**
     * A header clicked moves the mark to its column: the mark stayed on Leerlingen while the table was sorted by
     * Regio, and the next S sorted by a column other than the one the arrow showed.
     */
    private void sortedOtherwise(javafx.collections.ListChangeListener.Change<? extends TableColumn<?, ?>> c) {
        while (c.next()) {
            if (c.wasAdded()) {
                // Shift+click adds a column to the order: that one was clicked last
                marked = c.getAddedSubList().get(c.getAddedSize() - 1);
            }
        }
        showMark();
    }

    static TableKeys install(TableView<?> table) {
        return new TableKeys(table);
    }

    /** The column S sorts by: the one marked, else the first the table is sorted by, else the first shown. */
    TableColumn<?, ?> markedColumn() {
        List<? extends TableColumn<?, ?>> shown = table.getVisibleLeafColumns();
        if (marked != null && shown.contains(marked)) {
            return marked;
        }
        return !table.getSortOrder().isEmpty() ? table.getSortOrder().get(0) : shown.isEmpty() ? null : shown.get(0);
    }

    private void keyPressed(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        boolean menu = e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
        if (menu) {
            openColumnMenu();
        } else if (e.isShiftDown()) {
            return;
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
            step(e.getCode() == KeyCode.LEFT ? -1 : 1);
        } else if (e.getCode() == KeyCode.S) {
            sortByMarked();
        } else {
            return;
        }
        e.consume();
    }

    private void step(int by) {
        List<? extends TableColumn<?, ?>> shown = table.getVisibleLeafColumns();
        TableColumn<?, ?> from = markedColumn();
        if (from == null) {
            return;
        }
        int to = Math.max(0, Math.min(shown.size() - 1, shown.indexOf(from) + by));
        marked = shown.get(to);
        table.scrollToColumn(asRowColumn(marked));
        showMark();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void sortByMarked() {
        TableColumn column = markedColumn();
        if (column == null || !column.isSortable()) {
            return;
        }
        marked = column;
        boolean sortedByIt = table.getSortOrder().size() == 1 && table.getSortOrder().get(0) == column;
        column.setSortType(sortedByIt && column.getSortType() == SortType.ASCENDING ? SortType.DESCENDING : SortType.ASCENDING);
        ((List) table.getSortOrder()).clear();
        ((List) table.getSortOrder()).add(column);
        showMark();
    }

    @SuppressWarnings("unchecked")
    private static <S> TableColumn<S, ?> asRowColumn(TableColumn<?, ?> column) {
        return (TableColumn<S, ?>) column;
    }

    /** The same menu the + opens with a click, shown under it. */
    private void openColumnMenu() {
        Node plus = table.lookup(".show-hide-columns-button");
        if (plus != null) {
            Event.fireEvent(plus, new MouseEvent(MouseEvent.MOUSE_PRESSED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, false, false, false, null));
        }
    }

    /** Marks the header of the marked column while the table has the focus; the mouse user sees no mark. */
    private void showMark() {
        TableColumn<?, ?> column = table.isFocused() ? markedColumn() : null;
        for (Node header : table.lookupAll(".column-header")) {
            header.pseudoClassStateChanged(MARKED, column != null && column.getId() != null
                    && column.getId().equals(header.getId()));
        }
    }
}
