package nl.onderwijsregio.atlas.ui.editor;

import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Asks the name of a new region. A name that would be refused (none, or one another region has) is said in the
 * dialog, which stays open with what was typed: closed, the name was lost and the reason only in the status line.
 */
final class NewRegionDialog extends Dialog<String> {

    /**
     * @param sector  the sector the region is made for, for the header
     * @param refusal why a name would be refused, in the user's language; empty when it would not
     */
    NewRegionDialog(String sector, Function<String, Optional<String>> refusal) {
        setTitle(Messages.t("editor.newRegion.title"));
        setHeaderText(Messages.t("editor.newRegion.header", sector));
        getDialogPane().getStyleClass().add("editor-dialog");
        TextField name = new TextField();
        name.setId("new-region-name");
        // Room for a long region name ("Twente, Achterhoek, Oost-Salland"), and so for the reason under it.
        name.setPrefColumnCount(26);
        Label problem = new Label();
        problem.setId("new-region-problem");
        problem.getStyleClass().add("editor-problem");
        problem.setWrapText(true);
        problem.prefWidthProperty().bind(name.widthProperty());
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Label label = new Label(Messages.t("editor.name"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, label, name);
        grid.add(problem, 1, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        getDialogPane().lookupButton(DialogButtons.ok()).addEventFilter(ActionEvent.ACTION, e ->
                refusal.apply(name.getText()).ifPresent(why -> {
                    problem.setText(Messages.t("editor.newRegion.refused", why));
                    // The dialog grows to the reason's lines instead of cutting them.
                    getDialogPane().getScene().getWindow().sizeToScene();
                    name.requestFocus();
                    e.consume();
                }));
        setResultConverter(b -> b == DialogButtons.ok() ? name.getText() : null);
        Platform.runLater(name::requestFocus);
    }
}
