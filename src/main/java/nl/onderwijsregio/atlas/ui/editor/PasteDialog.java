package nl.onderwijsregio.atlas.ui.editor;

import nl.onderwijsregio.atlas.ui.ColumnHeaders;
import nl.onderwijsregio.atlas.ui.DaemonThreads;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.LongTooltip;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * "Lijst plakken": paste names, see each line's match, confidence and alternatives, and confirm.
 * The result is the codes to add; the caller makes them one undoable step.
 */
public final class PasteDialog extends Dialog<List<String>> {

    /** How many lines the list shows at once where the screen has room: a long list is reviewed at a glance. */
    private static final int ROWS_SHOWN = 18;
    /** How tall a row with its choice box is, in em of the dialog's type. */
    private static final double ROW_EM = 2.5;

    private final PasteListModel model;
    private final TextArea input = new TextArea();
    private final TableView<PasteListModel.Row> table = new TableView<>();
    private final Label summary = new Label();
    /** The text the shown rows were recognised from. */
    private String recognisedText = "";
    /** True while the text is being recognised; the summary then says so. */
    private boolean busy;
    /** Why recognising failed, shown instead of the counts until the text is recognised again. */
    private String failure;
    private final BooleanBinding stale;
    private final Button resolveButton = new Button(Messages.t("editor.paste.resolve"));

    public PasteDialog(PasteListModel model, String regionName) {
        this.model = model;
        setTitle(Messages.t("editor.paste.title"));
        setHeaderText(Messages.t("editor.paste.header", regionName));
        getDialogPane().getStyleClass().add("editor-dialog");
        getDialogPane().setId("paste-dialog");
        setResizable(true);

        input.setId("paste-input");
        input.setPromptText(Messages.t("editor.paste.prompt"));
        input.setPrefRowCount(6);
        resultTable();
        summary.setId("paste-summary");
        VBox content = new VBox(8, input, inputBar(), table, summary);
        content.setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefWidth(1160);
        getDialogPane().setContent(content);

        // Rows recognised from text edited since would add what the editor no longer means: recognise again first.
        stale = Bindings.createBooleanBinding(
                () -> !model.rows().isEmpty() && !input.getText().equals(recognisedText), input.textProperty(), model.rows());
        stale.addListener((obs, was, now) -> showSummary());
        // Every pick and tick changes the rows, so the counts follow the editor's decisions as they are made.
        model.rows().addListener((javafx.collections.ListChangeListener<PasteListModel.Row>) c -> showSummary());
        ButtonType apply = applyButton();
        setResultConverter(b -> b == apply ? model.codesToAdd() : null);
        // after the window is sized to its contents, which comes even after the window's own "shown"
        getDialogPane().getScene().getWindow().addEventHandler(WindowEvent.WINDOW_SHOWN,
                e -> Platform.runLater(this::keepOnScreen));
        // The dialog is opened to paste into: Ctrl+V right away must land in the text, not on a button.
        setOnShown(e -> Platform.runLater(input::requestFocus));
    }

    /** Recognise, and the province chooser that adds all of a province as one more line. */
    private HBox inputBar() {
        resolveButton.setId("paste-resolve");
        resolveButton.setOnAction(e -> resolve());
        ComboBox<String> provinces = new ComboBox<>();
        provinces.setId("paste-province");
        provinces.setPromptText(Messages.t("editor.paste.chooseProvince"));
        provinces.getItems().setAll(model.provinces());
        Button addProvince = new Button(Messages.t("editor.paste.addProvince"));
        addProvince.setId("paste-add-province");
        addProvince.disableProperty().bind(provinces.valueProperty().isNull());
        // The province is one more line: recognised with the rest, which keep the choices made for them.
        addProvince.setOnAction(e -> {
            String prefix = input.getText().isBlank() || input.getText().endsWith("\n") ? "" : "\n";
            input.appendText(prefix + Messages.t("editor.paste.provinceLine", provinces.getValue()) + "\n");
            resolve();
        });
        return new HBox(8, resolveButton, provinces, addProvince);
    }

    /**
     * One row per pasted line: take it, the line, its municipality (to pick another), the confidence, the verdict, and
     * the other regions it already belongs to (adding it is allowed, but makes an overlap the editor should see).
     */
    private void resultTable() {
        table.setId("paste-table");
        table.setEditable(true);
        // No fixed row height: each row is as tall as its choice box in the type shown, and a reason that wraps. Fixed
        // at the height of normal type, the rows sliced the boxes at Extra groot. The column headers take about one
        // row more.
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (ROWS_SHOWN + 1) * ROW_EM * summary.getFont().getSize(), summary.fontProperty()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PasteListModel.Row, Boolean> take = new TableColumn<>(Messages.t("editor.paste.col.take"));
        take.setCellValueFactory(c -> c.getValue().acceptedProperty());
        take.setCellFactory(col -> new TakeCell());
        take.setEditable(true);
        take.setMinWidth(80);
        take.setMaxWidth(90);
        TableColumn<PasteListModel.Row, String> line = new TableColumn<>(Messages.t("editor.paste.col.line"));
        line.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().match().text()));
        // Widths for what each column holds: a printed name, a municipality with province and code, a verdict.
        line.setPrefWidth(180);
        // a long pasted line is cut in its column, so the whole of it is one hover away
        line.setCellFactory(col -> new WholeOnHoverCell());
        TableColumn<PasteListModel.Row, PasteListModel.Choice> match = new TableColumn<>(Messages.t("editor.paste.col.match"));
        match.setCellValueFactory(c -> c.getValue().choiceProperty());
        match.setCellFactory(col -> new ChoiceCell());
        match.setMinWidth(280);
        match.setPrefWidth(340);
        TableColumn<PasteListModel.Row, String> confidence = new TableColumn<>(Messages.t("editor.paste.col.confidence"));
        confidence.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().confidenceText()));
        confidence.setMaxWidth(90);
        confidence.setCellFactory(col -> new TextCell());
        TableColumn<PasteListModel.Row, String> status = new TableColumn<>(Messages.t("editor.paste.col.status"));
        status.setCellValueFactory(c -> c.getValue().statusTextProperty());
        status.setMinWidth(170);
        // room for "Onzeker: niet in Noord-Holland" and "Uncertain: not in Noord-Holland" beside a match
        status.setPrefWidth(220);
        // a reason longer still (a larger text size, a narrow screen) takes a second line, and is whole on hover too
        status.setCellFactory(col -> new WholeOnHoverCell(true));
        TableColumn<PasteListModel.Row, String> alsoIn = new TableColumn<>(Messages.t("editor.paste.col.alsoIn"));
        alsoIn.setCellValueFactory(c -> c.getValue().alsoInProperty());
        alsoIn.setMinWidth(150);
        alsoIn.setPrefWidth(220);
        // a province's line may name several regions: onto more lines, and whole on hover
        alsoIn.setCellFactory(col -> new WholeOnHoverCell(true));
        table.getColumns().setAll(List.of(take, line, match, confidence, status, alsoIn));
        ColumnHeaders.keepWhole(table);
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Messages.t("editor.paste.empty")));
    }

    /** The button that adds the ticked rows, counting them; off while there is nothing recognised, or stale. */
    private ButtonType applyButton() {
        ButtonType apply = new ButtonType(Messages.t("editor.paste.apply", 0), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(apply, DialogButtons.cancel());
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("paste-apply");
        // Its count changes while the dialog is open: it keeps room for its words rather than cutting them.
        DialogButtons.keepChangingWordsWhole(applyButton);
        // The button counts what it adds, which is what the ticked rows show: members are no part of it. And how many
        // of those overlap another region, which a confirm without it would let pass unseen.
        applyButton.textProperty().bind(Bindings.createStringBinding(() -> {
            long overlapping = model.overlapping();
            return overlapping == 0 ? Messages.t("editor.paste.apply", model.codesToAdd().size())
                    : Messages.t("editor.paste.applyOverlapping", model.codesToAdd().size(), overlapping);
        }, model.rows()));
        applyButton.disableProperty().bind(Bindings.isEmpty(model.rows()).or(stale));
        return apply;
    }

    /**
     * Opened tall for its many rows, the dialog may be taller than a small screen, or centred on its owner so its
     * title runs off the top: it is made to fit the screen it opens on, title and buttons in reach; the list
     * gives up the rows that do not fit.
     */
    private void keepOnScreen() {
        Window w = getDialogPane().getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight()).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        w.setWidth(Math.min(w.getWidth(), screen.getWidth()));
        w.setHeight(Math.min(w.getHeight(), screen.getHeight()));
        w.setX(Math.max(screen.getMinX(), Math.min(w.getX(), screen.getMaxX() - w.getWidth())));
        w.setY(Math.max(screen.getMinY(), Math.min(w.getY(), screen.getMaxY() - w.getHeight())));
    }

    private void showSummary() {
        if (busy) {
            summary.setText(Messages.t("editor.paste.busy"));
        } else if (failure != null) {
            summary.setText(failure);
        } else if (stale.get()) {
            summary.setText(Messages.t("editor.paste.changed"));
        } else {
            summary.setText(Messages.t("editor.paste.summary", model.rows().size(), model.undecided()));
        }
    }

    public PasteListModel model() {
        return model;
    }

    /** Comparing every line with every municipality takes a moment for long lists: done in the background. */
    void resolve() {
        String text = input.getText();
        resolveButton.setDisable(true);
        busy = true;
        failure = null;
        showSummary();
        javafx.concurrent.Task<List<PasteListModel.Row>> task = new javafx.concurrent.Task<>() {
            @Override
            protected List<PasteListModel.Row> call() {
                return model.compute(text);
            }
        };
        task.setOnSucceeded(e -> {
            busy = false;
            recognisedText = text;
            model.show(task.getValue());
            resolveButton.setDisable(false);
            showSummary();
        });
        task.setOnFailed(e -> {
            busy = false;
            failure = ErrorDialog.summary(task.getException());
            resolveButton.setDisable(false);
            showSummary();
        });
        DaemonThreads.start(task, "atlas-paste-resolver");
    }

    /**
     * A text on the middle line of its row, level with the choice box's: JavaFX puts a cell's text at the top of a row
     * taller than its default unless the cell says where it goes.
     */
    private static class TextCell extends TableCell<PasteListModel.Row, String> {
        TextCell() {
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
    }

    /** A text cut in its column, whole in its tooltip: a long pasted line, the reason a line is uncertain. */
    private static final class WholeOnHoverCell extends TextCell {

        WholeOnHoverCell() {
            this(false);
        }

        /** {@code wraps}: onto more lines where its column is too narrow, the row growing with it. */
        WholeOnHoverCell(boolean wraps) {
            setWrapText(wraps);
        }

        /**
         * The row asks its height without a width, which a wrapping text needs: its column's is the one it gets. And a
         * quarter of a line more: JavaFX cuts a wrapped text to "…" when it has exactly the height it measured for it.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (!isWrapText()) {
                return super.computePrefHeight(width);
            }
            double wraps = width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width;
            return Math.ceil(super.computePrefHeight(wraps) + getFont().getSize() / 4);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setTooltip(empty || text == null ? null : LongTooltip.of(text));
        }
    }

    /** The tick of a row; a row naming a member has nothing to add, so it cannot be ticked. */
    private static final class TakeCell extends CheckBoxTableCell<PasteListModel.Row, Boolean> {
        @Override
        public void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            disableProperty().unbind();
            PasteListModel.Row row = empty ? null : rowAt(this);
            if (row == null) {
                setDisable(false);
            } else {
                disableProperty().bind(row.alreadyMemberProperty());
            }
        }
    }

    /**
     * The row a cell shows, looked up by the cell's own index: the table row's item may still be the previous
     * row's while a reused cell is updated, which showed another line's municipality and changed the wrong row.
     */
    private static PasteListModel.Row rowAt(TableCell<PasteListModel.Row, ?> cell) {
        int i = cell.getIndex();
        var items = cell.getTableView() == null ? null : cell.getTableView().getItems();
        return items == null || i < 0 || i >= items.size() ? null : items.get(i);
    }

    /** A cell that shows the chosen match and lets the editor pick an alternative; see {@link #rowAt}. */
    private static final class ChoiceCell extends TableCell<PasteListModel.Row, PasteListModel.Choice> {
        private final ComboBox<PasteListModel.Choice> box = new ComboBox<>();
        private PasteListModel.Row shown;

        ChoiceCell() {
            setAlignment(Pos.CENTER_LEFT);
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("paste-choice");
            box.setPromptText(Messages.t("editor.paste.noMatch"));
            // The default button cell forgets the prompt once a value was shown and then cleared.
            box.setButtonCell(new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(PasteListModel.Choice choice, boolean empty) {
                    super.updateItem(choice, empty);
                    setText(empty || choice == null ? box.getPromptText() : choice.label());
                }
            });
            box.setOnAction(e -> {
                if (shown != null && box.getValue() != null && box.getValue() != shown.choiceProperty().get()) {
                    shown.choiceProperty().set(box.getValue());
                }
            });
        }

        @Override
        protected void updateItem(PasteListModel.Choice item, boolean empty) {
            super.updateItem(item, empty);
            // Detach first: filling the box for this row must not write into the row shown before.
            shown = null;
            PasteListModel.Row row = empty ? null : rowAt(this);
            if (row == null) {
                setGraphic(null);
                setText(null);
                box.getItems().clear();
                return;
            }
            if (row.choices().isEmpty()) {
                box.getItems().clear();
                setGraphic(null);
                setText(Messages.t("editor.paste.noMatch"));
                return;
            }
            box.getItems().setAll(row.choices());
            box.setValue(row.choiceProperty().get());
            shown = row;
            setText(null);
            setGraphic(box);
        }
    }
}
