package nl.onderwijsregio.atlas.ui.export;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.core.export.MapPicture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** The sizes a map export offers: the window's size times 1, 2 or 4, or a fixed slide size. */
enum PictureSize {
    WINDOW_1(1, 0, 0),
    WINDOW_2(2, 0, 0),
    WINDOW_4(4, 0, 0),
    FULL_HD(0, 1920, 1080),
    UHD(0, 3840, 2160);

    private final int factor;
    private final int width;
    private final int height;

    PictureSize(int factor, int width, int height) {
        this.factor = factor;
        this.width = width;
        this.height = height;
    }

    /** The picture at this size; the same part of the map either way. */
    MapPicture apply(MapPicture picture) {
        return factor > 0 ? picture.scaled(factor) : picture.resizedTo(width, height);
    }

    /**
     * A note under the size choice that a PDF is an A4 page whatever size is chosen (the size then
     * only sets how fine lines and type are drawn); shown only while PDF is the chosen format.
     */
    static Label pdfPageNote(ComboBox<ExportFormat> format) {
        Label note = new Label(Messages.t("export.pdfPage"));
        note.setId("export-pdf-note");
        note.setWrapText(true);
        note.setMaxWidth(360);
        note.visibleProperty().bind(format.valueProperty().isEqualTo(ExportFormat.PDF));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    boolean isFixed() {
        return factor == 0;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    @Override
    public String toString() {
        return factor > 0 ? Messages.t("export.size.window", factor) : Messages.t("export.size.fixed", width, height);
    }
}
