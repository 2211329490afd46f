package nl.onderwijsregio.atlas.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Where the editor gives the reason for changing published data. A reason is stored with every change to
 * the chosen region until it is emptied or another region is chosen, so a note under the field says so while
 * it applies: otherwise an unrelated later change would silently carry it.
 */
final class ReasonField extends VBox {

    ReasonField(EditorModel model, AtlasState state) {
        super(2);
        TextField field = new TextField();
        field.setId("editor-reason");
        field.setPromptText(Messages.t("editor.reason.prompt"));
        field.textProperty().bindBidirectional(model.reasonProperty());

        Label note = new Label();
        note.setId("editor-reason-note");
        note.getStyleClass().add("editor-note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            String id = state.selectedRegionIdProperty().get();
            if (model.reason() == null || id == null || state.atlas() == null) {
                return "";
            }
            return state.atlas().region(id)
                    .map(r -> Messages.t("editor.reason.applies", r.displayName())).orElse("");
        }, model.reasonProperty(), state.selectedRegionIdProperty(), state.atlasProperty()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(field, note);
    }
}
