package nl.onderwijsregio.atlas.core.check;

import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * What every rule gets: the snapshot and the border graph of its municipality edition.
 * The graph is expensive and depends only on the boundaries, so the {@link Validator} builds it once.
 */
public record CheckContext(Atlas atlas, MunicipalityGraph graph) {

    /** The CBS name of {@code code}, or the code itself when the edition does not know it. */
    public String municipalityName(String code) {
        Municipality m = atlas.municipalities().get(code);
        return m == null ? code : m.name();
    }

    public boolean isKnown(String code) {
        return code != null && atlas.municipalities().containsKey(code);
    }

    /** The display name, for messages. */
    public static String name(Region region) {
        return region.displayName();
    }
}
