package nl.onderwijsregio.atlas.ui.presenter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * The order in which a presenter steps through regions: north to south by the centre of each region,
 * or a custom order saved with the presentation. A custom order may be stale (regions renamed, added or
 * removed): unknown ids are skipped and regions it does not name follow, north to south.
 */
public final class PresenterOrder {

    private PresenterOrder() {
    }

    /** The drawn regions of a sector, northernmost first. */
    public static List<Region> northToSouth(SectorLayer layer) {
        Map<Region, Envelope> bounds = new LinkedHashMap<>();
        for (Region r : layer.regions()) {
            bounds.put(r, layer.shape(r.id()).outline().bounds());
        }
        List<Region> ordered = new ArrayList<>(bounds.keySet());
        // Plane y grows southwards; west before east breaks ties between neighbours at one latitude.
        ordered.sort(Comparator.<Region>comparingDouble(r -> bounds.get(r).centre().y)
                .thenComparingDouble(r -> bounds.get(r).centre().x));
        return ordered;
    }

    public static List<Region> custom(SectorLayer layer, List<String> idsInOrder) {
        List<Region> natural = northToSouth(layer);
        if (idsInOrder == null || idsInOrder.isEmpty()) {
            return natural;
        }
        List<Region> out = new ArrayList<>();
        for (String id : idsInOrder) {
            natural.stream().filter(r -> r.id().equals(id) && !out.contains(r)).findFirst().ifPresent(out::add);
        }
        natural.stream().filter(r -> !out.contains(r)).forEach(out::add);
        return out;
    }
}
