package nl.onderwijsregio.atlas.ui.export;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** Asks for a slide per region: which sector, in which format and size, dark or light. */
final class SlidesDialog extends Dialog<SlidesDialog.Choice> {

    record Choice(Sector sector, ExportFormat format, PictureSize size, boolean dark) {
    }

    /** A first deck: PNG slides in full HD, in the screen's look. */
    SlidesDialog(Window owner, Sector current, boolean darkOnScreen) {
        this(owner, new Choice(current, ExportFormat.PNG, PictureSize.FULL_HD, darkOnScreen));
    }

    /** Opens on the choices of the {@code last} deck. */
    SlidesDialog(Window owner, Choice last) {
        initOwner(owner);
        setTitle(Messages.t("export.slides.title"));
        setHeaderText(Messages.t("export.slides.header"));
        // The header wraps at the width of the choices, rather than stretching the dialog across a projector's screen.
        getDialogPane().setPrefWidth(520);
        ComboBox<Sector> sector = new ComboBox<>();
        sector.getItems().setAll(Sector.values());
        sector.setValue(last.sector() == null ? Sector.PO : last.sector());
        sector.setId("export-sector");
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setValue(last.format());
        format.setId("export-format");
        SizeChoice size = new SizeChoice(List.of(PictureSize.FULL_HD, PictureSize.UHD, PictureSize.CUSTOM),
                last.size(), format, 0, 0);
        CheckBox dark = new CheckBox(Messages.t("export.dark"));
        dark.setSelected(last.dark());
        dark.setId("export-dark");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.t("export.sector")), sector);
        grid.addRow(1, new Label(Messages.t("export.format")), format);
        grid.addRow(2, SizeChoice.label(), size);
        grid.add(dark, 1, 3);
        getDialogPane().setContent(grid);
        ButtonType export = ExportButtons.install(getDialogPane());
        setResultConverter(b -> b == export
                ? new Choice(sector.getValue(), format.getValue(), size.chosen(), dark.isSelected()) : null);
    }

    /**
     * Asks once whether the {@code there} slides of a deck of {@code total} that {@code folder} holds already
     * may be replaced; a deck's slides have the same names each time, so writing it again would replace them.
     */
    static boolean mayReplace(Window owner, int there, int total, Path folder) {
        return ExportButtons.mayReplace(owner, Messages.t("export.slides.title"),
                Messages.t("export.slides.replace.header", there, total, folder.toString()),
                Messages.t("export.slides.replace.text"));
    }
}
