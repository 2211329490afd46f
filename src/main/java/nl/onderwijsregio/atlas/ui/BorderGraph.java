package nl.onderwijsregio.atlas.ui;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.render.RegionMaps;

/**
 * The border graph of the current atlas's municipalities, for the validator and the summary's
 * "neighbouring regions".
 *
 * <p>Building it costs about a second, and start-up is when the machine is busiest (the map builds the
 * same graph for its colours): so the graph is taken from the map's {@link RegionMaps} when they arrive,
 * and only built here, in the background, when no map provides one within {@link #OWN_GRAPH_DELAY}
 * (a window without a map, or a map that failed). Edits keep the municipalities, so one graph serves
 * every edit until other boundaries are loaded. Only touched on the FX thread.
 */
public final class BorderGraph {

    /** Boundaries and the graph built from them; a null graph when building it failed. */
    public record Fitted(Map<String, Municipality> boundaries, MunicipalityGraph graph) {
    }

    static final Duration OWN_GRAPH_DELAY = Duration.seconds(4);

    private static final Logger LOG = Logger.getLogger(BorderGraph.class.getName());

    private final AtlasState state;
    private final Executor background;
    private final SimpleObjectProperty<Fitted> fitted = new SimpleObjectProperty<>(this, "fitted");
    private final PauseTransition ownGraphTimer = new PauseTransition(OWN_GRAPH_DELAY);

    BorderGraph(AtlasState state, Executor background) {
        this.state = state;
        this.background = background;
        ownGraphTimer.setOnFinished(e -> buildOwn());
        state.atlasProperty().addListener((obs, old, atlas) -> update(atlas));
        state.regionMapsProperty().addListener((obs, old, maps) -> adopt(maps));
        update(state.atlas());
    }

    /** Changes when a graph for new boundaries becomes available; never replaces one that still fits. */
    public ReadOnlyObjectProperty<Fitted> fittedProperty() {
        return fitted;
    }

    /** The graph of {@code atlas}'s municipalities, or null while it is not known (or could not be built). */
    public MunicipalityGraph graphFor(Atlas atlas) {
        return isSettled(atlas) ? fitted.get().graph() : null;
    }

    /** True once the graph of {@code atlas}'s boundaries is known, or building it has failed. */
    public boolean isSettled(Atlas atlas) {
        Fitted f = fitted.get();
        return f != null && atlas != null && Municipality.sameBoundaries(f.boundaries(), atlas.municipalities());
    }

    private void update(Atlas atlas) {
        if (atlas == null || isSettled(atlas)) {
            return;
        }
        RegionMaps maps = state.regionMapsProperty().get();
        if (maps != null && maps.graph() != null
                && Municipality.sameBoundaries(maps.atlas().municipalities(), atlas.municipalities())) {
            adopt(maps);
        } else {
            ownGraphTimer.playFromStart();
        }
    }

    /** Takes the map's graph when it fits the current boundaries and none is known yet. */
    private void adopt(RegionMaps maps) {
        Atlas atlas = state.atlas();
        if (maps == null || maps.graph() == null || atlas == null || graphFor(atlas) != null
                || !Municipality.sameBoundaries(maps.atlas().municipalities(), atlas.municipalities())) {
            return;
        }
        ownGraphTimer.stop();
        fitted.set(new Fitted(maps.atlas().municipalities(), maps.graph()));
    }

    private void buildOwn() {
        Atlas atlas = state.atlas();
        if (atlas == null || isSettled(atlas)) {
            return;
        }
        Map<String, Municipality> boundaries = atlas.municipalities();
        background.execute(() -> {
            MunicipalityGraph built;
            try {
                built = MunicipalityGraph.of(boundaries.values());
            } catch (RuntimeException e) {
                // Neighbours are a nicety: the pane still lists every overlap, and validation reports its own error.
                LOG.log(Level.WARNING, "border graph could not be built; neighbouring regions are not shown", e);
                built = null;
            }
            MunicipalityGraph g = built;
            Platform.runLater(() -> {
                // The map may have lent one meanwhile, or other boundaries may have been loaded.
                Atlas now = state.atlas();
                if (now != null && graphFor(now) == null && Municipality.sameBoundaries(boundaries, now.municipalities())) {
                    fitted.set(new Fitted(boundaries, g));
                }
            });
        });
    }
}
