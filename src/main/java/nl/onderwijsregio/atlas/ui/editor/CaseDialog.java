package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Theme;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.DialogFit;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** Adds or edits one case: title, ABC&amp;S letters, the publication's theme, summary and source. */
final class CaseDialog extends Dialog<CaseStory> {

    CaseDialog(CaseStory existing, String regionId, List<Theme> themes) {
        setTitle(Messages.t(existing == null ? "editor.case.addTitle" : "editor.case.editTitle"));
        getDialogPane().getStyleClass().add("editor-dialog");
        TextField title = new TextField(existing == null ? "" : existing.title());
        title.setId("case-title");
        Map<AbcsLetter, CheckBox> letters = new EnumMap<>(AbcsLetter.class);
        HBox letterBox = new HBox(8);
        for (AbcsLetter l : AbcsLetter.values()) {
            CheckBox box = new CheckBox(l.name());
            box.setSelected(existing != null && existing.abcs().contains(l));
            letters.put(l, box);
            letterBox.getChildren().add(box);
        }
        ComboBox<Theme> theme = new ComboBox<>();
        theme.getItems().setAll(themes);
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : t.name().in(Messages.current().locale());
            }

            @Override
            public Theme fromString(String s) {
                return null;
            }
        });
        if (existing != null) {
            themes.stream().filter(t -> t.id().equals(existing.themeId())).findFirst().ifPresent(theme::setValue);
        }
        TextArea summary = new TextArea(existing == null ? "" : existing.summary());
        summary.setId("case-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(6);
        TextField source = new TextField(existing == null || existing.source() == null ? "" : existing.source());
        Label problem = new Label();
        problem.getStyleClass().add("editor-problem");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, fieldName("editor.case.title"), title);
        grid.addRow(1, fieldName("editor.case.abcs"), letterBox);
        grid.addRow(2, fieldName("editor.case.theme"), theme);
        grid.addRow(3, fieldName("editor.case.summary"), summary);
        grid.addRow(4, fieldName("editor.case.source"), source);
        grid.add(problem, 1, 5);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        DialogFit.keepWithinScreen(this);
        // Title and summary are required by the data file: refuse here rather than fail on save.
        getDialogPane().lookupButton(DialogButtons.ok()).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (title.getText().isBlank() || summary.getText().isBlank()) {
                problem.setText(Messages.t("editor.case.required"));
                e.consume();
            }
        });
        setResultConverter(b -> {
            if (b != DialogButtons.ok()) {
                return null;
            }
            List<AbcsLetter> chosen = new ArrayList<>();
            letters.forEach((l, box) -> {
                if (box.isSelected()) {
                    chosen.add(l);
                }
            });
            String id = existing != null ? existing.id() : regionId + "-" + UUID.randomUUID().toString().substring(0, 8);
            return new CaseStory(id, title.getText().strip(), chosen,
                    theme.getValue() == null ? null : theme.getValue().id(), summary.getText().strip(),
                    source.getText().isBlank() ? null : source.getText().strip());
        });
    }

    /**
     * Kept whole: fitted to the screen at Extra groot, the dialog is narrower than its fields would like, and the grid
     * then took the room from the names, each cut to "…", so no field could be told from another.
     */
    private static Label fieldName(String key) {
        Label name = new Label(Messages.t(key));
        name.setMinWidth(Label.USE_PREF_SIZE);
        return name;
    }
}
