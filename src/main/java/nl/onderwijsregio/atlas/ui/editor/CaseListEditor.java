package nl.onderwijsregio.atlas.ui.editor;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** The region form's cases: the list of their titles, with adding, editing and removing one. */
final class CaseListEditor extends VBox {

    private final AtlasState state;
    private final EditorModel model;
    private final Supplier<Region> selected;
    private final ListView<CaseStory> cases = new ListView<>();

    CaseListEditor(AtlasState state, EditorModel model, Supplier<Region> selected) {
        super(8);
        this.state = state;
        this.model = model;
        this.selected = selected;
        cases.setId("editor-cases");
        cases.setPrefHeight(110);
        cases.setCellFactory(l -> new ListCell<>() {
            {
                // Long case titles wrap in the narrow form instead of hiding behind a sideways scroll bar.
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
                setMaxWidth(USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(CaseStory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        Button add = RegionEditorPane.button("editor-add-case", "editor.case.add", () -> edit(null));
        Button edit = RegionEditorPane.button("editor-edit-case", "editor.case.edit",
                () -> edit(cases.getSelectionModel().getSelectedItem()));
        Button remove = RegionEditorPane.button("editor-remove-case", "editor.case.remove", this::remove);
        edit.disableProperty().bind(cases.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(cases.getSelectionModel().selectedItemProperty().isNull());
        getChildren().addAll(new Label(Messages.t("editor.cases")), cases, RegionEditorPane.buttonRow(add, edit, remove));
    }

    void show(List<CaseStory> stories) {
        cases.getItems().setAll(stories);
    }

    private void edit(CaseStory existing) {
        Region r = selected.get();
        if (r == null) {
            return;
        }
        CaseDialog d = new CaseDialog(existing, r.id(), state.atlas().data().themes());
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.showAndWait().ifPresent(story -> model.perform(a -> Edits.putCase(a, r.id(), story, model.reason())));
    }

    private void remove() {
        Region r = selected.get();
        CaseStory c = cases.getSelectionModel().getSelectedItem();
        if (r != null && c != null) {
            model.perform(a -> Edits.removeCase(a, r.id(), c.id(), model.reason()));
        }
    }
}
