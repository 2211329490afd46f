package nl.onderwijsregio.atlas.ui.presenter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.onderwijsregio.atlas.core.export.Caption;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.RegionMaps;

/**
 * The order presenter mode steps through each sector's regions ({@link PresenterOrder}), as the presenter rearranges
 * it while rehearsing; whoever keeps the orders for the next talk is told of each change.
 */
final class SteppingOrders {

    private final RegionMaps maps;
    private final Map<Sector, List<Region>> orders = new EnumMap<>(Sector.class);
    /** Per sector, what {@link #headingStep} says: the same whatever the order. */
    private final Map<Sector, Integer> headingSteps = new EnumMap<>(Sector.class);
    private BiConsumer<Sector, List<String>> onChanged = (s, ids) -> { };

    /** @param custom per sector, region ids in the presenter's own order; missing sectors step north to south */
    SteppingOrders(RegionMaps maps, Map<Sector, List<String>> custom) {
        this.maps = maps;
        for (Sector s : Sector.values()) {
            orders.put(s, PresenterOrder.custom(maps.layer(s), custom.get(s)));
        }
    }

    /** The regions of {@code s} in stepping order. */
    List<Region> of(Sector s) {
        return orders.get(s);
    }

    /** Where {@code regionId} stands in {@code s}'s order, or {@link PresenterModel#OVERVIEW} when it is not in it. */
    int indexOf(Sector s, String regionId) {
        List<Region> order = orders.get(s);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(regionId)) {
                return i;
            }
        }
        return PresenterModel.OVERVIEW;
    }

    void setOnChanged(BiConsumer<Sector, List<String>> listener) {
        this.onChanged = listener;
    }

    /** Moves {@code r} {@code delta} places later (negative: earlier) in {@code s}'s order; returns its new place. */
    int move(Sector s, Region r, int delta) {
        List<Region> order = new ArrayList<>(orders.get(s));
        int from = order.indexOf(r);
        int to = Math.max(0, Math.min(order.size() - 1, from + delta));
        order.remove(from);
        order.add(to, r);
        orders.put(s, List.copyOf(order));
        onChanged.accept(s, order.stream().map(Region::id).toList());
        return to;
    }

    /** Back to north to south for {@code s}, forgetting its custom order. */
    void reset(Sector s) {
        orders.put(s, PresenterOrder.northToSouth(maps.layer(s)));
        onChanged.accept(s, List.of());
    }

    /** How far the captions of {@code s}'s tour step their names down: as far as its longest name needs. */
    int headingStep(Sector s) {
        return headingSteps.computeIfAbsent(s,
                x -> Caption.headingStep(orders.get(x).stream().map(Region::displayName).toList()));
    }
}
