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
            if (id == null || state.atlas() == null) {
                return "";
            }
            return state.atlas().region(id)
                    .map(r -> Messages.t("editor.reason.applies", r.displayName())).orElse("");
        }, state.selectedRegionIdProperty(), state.atlasProperty()));
        // The note keeps its place while hidden: appearing at the first letter of a reason, it pushed the whole
        // form down under the pointer, and a click aimed at one field landed in another.
        note.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.reason() != null && !note.getText().isEmpty(), model.reasonProperty(), note.textProperty()));
        getChildren().addAll(field, note);
    }
}
