package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Severity;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FindingsModel;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The validator's findings, grouped by severity and kept up to date while editing. The panel does not
 * validate: it shows the shared {@link FindingsModel}'s report, which follows every edit a moment later
 * without the UI waiting (and the detail pane reads the same report). Clicking a finding selects its
 * region and brings the region or municipality into view.
 */
public final class ValidationPanel extends VBox {

    /** A finding as the panel shows it, in the current language. */
    public record Shown(Severity severity, String text, String regionId, String municipalityCode) {
        static Shown of(Finding f, Locale locale) {
            return new Shown(f.severity(), f.message(locale), f.regionId(), f.municipalityCode());
        }
    }

    /** A severity's group in the tree, shown as its heading with the count. */
    private record Group(Severity level, String heading) {
        @Override
        public String toString() {
            return heading;
        }
    }

    private final AtlasState state;
    private final TreeView<Object> tree = new TreeView<>();
    /** Set while the tree is built anew: choosing the finding chosen before is no click. */
    private boolean rebuilding;
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private List<Shown> findings = List.of();
    private long runs;

    ValidationPanel(AtlasState state, FindingsModel source) {
        this.state = state;
        setId("validation-panel");
        getStyleClass().add("validation-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        Label heading = new Label(Messages.t("editor.validation.title"));
        heading.getStyleClass().add("editor-heading");
        Label status = new Label();
        status.setId("validation-status");
        status.textProperty().bind(summary);
        tree.setId("validation-tree");
        tree.setShowRoot(false);
        tree.setPrefHeight(160);
        VBox.setVgrow(tree, Priority.ALWAYS);
        tree.setCellFactory(t -> new FindingCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding && item != null && item.getValue() instanceof Shown f) {
                select(f);
            }
        });
        getChildren().setAll(heading, status, tree);
        source.reportProperty().addListener((o, old, report) -> show(report));
        if (source.report().atlas() != null) {
            show(source.report());
        }
    }

    private void show(FindingsModel.Report report) {
        Locale locale = Messages.current().locale();
        // A validation that threw shows as one error line, so the status never claims "0 fouten" wrongly.
        showItems(report.failure() != null
                ? List.of(new Shown(Severity.ERROR, Messages.t("editor.validation.failed", report.failure()), null, null))
                : report.findings().stream().map(f -> Shown.of(f, locale)).toList());
    }

    private void showItems(List<Shown> result) {
        findings = List.copyOf(result);
        runs++;
        Map<Severity, List<Shown>> byLevel = new EnumMap<>(Severity.class);
        for (Shown f : findings) {
            byLevel.computeIfAbsent(f.severity(), k -> new ArrayList<>()).add(f);
        }
        // Every edit validates anew: the groups the user opened or closed stay so, the chosen finding stays chosen.
        Map<Severity, Boolean> expanded = groupsExpanded();
        TreeItem<Object> chosen = tree.getSelectionModel().getSelectedItem();
        Object chosenValue = chosen == null ? null : chosen.getValue();
        TreeItem<Object> root = new TreeItem<>();
        TreeItem<Object> chosenAgain = null;
        for (Severity level : Severity.values()) {
            List<Shown> list = byLevel.getOrDefault(level, List.of());
            if (list.isEmpty()) {
                continue;
            }
            Group heading = new Group(level, Messages.t("editor.validation.group." + level.name(), list.size()));
            TreeItem<Object> group = new TreeItem<>(heading);
            group.setExpanded(expanded.getOrDefault(level, level != Severity.INFO));
            for (Shown f : list) {
                TreeItem<Object> item = new TreeItem<>(f);
                group.getChildren().add(item);
                if (f.equals(chosenValue)) {
                    chosenAgain = item;
                }
            }
            root.getChildren().add(group);
        }
        rebuilding = true;
        try {
            tree.setRoot(root);
            if (chosenAgain != null && chosenAgain.getParent().isExpanded()) {
                tree.getSelectionModel().select(chosenAgain);
            }
        } finally {
            rebuilding = false;
        }
        long errors = byLevel.getOrDefault(Severity.ERROR, List.of()).size();
        long warnings = byLevel.getOrDefault(Severity.WARNING, List.of()).size();
        summary.set(Messages.t("editor.validation.summary", errors, warnings));
    }

    private Map<Severity, Boolean> groupsExpanded() {
        Map<Severity, Boolean> expanded = new EnumMap<>(Severity.class);
        if (tree.getRoot() != null) {
            tree.getRoot().getChildren().forEach(g -> expanded.put(((Group) g.getValue()).level(), g.isExpanded()));
        }
        return expanded;
    }

    private void select(Shown f) {
        if (f.regionId() != null) {
            state.selectRegion(f.regionId());
        }
        if (f.municipalityCode() != null) {
            state.focus(FocusRequest.municipality(f.municipalityCode()));
            state.hoveredMunicipalityCodeProperty().set(f.municipalityCode());
        } else if (f.regionId() != null) {
            state.focus(FocusRequest.region(f.regionId()));
        }
    }

    /** "3 fouten, 12 waarschuwingen". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public List<Shown> findings() {
        return findings;
    }

    /** How many results were shown; tests wait on it. */
    public long runs() {
        return runs;
    }

    TreeView<Object> tree() {
        return tree;
    }

    private final class FindingCell extends TreeCell<Object> {
        /** Modena's -fx-indent for tree cells. */
        private static final double INDENT = 10;
        /** Room the skin keeps for the disclosure arrow, leaves included, so siblings line up. */
        private static final double ARROW = 24;

        /** Whether the finding was the chosen one already when the mouse went down on it. */
        private boolean chosenWhenPressed;

        FindingCell() {
            // A finding is a sentence: it wraps in the narrow side pane instead of running off to the right.
            setWrapText(true);
            setPrefWidth(0);
            // Choosing shows a finding; a click on the one already chosen shows it again, e.g. after the map moved on.
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> chosenWhenPressed = isSelected());
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (chosenWhenPressed && e.getButton() == MouseButton.PRIMARY && getItem() instanceof Shown f) {
                    select(f);
                }
            });
        }

        /**
         * The skin measures the wrapped lines for the cell's whole width, but the text starts after the
         * indentation and the disclosure arrow: measured that much narrower, the last line is not cut.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (width <= 0 || getTreeView() == null || getTreeItem() == null) {
                return super.computePrefHeight(width);
            }
            int level = getTreeView().getTreeItemLevel(getTreeItem());
            return super.computePrefHeight(Math.max(40, width - level * INDENT - ARROW));
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-ERROR", "finding-WARNING", "finding-INFO");
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Shown f) {
                setText(f.text());
                getStyleClass().add("finding-" + f.severity().name());
            } else {
                setText(item.toString());
            }
        }
    }
}
