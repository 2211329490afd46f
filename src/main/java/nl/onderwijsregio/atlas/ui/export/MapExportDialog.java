package nl.onderwijsregio.atlas.ui.export;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** Asks how to export the map as shown: format, size, background, legend and title. */
final class MapExportDialog extends Dialog<MapExportDialog.Choice> {

    /** What the user chose. {@code title} is null for no title. */
    record Choice(ExportFormat format, PictureSize size, boolean transparent, boolean legend, String title) {
    }

    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final CheckBox transparent = new CheckBox(Messages.t("export.transparent"));
    private final CheckBox legend = new CheckBox(Messages.t("export.legend"));
    private final CheckBox withTitle = new CheckBox(Messages.t("export.withTitle"));
    private final TextField title = new TextField();

    MapExportDialog(Window owner, String defaultTitle) {
        initOwner(owner);
        setTitle(Messages.t("export.map.title"));
        setHeaderText(Messages.t("export.map.header"));
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.PNG);
        format.setId("export-format");
        SizeChoice size = new SizeChoice(PictureSize.choices(), PictureSize.WINDOW_2, format);
        legend.setSelected(true);
        withTitle.setSelected(true);
        title.setText(defaultTitle == null ? "" : defaultTitle);
        title.disableProperty().bind(withTitle.selectedProperty().not());
        title.setPrefColumnCount(28);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.t("export.format")), format);
        grid.addRow(1, SizeChoice.label(), size);
        grid.add(transparent, 1, 2);
        grid.add(legend, 1, 3);
        grid.addRow(4, withTitle, title);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(Messages.t("export.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.t("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, cancel);
        setResultConverter(b -> b == export
                ? new Choice(format.getValue(), size.chosen(), transparent.isSelected(), legend.isSelected(),
                        withTitle.isSelected() && !title.getText().isBlank() ? title.getText().trim() : null)
                : null);
    }
}
