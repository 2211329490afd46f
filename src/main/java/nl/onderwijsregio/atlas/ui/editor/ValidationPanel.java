package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The validator's findings, grouped by severity and kept up to date while editing: each new snapshot is
 * validated on a background thread shortly after the last edit (a burst of edits costs one run, and only
 * the newest result is shown), so the UI never waits. Clicking a finding selects its region and brings
 * the region or municipality into view.
 */
public final class ValidationPanel extends VBox {

    /** How bad a finding is, worst first. */
    public enum Level { ERROR, WARNING, INFO }

    /** A finding as the panel shows it. */
    public record Shown(Level level, String text, String regionId, String municipalityCode) {
    }

    /** Produces findings for a snapshot; runs off the FX thread. */
    @FunctionalInterface
    public interface Source {
        List<Shown> findings(Atlas atlas);
    }

    private static final Logger LOG = Logger.getLogger(ValidationPanel.class.getName());
    static final Duration DEBOUNCE = Duration.millis(250);

    private final AtlasState state;
    private final TreeView<Object> tree = new TreeView<>();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-validation");
        t.setDaemon(true);
        return t;
    });
    private Source source;
    private Atlas pending;
    private List<Shown> findings = List.of();
    private long runs;

    ValidationPanel(AtlasState state) {
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
        tree.setPrefHeight(300);
        tree.setCellFactory(t -> new FindingCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof Shown f) {
                select(f);
            }
        });
        debounce.setOnFinished(e -> runNow());
        getChildren().setAll(heading, status, tree);
        setVisible(false);
        setManaged(false);
    }

    /** Connects the validator; until then the panel stays hidden. */
    public void setSource(Source source) {
        this.source = source;
        setVisible(source != null);
        setManaged(source != null);
        if (state.atlas() != null) {
            validateLater(state.atlas());
        }
    }

    /** Schedules a run for {@code atlas}; called after every edit. */
    void validateLater(Atlas atlas) {
        pending = atlas;
        if (source != null && atlas != null) {
            debounce.playFromStart();
        }
    }

    private void runNow() {
        Atlas atlas = pending;
        Source s = source;
        if (atlas == null || s == null) {
            return;
        }
        long mine = generation.incrementAndGet();
        worker.submit(() -> {
            List<Shown> result;
            try {
                result = s.findings(atlas);
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "validation failed", e);
                result = List.of(new Shown(Level.ERROR, Messages.t("editor.validation.failed", e.getMessage()), null, null));
            }
            List<Shown> done = result;
            Platform.runLater(() -> {
                // Latest wins: a result for an older snapshot is dropped.
                if (mine == generation.get()) {
                    show(done);
                }
            });
        });
    }

    private void show(List<Shown> result) {
        findings = List.copyOf(result);
        runs++;
        Map<Level, List<Shown>> byLevel = new EnumMap<>(Level.class);
        for (Shown f : findings) {
            byLevel.computeIfAbsent(f.level(), k -> new ArrayList<>()).add(f);
        }
        TreeItem<Object> root = new TreeItem<>();
        for (Level level : Level.values()) {
            List<Shown> list = byLevel.getOrDefault(level, List.of());
            if (list.isEmpty()) {
                continue;
            }
            TreeItem<Object> group = new TreeItem<>(Messages.t("editor.validation.group." + level.name(), list.size()));
            group.setExpanded(level != Level.INFO);
            list.forEach(f -> group.getChildren().add(new TreeItem<>(f)));
            root.getChildren().add(group);
        }
        tree.setRoot(root);
        long errors = byLevel.getOrDefault(Level.ERROR, List.of()).size();
        long warnings = byLevel.getOrDefault(Level.WARNING, List.of()).size();
        summary.set(Messages.t("editor.validation.summary", errors, warnings));
    }

    private void select(Shown f) {
        if (f.regionId() != null) {
            state.selectedRegionIdProperty().set(f.regionId());
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

    private static final class FindingCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-ERROR", "finding-WARNING", "finding-INFO");
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Shown f) {
                setText(f.text());
                getStyleClass().add("finding-" + f.level().name());
            } else {
                setText(item.toString());
            }
        }
    }
}
