package nl.onderwijsregio.atlas.ui.export;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The size part of an export dialog: a list of sizes, a width × height pair shown when "a size of
 * one's own" is chosen, and the note that a PDF is an A4 page. One cell of the dialog's grid, so the
 * lines shown only on request leave no empty rows behind when hidden.
 */
final class SizeChoice extends VBox {

    private final ComboBox<PictureSize> size = new ComboBox<>();
    private final Spinner<Integer> customWidth = side("export-width", 1920);
    private final Spinner<Integer> customHeight = side("export-height", 1080);

    /**
     * Opens on {@code initial}; a size of one's own not in {@code choices} opens as that, its numbers filled in. A size
     * of the window names its pixels for a window map {@code shownWidth} × {@code shownHeight} (0 × 0: not known).
     */
    SizeChoice(List<PictureSize> choices, PictureSize initial, ComboBox<ExportFormat> format, int shownWidth,
               int shownHeight) {
        super(6);
        size.getItems().setAll(choices);
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(PictureSize p) {
                return p == null ? "" : p.label(shownWidth, shownHeight);
            }

            @Override
            public PictureSize fromString(String text) {
                return null;
            }
        });
        if (choices.contains(initial) || initial.width() == 0) {
            size.setValue(initial);
        } else {
            size.setValue(PictureSize.CUSTOM);
            customWidth.getValueFactory().setValue(initial.width());
            customHeight.getValueFactory().setValue(initial.height());
        }
        size.setId("export-size");
        HBox custom = new HBox(6, customWidth, new Label(Messages.t("export.size.by")), customHeight,
                new Label(Messages.t("export.size.pixels")));
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(size.valueProperty().isEqualTo(PictureSize.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        Label pdfNote = new Label(Messages.t("export.pdfPage"));
        pdfNote.setId("export-pdf-note");
        pdfNote.setWrapText(true);
        pdfNote.setMaxWidth(360);
        // The size then only sets how fine lines and type are drawn on the A4 page.
        pdfNote.visibleProperty().bind(format.valueProperty().isEqualTo(ExportFormat.PDF));
        pdfNote.managedProperty().bind(pdfNote.visibleProperty());
        getChildren().addAll(size, custom, pdfNote);
        // A dialog keeps the size it opened with: grow it to the lines just shown, so its buttons stay in view.
        size.valueProperty().addListener(o -> Platform.runLater(this::fitWindow));
        format.valueProperty().addListener(o -> Platform.runLater(this::fitWindow));
    }

    private void fitWindow() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().sizeToScene();
        }
    }

    /** The label beside it, at the height of the list's text however many lines show below. */
    static Label label() {
        Label label = new Label(Messages.t("export.size"));
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(4, 0, 0, 0));
        return label;
    }

    /** The size chosen, with a typed size as its numbers. */
    PictureSize chosen() {
        if (!PictureSize.CUSTOM.equals(size.getValue())) {
            return size.getValue();
        }
        commitTyped(customWidth);
        commitTyped(customHeight);
        return PictureSize.fixed(customWidth.getValue(), customHeight.getValue());
    }

    /** A number typed but not yet confirmed with Enter still counts; text that is no number is dropped. */
    private static void commitTyped(Spinner<Integer> spinner) {
        try {
            spinner.commitValue();
        } catch (NumberFormatException e) {
            spinner.cancelEdit();
        }
    }

    /** A side of a typed size in pixels; a number out of range is held to the nearest limit. */
    private static Spinner<Integer> side(String id, int initial) {
        Spinner<Integer> spinner = new Spinner<>(PictureSize.MIN_SIDE, PictureSize.MAX_SIDE, initial, 10);
        spinner.setEditable(true);
        spinner.setId(id);
        spinner.setPrefWidth(100);
        return spinner;
    }
}
