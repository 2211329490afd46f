package nl.onderwijsregio.atlas.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Where the editor gives the reason for changing published data. A reason is stored with every change to
 * the chosen region until it is emptied, the work is saved or another region is chosen, so a note under the field
 * says so while it applies: otherwise an unrelated later change would silently carry it.
 *
 * <p>The note says what a reason does before one is typed, and that it applies once one is: two texts of
 * different length. The note's place keeps the height of the taller, so typing the first letter of a reason
 * never moves the form under the pointer (a click aimed at a field would land elsewhere).
 */
final class ReasonField extends VBox {

    ReasonField(EditorModel model, AtlasState state) {
        super(2);
        TextField field = new TextField();
        field.setId("editor-reason");
        field.setPromptText(Messages.t("editor.reason.prompt"));
        field.textProperty().bindBidirectional(model.reasonProperty());

        Label note = noteLabel(Bindings.createStringBinding(() -> text(state,
                model.reason() == null ? "editor.reason.hint" : "editor.reason.applies"),
                state.selectedRegionIdProperty(), state.atlasProperty(), model.reasonProperty()));
        note.setId("editor-reason-note");
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        // Never shown, always laid out: they reserve the height of either text for the region chosen.
        StackPane place = new StackPane(heightOf(state, "editor.reason.hint"), heightOf(state, "editor.reason.applies"),
                note);
        place.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        getChildren().addAll(field, place);
    }

    private static Label heightOf(AtlasState state, String key) {
        Label room = noteLabel(Bindings.createStringBinding(() -> text(state, key),
                state.selectedRegionIdProperty(), state.atlasProperty()));
        room.setVisible(false);
        return room;
    }

    private static Label noteLabel(StringBinding text) {
        Label label = new Label();
        label.getStyleClass().add("editor-note");
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    /** The note {@code key} for the chosen region; empty without one. */
    private static String text(AtlasState state, String key) {
        String id = state.selectedRegionIdProperty().get();
        if (id == null || state.atlas() == null) {
            return "";
        }
        return state.atlas().region(id).map(r -> Messages.t(key, r.displayName())).orElse("");
    }
}
