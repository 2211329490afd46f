package nl.onderwijsregio.atlas.ui.export;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.ui.DialogFit;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** Asks how to export the map as shown: format, size, background, dark or light look, legend and title. */
final class MapExportDialog extends Dialog<MapExportDialog.Choice> {

    /** What the user chose. {@code title} is null for no title. */
    record Choice(ExportFormat format, PictureSize size, boolean transparent, boolean dark, boolean legend,
                  String title) {
    }

    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final CheckBox transparent = new CheckBox(Messages.t("export.transparent"));
    private final CheckBox dark = new CheckBox(Messages.t("export.dark"));
    private final CheckBox legend = new CheckBox(Messages.t("export.legend"));
    private final CheckBox withTitle = new CheckBox(Messages.t("export.withTitle"));
    private final TextField title = new TextField();

    /**
     * A first export: PNG at twice the window, with legend and title, in the screen's look; the window's map is
     * {@code shownWidth} × {@code shownHeight} pixels.
     */
    MapExportDialog(Window owner, String defaultTitle, boolean darkOnScreen, int shownWidth, int shownHeight) {
        this(owner, defaultTitle, new Choice(ExportFormat.PNG, PictureSize.WINDOW_2, false, darkOnScreen, true, ""),
                shownWidth, shownHeight);
    }

    /**
     * Opens on the choices of the {@code last} export, but with {@code defaultTitle} (the selected region's
     * name or the sector's), not the last one's: that was for another map. No title last time, none now.
     */
    MapExportDialog(Window owner, String defaultTitle, Choice last, int shownWidth, int shownHeight) {
        initOwner(owner);
        setTitle(Messages.t("export.map.title"));
        setHeaderText(Messages.t("export.map.header"));
        format.getItems().setAll(ExportFormat.values());
        format.setValue(last.format());
        format.setId("export-format");
        SizeChoice size = new SizeChoice(PictureSize.choices(), last.size(), format, shownWidth, shownHeight);
        transparent.setSelected(last.transparent());
        transparent.setId("export-transparent");
        dark.setSelected(last.dark());
        dark.setId("export-dark");
        legend.setSelected(last.legend());
        legend.setId("export-legend");
        withTitle.setSelected(last.title() != null);
        withTitle.setId("export-with-title");
        title.setText(defaultTitle == null ? "" : defaultTitle);
        title.setId("export-title");
        title.disableProperty().bind(withTitle.selectedProperty().not());
        title.setPrefColumnCount(28);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.t("export.format")), format);
        grid.addRow(1, SizeChoice.label(), size);
        grid.add(transparent, 1, 2);
        grid.add(dark, 1, 3);
        grid.add(legend, 1, 4);
        grid.addRow(5, withTitle, title);
        getDialogPane().setContent(grid);
        ButtonType export = ExportButtons.install(getDialogPane());
        DialogFit.keepWithinScreen(this);
        setResultConverter(b -> b == export
                ? new Choice(format.getValue(), size.chosen(), transparent.isSelected(), dark.isSelected(),
                        legend.isSelected(),
                        withTitle.isSelected() && !title.getText().isBlank() ? title.getText().trim() : null)
                : null);
    }
}
