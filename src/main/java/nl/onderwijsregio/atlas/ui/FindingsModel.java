package nl.onderwijsregio.atlas.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;

/**
 * The validator's findings on the current atlas: the one owner every view reads (the detail pane's
 * findings, the editor's validation panel and its status line), reached through {@link AtlasState#findings()}.
 *
 * <p>A full validation costs about a second on the whole country and the machine may have two cores, so
 * each atlas change is validated once: shortly after the last of a burst of edits ({@link #DEBOUNCE}),
 * on one background thread, never before the {@link BorderGraph} is known (at start-up the map lends its
 * own rather than having it built a second time). Only the newest atlas is validated, and a result
 * arriving after a newer atlas is dropped, so the views never show findings of an older atlas after
 * those of a newer one.
 */
public final class FindingsModel {

    /** How an atlas is validated; runs off the FX thread. {@code graph} fits the atlas's municipalities. */
    @FunctionalInterface
    public interface Validation {
        List<Finding> validate(Atlas atlas, MunicipalityGraph graph);
    }

    /**
     * The findings on {@code atlas}, or why there are none: {@code failure} is the message of a
     * validation that threw (null when it did not).
     */
    public record Report(Atlas atlas, List<Finding> findings, String failure) {
        public Report {
            findings = List.copyOf(findings);
        }

        static final Report NONE = new Report(null, List.of(), null);
    }

    static final Duration DEBOUNCE = Duration.millis(250);

    private static final Logger LOG = Logger.getLogger(FindingsModel.class.getName());

    private final AtlasState state;
    private final SimpleObjectProperty<Report> report = new SimpleObjectProperty<>(this, "report", Report.NONE);
    /**
     * Validation and the fallback border graph share one thread: on two cores one heavy job at a time is plenty. One
     * for the app, not per model: a thread per model would outlive every model made and dropped (each window, each
     * test).
     */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(
            DaemonThreads.factory("atlas-findings"));
    private final BorderGraph borders;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    /** Counts atlas changes; read by the worker to skip runs a newer atlas has made pointless. */
    private final AtomicLong generation = new AtomicLong();
    private long submitted = -1;
    private Validation validation;

    FindingsModel(AtlasState state) {
        this.state = state;
        Validator validator = new Validator();
        this.validation = validator::validate;
        this.borders = new BorderGraph(state, WORKER);
        debounce.setOnFinished(e -> runNow());
        state.atlasProperty().addListener((obs, old, atlas) -> changed());
        // The first atlas usually waits here for the graph; edits find it at hand. Through the debounce
        // rather than at once: the graph may arrive in the middle of an atlas change.
        borders.fittedProperty().addListener((obs, old, fitted) -> {
            if (state.atlas() != null) {
                debounce.playFromStart();
            }
        });
        changed();
    }

    /** The findings on the newest atlas validated so far; {@link Report#atlas()} says which. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report;
    }

    public Report report() {
        return report.get();
    }

    /** The border graph validation waits for, also lent to the summary's neighbouring regions. */
    public BorderGraph borders() {
        return borders;
    }

    /** Validates the current atlas, and every later one, with {@code v} instead of the validator (tests). */
    public void validateWith(Validation v) {
        validation = Objects.requireNonNull(v);
        changed();
    }

    private void changed() {
        generation.incrementAndGet();
        if (state.atlas() == null) {
            debounce.stop();
            report.set(Report.NONE);
        } else {
            debounce.playFromStart();
        }
    }

    /** Starts the one run of the current atlas, unless it has been started or the graph is not known yet. */
    private void runNow() {
        Atlas atlas = state.atlas();
        long mine = generation.get();
        if (atlas == null || submitted == mine || !borders.isSettled(atlas)) {
            return;
        }
        submitted = mine;
        MunicipalityGraph graph = borders.graphFor(atlas);
        Validation v = validation;
        WORKER.execute(() -> {
            if (generation.get() != mine) {
                return; // a newer atlas came while this one waited: its own run follows
            }
            Report result;
            try {
                result = new Report(atlas, v.validate(atlas, graph), null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "validation failed", e);
                result = new Report(atlas, List.of(), e.getMessage() != null ? e.getMessage() : e.toString());
            }
            Report done = result;
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    report.set(done);
                }
            });
        });
    }
}
