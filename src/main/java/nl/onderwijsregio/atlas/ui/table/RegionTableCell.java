package nl.onderwijsregio.atlas.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import nl.onderwijsregio.atlas.core.summary.RegionColumn;
import nl.onderwijsregio.atlas.core.summary.RegionRow;
import nl.onderwijsregio.atlas.ui.LongTooltip;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * A cell of the region table: the value as the table formats it, marked ⚠ when the checks doubt the figure.
 * Its tooltip names the region, since the Region column may have scrolled out of sight sideways.
 * <p>
 * A number is never shown cut: a column the table's edge cuts in half would show "159,84" for 159,846. The part
 * of the cell outside the visible rows is therefore left out of the room its text may take, so the number moves
 * into the visible part whole, or is shortened with an ellipsis when even that part is too narrow.
 */
final class RegionTableCell extends TableCell<RegionRow, Comparable<?>> {

    static final String NUMERIC = "numeric-cell";

    private final RegionColumn column;
    private final Function<String, List<String>> doubts;
    private final Supplier<Node> visibleRows;

    /**
     * @param doubts      the checks' doubts about a region's figures, by region id
     * @param visibleRows the table's area of visible rows, null before the table has its skin
     */
    RegionTableCell(RegionColumn column, Function<String, List<String>> doubts, Supplier<Node> visibleRows) {
        this.column = column;
        this.doubts = doubts;
        this.visibleRows = visibleRows;
        if (column.isNumeric()) {
            getStyleClass().add(NUMERIC);
            // three dots after "70.78" would read as part of the number
            setEllipsisString("…");
        }
    }

    @Override
    protected void updateItem(Comparable<?> value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeAll("cell-unknown", "cell-doubted");
        setTooltip(null);
        if (empty) {
            setText(null);
            return;
        }
        int i = getIndex();
        RegionRow row = i >= 0 && i < getTableView().getItems().size() ? getTableView().getItems().get(i) : null;
        boolean applies = row == null || column.appliesTo(row);
        List<String> doubted = column.figure() == null || value == null || row == null ? List.of()
                : doubts.apply(row.id());
        String shown = applies ? RegionTablePane.format(column, value) : Messages.t("table.cell.national");
        setText(shown + (doubted.isEmpty() ? "" : " ⚠"));
        if (value == null && (column.figure() != null || !applies)) {
            getStyleClass().add("cell-unknown");
        }
        if (!doubted.isEmpty()) {
            // The figure as published, marked: the validator doubts it (the same as another card's, say).
            getStyleClass().add("cell-doubted");
        }
        if (row != null && (column != RegionColumn.NAME || !doubted.isEmpty())) {
            List<String> lines = new ArrayList<>();
            lines.add(Messages.t("table.cell.tip", row.name(), Messages.t(column.labelKey()), shown));
            lines.addAll(doubted);
            setTooltip(LongTooltip.of(String.join("\n", lines)));
        }
    }

    @Override
    protected void layoutChildren() {
        if (column.isNumeric()) {
            keepTextInView();
        }
        super.layoutChildren();
    }

    /** Takes the cell's parts beyond the visible rows' edges out of its text's room. */
    void keepTextInView() {
        Node rows = visibleRows.get();
        if (rows != null && getScene() != null) {
            keepTextWithin(this, visiblePart(rows));
        }
    }

    /** What shows of the rows, in the scene: their container's clip, as the container itself slides sideways. */
    static Bounds visiblePart(Node rows) {
        return rows.localToScene(rows.getClip() != null ? rows.getClip().getBoundsInParent() : rows.getLayoutBounds());
    }

    /**
     * Takes {@code part}'s parts left and right of {@code view} out of the room its text and graphic may take; returns
     * how much of its width is taken out.
     */
    static double keepTextWithin(Labeled part, Bounds view) {
        Bounds shown = part.localToScene(part.getLayoutBounds());
        long right = Math.round(Math.max(0, Math.min(shown.getWidth(), shown.getMaxX() - view.getMaxX())));
        long left = Math.round(Math.max(0, Math.min(shown.getWidth(), view.getMinX() - shown.getMinX())));
        // the label padding can only be set as a style
        String style = right == 0 && left == 0 ? "" : String.format(Locale.ROOT, "-fx-label-padding: 0 %dpx 0 %dpx;", right, left);
        if (!style.equals(part.getStyle())) {
            part.setStyle(style);
        }
        return right + left;
    }
}
