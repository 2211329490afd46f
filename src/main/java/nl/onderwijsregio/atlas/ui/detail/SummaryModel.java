package nl.onderwijsregio.atlas.ui.detail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.summary.AtlasSummary;
import nl.onderwijsregio.atlas.ui.AtlasState;

/**
 * The {@link AtlasSummary} of the current atlas, shared by the detail pane, the table and the themes,
 * and the validator's findings on it.
 *
 * <p>The summary is rebuilt on every new snapshot (edits included), which is cheap. Its border graph
 * (for "neighbouring regions") and the validation each cost about a second, and start-up is when the
 * machine is busiest: so the graph is taken from the map's {@link RegionMaps} when they arrive, and
 * only built here, off the FX thread, when no map provides one within {@link #OWN_GRAPH_DELAY}.
 * Validation waits for the same moment. Until then the pane shows overlaps but no neighbours.
 */
public final class SummaryModel {

    static final Duration OWN_GRAPH_DELAY = Duration.seconds(4);

    private static final Logger LOG = Logger.getLogger(SummaryModel.class.getName());

    private final ObjectProperty<AtlasSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(this, "findings", List.of());
    private final Validator validator = new Validator();
    private final AtomicReference<Atlas> latest = new AtomicReference<>();
    /** One validation at a time, newest atlas wins: edits can come faster than a full run. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-detail-summary");
        t.setDaemon(true);
        return t;
    });
    private final AtlasState state;
    private final PauseTransition ownGraphTimer = new PauseTransition(OWN_GRAPH_DELAY);
    private Map<String, Municipality> graphFor;
    private MunicipalityGraph graph;

    public SummaryModel(AtlasState state) {
        this.state = state;
        ownGraphTimer.setOnFinished(e -> buildOwnGraph());
        state.atlasProperty().addListener((obs, old, atlas) -> update(atlas));
        state.regionMapsProperty().addListener((obs, old, maps) -> adopt(maps));
        update(state.atlas());
    }

    public ReadOnlyObjectProperty<AtlasSummary> summaryProperty() {
        return summary;
    }

    public AtlasSummary summary() {
        return summary.get();
    }

    /** The validator's findings on the current atlas; empty until the first run finishes. */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings;
    }

    private void update(Atlas atlas) {
        latest.set(atlas);
        if (atlas == null) {
            summary.set(null);
            findings.set(List.of());
            return;
        }
        if (graph == null || !sameBoundaries(graphFor, atlas.municipalities())) {
            graph = null;
            RegionMaps maps = state.regionMapsProperty().get();
            if (maps != null && sameBoundaries(maps.atlas().municipalities(), atlas.municipalities())) {
                adopt(maps);
                return;
            }
            summary.set(new AtlasSummary(atlas, null));
            ownGraphTimer.playFromStart();
            return;
        }
        summary.set(new AtlasSummary(atlas, graph));
        validate(atlas);
    }

    /** Takes the map's border graph when it fits the current boundaries. */
    private void adopt(RegionMaps maps) {
        Atlas atlas = state.atlas();
        if (maps == null || maps.graph() == null || atlas == null || graph != null
                || !sameBoundaries(maps.atlas().municipalities(), atlas.municipalities())) {
            return;
        }
        ownGraphTimer.stop();
        useGraph(maps.atlas().municipalities(), maps.graph());
    }

    private void useGraph(Map<String, Municipality> boundaries, MunicipalityGraph g) {
        graphFor = boundaries;
        graph = g;
        Atlas now = state.atlas();
        if (now != null && sameBoundaries(boundaries, now.municipalities())) {
            summary.set(new AtlasSummary(now, g));
            validate(now);
        }
    }

    private void buildOwnGraph() {
        Atlas atlas = state.atlas();
        if (atlas == null || graph != null) {
            return;
        }
        Map<String, Municipality> boundaries = atlas.municipalities();
        background.submit(() -> {
            try {
                MunicipalityGraph g = MunicipalityGraph.of(boundaries.values());
                Platform.runLater(() -> {
                    if (graph == null) {
                        useGraph(boundaries, g);
                    }
                });
            } catch (RuntimeException e) {
                // Neighbours are a nicety: without the graph the pane still lists every overlap.
                LOG.log(Level.WARNING, "border graph could not be built; neighbouring regions are not shown", e);
            }
        });
    }

    private void validate(Atlas atlas) {
        background.submit(() -> {
            if (latest.get() != atlas) {
                return;
            }
            try {
                List<Finding> result = validator.validate(atlas);
                Platform.runLater(() -> {
                    if (latest.get() == atlas) {
                        findings.set(result);
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "validation failed; the detail pane shows no findings", e);
            }
        });
    }

    /** Edits copy the municipality map but keep its objects: compare them by identity, not geometry. */
    private static boolean sameBoundaries(Map<String, Municipality> a, Map<String, Municipality> b) {
        if (a == null || b == null || a.size() != b.size()) {
            return false;
        }
        for (var e : a.entrySet()) {
            if (b.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
