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
        // The note says what a reason does before one is typed, and that it applies while it does: always a
        // line of about the same length, so typing a reason never moves the form under the pointer.
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            String id = state.selectedRegionIdProperty().get();
            if (id == null || state.atlas() == null) {
                return "";
            }
            String key = model.reason() == null ? "editor.reason.hint" : "editor.reason.applies";
            return state.atlas().region(id).map(r -> Messages.t(key, r.displayName())).orElse("");
        }, state.selectedRegionIdProperty(), state.atlasProperty(), model.reasonProperty()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        getChildren().addAll(field, note);
    }
}
