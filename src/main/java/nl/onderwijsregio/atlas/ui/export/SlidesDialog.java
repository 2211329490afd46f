package nl.onderwijsregio.atlas.ui.export;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** Asks for a slide per region: which sector, in which format and size. */
final class SlidesDialog extends Dialog<SlidesDialog.Choice> {

    record Choice(Sector sector, ExportFormat format, PictureSize size) {
    }

    SlidesDialog(Window owner, Sector current) {
        initOwner(owner);
        setTitle(Messages.t("export.slides.title"));
        setHeaderText(Messages.t("export.slides.header"));
        ComboBox<Sector> sector = new ComboBox<>();
        sector.getItems().setAll(Sector.values());
        sector.setValue(current == null ? Sector.PO : current);
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.PNG);
        SizeChoice size = new SizeChoice(List.of(PictureSize.FULL_HD, PictureSize.UHD, PictureSize.CUSTOM),
                PictureSize.FULL_HD, format);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.t("export.sector")), sector);
        grid.addRow(1, new Label(Messages.t("export.format")), format);
        grid.addRow(2, SizeChoice.label(), size);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(Messages.t("export.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.t("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, cancel);
        setResultConverter(b -> b == export ? new Choice(sector.getValue(), format.getValue(), size.chosen())
                : null);
    }
}
