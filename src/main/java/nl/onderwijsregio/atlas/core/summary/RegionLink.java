package nl.onderwijsregio.atlas.core.summary;

/**
 * Another region of a shared sector that overlaps or borders the region in view.
 *
 * @param shared the number of municipalities both cover; 0 for a neighbour
 */
public record RegionLink(String regionId, String name, Relation relation, int shared) {

    public enum Relation {
        /** Both cover at least one municipality. */
        OVERLAPS,
        /** No common municipality, but their territories share a border. */
        BORDERS
    }
}
