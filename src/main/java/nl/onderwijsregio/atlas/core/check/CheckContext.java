package nl.onderwijsregio.atlas.core.check;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * What every rule gets: the snapshot, the border graph of its municipality edition and the mainland.
 * The graph is expensive and depends only on the boundaries, so the {@link Validator} builds it once.
 *
 * @param mainland the largest group of municipalities connected through borders in the whole edition;
 *                 what lies outside it is reachable only over water (the Wadden islands, Zeeuws-Vlaanderen)
 */
public record CheckContext(Atlas atlas, MunicipalityGraph graph, Set<String> mainland) {

    /** A context for {@code atlas}, building the border graph (slow: use a {@link Validator} to reuse it). */
    public static CheckContext of(Atlas atlas) {
        MunicipalityGraph graph = MunicipalityGraph.of(atlas.municipalities().values());
        return new CheckContext(atlas, graph, mainlandOf(graph, atlas));
    }

    static Set<String> mainlandOf(MunicipalityGraph graph, Atlas atlas) {
        List<Set<String>> groups = graph.components(atlas.municipalities().keySet());
        return groups.isEmpty() ? Set.of() : Set.copyOf(groups.get(0));
    }

    /** True for a municipality that cannot be reached over land from the mainland. */
    public boolean isIsland(String code) {
        return isKnown(code) && !mainland.contains(code);
    }

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
