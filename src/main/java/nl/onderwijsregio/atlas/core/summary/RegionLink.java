package nl.onderwijsregio.atlas.core.summary;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * Another region of a shared sector that overlaps or borders the region in view.
 *
 * @param shared  the number of municipalities both cover; 0 for a neighbour
 * @param sectors the sectors both serve, in PO, VO, MBO order: the maps on which they meet
 */
public record RegionLink(String regionId, String name, Relation relation, int shared, List<Sector> sectors) {

    public RegionLink {
        sectors = List.copyOf(sectors);
    }

    public enum Relation {
        /** Both cover at least one municipality. */
        OVERLAPS,
        /** No common municipality, but their territories share a border. */
        BORDERS
    }
}
