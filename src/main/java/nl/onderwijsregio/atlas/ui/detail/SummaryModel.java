package nl.onderwijsregio.atlas.ui.detail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.summary.AtlasSummary;
import nl.onderwijsregio.atlas.ui.AtlasState;

/**
 * The {@link AtlasSummary} of the current atlas, shared by the detail pane, the table and the themes.
 * Rebuilt on every new snapshot (edits included), which is cheap; the border graph behind
 * "neighbouring regions" costs about a second, so it is built once per boundary set on a background
 * thread, and the summary is rebuilt with it when it arrives. The validator's findings are computed
 * the same way, so the pane can mention them without ever waiting for them.
 */
public final class SummaryModel {

    private static final Logger LOG = Logger.getLogger(SummaryModel.class.getName());

    private final ObjectProperty<AtlasSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(this, "findings", List.of());
    private final Validator validator = new Validator();
    private final AtomicReference<Atlas> latest = new AtomicReference<>();
    /** One validation at a time, newest atlas wins: edits can come faster than a full run. */
    private final ExecutorService validation = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-detail-validation");
        t.setDaemon(true);
        return t;
    });
    private final AtlasState state;
    private Map<String, Municipality> graphFor;
    private MunicipalityGraph graph;

    public SummaryModel(AtlasState state) {
        this.state = state;
        state.atlasProperty().addListener((obs, old, atlas) -> update(atlas));
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

    private void validate(Atlas atlas) {
        latest.set(atlas);
        validation.submit(() -> {
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

    private void update(Atlas atlas) {
        if (atlas == null) {
            summary.set(null);
            findings.set(List.of());
            return;
        }
        validate(atlas);
        boolean sameBoundaries = sameBoundaries(graphFor, atlas.municipalities());
        summary.set(new AtlasSummary(atlas, sameBoundaries ? graph : null));
        if (!sameBoundaries) {
            Map<String, Municipality> boundaries = atlas.municipalities();
            Thread t = new Thread(() -> buildGraph(boundaries), "atlas-border-graph");
            t.setDaemon(true);
            t.start();
        }
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

    private void buildGraph(Map<String, Municipality> boundaries) {
        try {
            MunicipalityGraph g = MunicipalityGraph.of(boundaries.values());
            Platform.runLater(() -> {
                graphFor = boundaries;
                graph = g;
                Atlas now = state.atlas();
                if (now != null && sameBoundaries(boundaries, now.municipalities())) {
                    summary.set(new AtlasSummary(now, g));
                }
            });
        } catch (RuntimeException e) {
            // Neighbours are a nicety: without the graph the pane still lists every overlap.
            LOG.log(Level.WARNING, "border graph could not be built; neighbouring regions are not shown", e);
        }
    }
}
