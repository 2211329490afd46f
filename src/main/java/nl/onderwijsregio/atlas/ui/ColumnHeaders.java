package nl.onderwijsregio.atlas.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Columns at least as wide as their headers' words, measured in the font the header draws them in, which the
 * appearance sets (bold, larger at a larger text size): a width in pixels chosen for the Dutch header cut the
 * English "Confidence" to "Confide…".
 */
public final class ColumnHeaders {

    /** The header's padding and the room a sort arrow takes beside its words. */
    public static final double CHROME_PX = 24;

    private static final String OWN_MIN_WIDTH = ColumnHeaders.class.getName() + ".minWidth";
    private static final String FITTED = ColumnHeaders.class.getName() + ".fitted";

    private ColumnHeaders() {
    }

    /** Keeps every header of {@code table} whole, now and whenever its font changes. */
    public static void keepWhole(TableView<?> table) {
        table.skinProperty().addListener((obs, was, skin) -> {
            if (skin != null) {
                follow(table);
            }
        });
        if (table.getSkin() != null) {
            follow(table);
        }
    }

    /** The width of {@code text} in {@code font}, rounded up to whole pixels. */
    public static double widthOf(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }

    /** The headers are made in the table's first layout, after its skin: they are fitted as they come. */
    private static void follow(TableView<?> table) {
        if (table.lookup(".nested-column-header") instanceof NestedTableColumnHeader root) {
            root.getColumnHeaders().addListener((ListChangeListener<TableColumnHeader>) change -> fitAll(root));
            fitAll(root);
        }
    }

    private static void fitAll(NestedTableColumnHeader root) {
        for (TableColumnHeader header : root.getColumnHeaders()) {
            if (header.getTableColumn() != null && header.lookup(".label") instanceof Label label
                    && label.getProperties().putIfAbsent(FITTED, true) == null) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                fit(column, label.getFont());
                label.fontProperty().addListener((obs, was, font) -> fit(column, font));
            }
        }
    }

    /** A column's own least width stays the floor; a maximum below the header's words gives way to them. */
    private static void fit(TableColumnBase<?, ?> column, Font font) {
        double own = (double) column.getProperties().computeIfAbsent(OWN_MIN_WIDTH, k -> column.getMinWidth());
        double needed = widthOf(column.getText(), font) + CHROME_PX;
        column.setMinWidth(Math.max(own, needed));
        if (column.getMaxWidth() < needed) {
            column.setMaxWidth(needed);
        }
        if (column.getPrefWidth() < needed) {
            column.setPrefWidth(needed);
        }
    }
}
