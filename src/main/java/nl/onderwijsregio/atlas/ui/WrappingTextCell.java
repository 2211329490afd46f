package nl.onderwijsregio.atlas.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A list row that wraps a long line of text at the list's width instead of cutting it off with an
 * ellipsis: in a dialog the whole sentence is what the user must read before confirming.
 */
public final class WrappingTextCell extends ListCell<String> {

    /** Room for the vertical scroll bar and the cell's own padding. */
    private static final double SPARE_PX = 24;

    private WrappingTextCell(ListView<String> list) {
        setWrapText(true);
        prefWidthProperty().bind(list.widthProperty().subtract(SPARE_PX));
        setMaxWidth(USE_PREF_SIZE);
    }

    /** Makes every row of {@code list} wrap its text. */
    public static void useIn(ListView<String> list) {
        list.setCellFactory(WrappingTextCell::new);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
    }
}
