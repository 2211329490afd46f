package nl.onderwijsregio.atlas.ui.table;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * A header the table's edge cuts keeps its name in the part that shows, whole or shortened with "...", as the numbers
 * below it do ({@link RegionTableCell}): beside the map "Leerlingen" read "Leerlinger" against the column menu's "+" at
 * the header's right. The "+" stands above the vertical scroll bar, and over the last headers when there is none.
 */
final class HeadersInView {

    private final TableView<?> table;
    private final Supplier<Node> visibleRows;
    /** The column menu's "+", looked up once: a lookup walks every cell of the table, and this runs every pulse. */
    private Node plus;

    private HeadersInView(TableView<?> table, Supplier<Node> visibleRows) {
        this.table = table;
        this.visibleRows = visibleRows;
    }

    /** @param visibleRows the table's area of visible rows, null before the table has its skin */
    static void install(TableView<?> table, Supplier<Node> visibleRows) {
        Runnable keep = new HeadersInView(table, visibleRows)::keep;
        // After each layout, when the headers stand where a scroll, or a column made wider, moved or hidden put them.
        table.sceneProperty().addListener((obs, old, scene) -> {
            Runnable follow = () -> {
                if (old != null) {
                    old.removePostLayoutPulseListener(keep);
                }
                if (scene != null) {
                    scene.addPostLayoutPulseListener(keep);
                }
            };
            // a scene may be put together off the FX thread, which alone may follow its pulses
            if (Platform.isFxApplicationThread()) {
                follow.run();
            } else {
                Platform.runLater(follow);
            }
        });
    }

    private void keep() {
        Node rows = visibleRows.get();
        if (rows == null || table.getScene() == null) {
            return;
        }
        Bounds view = RegionTableCell.visiblePart(rows);
        if (plus == null || plus.getScene() != table.getScene()) {
            plus = table.lookup(".show-hide-columns-button");
        }
        if (plus != null && plus.isVisible()) {
            double plusLeft = plus.localToScene(plus.getLayoutBounds()).getMinX();
            view = new BoundingBox(view.getMinX(), view.getMinY(),
                    Math.max(0, Math.min(view.getMaxX(), plusLeft) - view.getMinX()), view.getHeight());
        }
        for (var col : table.getColumns()) {
            // the header's own label, which shows the column's graphic (the short name) and nothing else
            if (col.getGraphic() instanceof Label name && name.getParent() instanceof Labeled header) {
                double hidden = RegionTableCell.keepTextWithin(header, view);
                double room = header.getWidth() - hidden - header.snappedLeftInset() - header.snappedRightInset();
                // The header lays its graphic out whole, wider than the room: the name is shortened to what shows,
                // and left out where not even "..." fits.
                name.setMaxWidth(hidden == 0 ? Region.USE_COMPUTED_SIZE : Math.max(0, room));
                name.setVisible(hidden == 0 || room >= name.minWidth(-1));
            }
        }
    }
}
