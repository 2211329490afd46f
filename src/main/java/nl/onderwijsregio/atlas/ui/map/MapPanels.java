package nl.onderwijsregio.atlas.ui.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.locationtech.jts.geom.Envelope;

/**
 * The panels over the map: the children of the map pane marked {@link AtlasMapLayer#PANEL} (legend,
 * cards, zoom buttons, the first-run card), watched as they come and go, move, fold and hide, so the
 * region names can keep clear of them.
 */
final class MapPanels {

    private final Map<Node, ChangeListener<Object>> watched = new LinkedHashMap<>();
    private final Runnable changed;

    MapPanels(Pane pane, Runnable changed) {
        this.changed = changed;
        pane.getChildren().forEach(this::watch);
        pane.getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::forget);
                c.getAddedSubList().forEach(this::watch);
            }
            changed.run();
        });
    }

    private void watch(Node n) {
        if (!n.getStyleClass().contains(AtlasMapLayer.PANEL) || watched.containsKey(n)) {
            return;
        }
        // A change listener, not an invalidation one: that falls silent until someone reads the bounds again.
        ChangeListener<Object> moved = (obs, o, b) -> changed.run();
        n.boundsInParentProperty().addListener(moved);
        n.visibleProperty().addListener(moved);
        watched.put(n, moved);
    }

    private void forget(Node n) {
        ChangeListener<Object> moved = watched.remove(n);
        if (moved != null) {
            n.boundsInParentProperty().removeListener(moved);
            n.visibleProperty().removeListener(moved);
        }
    }

    /** Where the visible panels stand, in the pixels of {@code layer}. */
    List<Envelope> cover(Node layer) {
        List<Envelope> cover = new ArrayList<>();
        for (Node n : watched.keySet()) {
            if (n.isVisible() && n.getScene() != null && layer.getScene() != null) {
                Bounds b = layer.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                cover.add(new Envelope(b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()));
            }
        }
        return cover;
    }
}
