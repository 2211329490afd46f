package nl.onderwijsregio.atlas.core.check;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.text.NameMatcher;

/**
 * What every rule gets: the snapshot, plus facts about its municipality edition (border graph, mainland,
 * name keys, distances). Those facts depend only on the boundaries and are slow to compute, so the
 * {@link Validator} keeps them for as long as snapshots share the same municipalities.
 */
public final class CheckContext {

    private final Atlas atlas;
    private final Edition edition;

    CheckContext(Atlas atlas, Edition edition) {
        this.atlas = atlas;
        this.edition = edition;
    }

    /** A context for {@code atlas}, building the border graph (slow: use a {@link Validator} to reuse it). */
    public static CheckContext of(Atlas atlas) {
        List<Municipality> ms = List.copyOf(atlas.municipalities().values());
        return new CheckContext(atlas, new Edition(ms, MunicipalityGraph.of(ms)));
    }

    public Atlas atlas() {
        return atlas;
    }

    public MunicipalityGraph graph() {
        return edition.graph;
    }

    /**
     * True for a municipality that cannot be reached over land from the mainland, the largest group of
     * municipalities connected through borders: the Wadden islands, and Zeeuws-Vlaanderen, which borders
     * only Belgium.
     */
    public boolean isIsland(String code) {
        return isKnown(code) && !edition.mainland.contains(code);
    }

    /** The {@link NameMatcher#key} of a municipality's name, or "" for an unknown code. */
    public String nameKey(String code) {
        return edition.nameKeys.getOrDefault(code, "");
    }

    /**
     * {@link NameMatcher#key} of any text, remembered: region names barely change between edits and the
     * key's regular expressions are the slowest part of the name rules.
     */
    public String textKey(String text) {
        return edition.textKeys.computeIfAbsent(text, NameMatcher::key);
    }

    /** The CBS name of {@code code}, or the code itself when the edition does not know it. */
    public String municipalityName(String code) {
        Municipality m = atlas.municipalities().get(code);
        return m == null ? code : m.name();
    }

    public boolean isKnown(String code) {
        return code != null && atlas.municipalities().containsKey(code);
    }

    /**
     * The shortest distance in km from {@code code} to the nearest of {@code others}; infinity when there is
     * none. Exact distances between detailed polygons are slow, so candidates are tried nearest bounding box
     * first, the search stops once no box can beat the best found, and every exact distance is remembered.
     */
    public double nearestKm(String code, Collection<String> others) {
        Municipality from = atlas.municipalities().get(code);
        if (from == null || from.geometryRd() == null) {
            return Double.POSITIVE_INFINITY;
        }
        var box = from.geometryRd().getEnvelopeInternal();
        List<Map.Entry<Double, String>> candidates = new java.util.ArrayList<>();
        for (String other : others) {
            Municipality m = atlas.municipalities().get(other);
            if (m != null && m.geometryRd() != null) {
                candidates.add(Map.entry(box.distance(m.geometryRd().getEnvelopeInternal()), other));
            }
        }
        candidates.sort(Map.Entry.comparingByKey());
        double bestMetres = Double.POSITIVE_INFINITY;
        for (Map.Entry<Double, String> c : candidates) {
            if (c.getKey() >= bestMetres) {
                break;
            }
            bestMetres = Math.min(bestMetres, edition.distanceMetres(code, c.getValue()));
        }
        return bestMetres / 1000.0;
    }

    /** The display name, for messages. */
    public static String name(Region region) {
        return region.displayName();
    }

    /** What is known about one municipality edition, whatever the regions. */
    static final class Edition {

        final List<Municipality> municipalities;
        final MunicipalityGraph graph;
        final Set<String> mainland;
        final Map<String, String> nameKeys;
        private final Map<String, Geometry> geometries = new HashMap<>();
        private final Map<String, Double> distances = new ConcurrentHashMap<>();
        private final Map<String, String> textKeys = new ConcurrentHashMap<>();

        /** {@code graph} must be the border graph of exactly these municipalities. */
        Edition(List<Municipality> municipalities, MunicipalityGraph graph) {
            this.municipalities = municipalities;
            this.graph = graph;
            Map<String, String> keys = new HashMap<>();
            Set<String> codes = new java.util.LinkedHashSet<>();
            for (Municipality m : municipalities) {
                keys.put(m.code(), NameMatcher.key(m.name()));
                codes.add(m.code());
                if (m.geometryRd() != null) {
                    geometries.put(m.code(), m.geometryRd());
                }
            }
            this.nameKeys = Map.copyOf(keys);
            List<Set<String>> groups = graph.components(codes);
            this.mainland = groups.isEmpty() ? Set.of() : Set.copyOf(groups.get(0));
        }

        /** Snapshots made by withData/withRegion share the Municipality objects, so identity is enough. */
        boolean isFor(Atlas atlas) {
            if (atlas.municipalities().size() != municipalities.size()) {
                return false;
            }
            int i = 0;
            for (Municipality m : atlas.municipalities().values()) {
                if (m != municipalities.get(i++)) {
                    return false;
                }
            }
            return true;
        }

        double distanceMetres(String a, String b) {
            String key = a.compareTo(b) < 0 ? a + b : b + a;
            return distances.computeIfAbsent(key, k -> geometries.get(a).distance(geometries.get(b)));
        }
    }
}
