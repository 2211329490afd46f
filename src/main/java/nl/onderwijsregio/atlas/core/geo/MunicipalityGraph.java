package nl.onderwijsregio.atlas.core.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which municipalities border which, from their RD geometries. Two municipalities are neighbours
 * when their boundaries come within {@link #TOLERANCE_M} metres: the CBS generalised boundaries
 * share their borders exactly, and the tolerance absorbs rounding.
 *
 * <p>Neighbours across water (Texel and Den Helder) are not neighbours here; callers that need
 * "close enough" use {@link #distanceKm}.
 */
public final class MunicipalityGraph {

    public static final double TOLERANCE_M = 1.0;

    private final Map<String, Set<String>> neighbours;
    private final Map<String, Geometry> geometries;

    private MunicipalityGraph(Map<String, Set<String>> neighbours, Map<String, Geometry> geometries) {
        this.neighbours = neighbours;
        this.geometries = geometries;
    }

    public static MunicipalityGraph of(Iterable<Municipality> municipalities) {
        STRtree index = new STRtree();
        Map<String, Geometry> geometries = new HashMap<>();
        for (Municipality m : municipalities) {
            if (m.geometryRd() != null) {
                geometries.put(m.code(), m.geometryRd());
                var env = m.geometryRd().getEnvelopeInternal().copy();
                env.expandBy(TOLERANCE_M);
                index.insert(env, m.code());
            }
        }
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (var e : geometries.entrySet()) {
            neighbours.put(e.getKey(), new TreeSet<>());
        }
        for (var e : geometries.entrySet()) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(e.getValue().buffer(TOLERANCE_M, 2));
            @SuppressWarnings("unchecked")
            List<String> candidates = index.query(e.getValue().getEnvelopeInternal());
            for (String other : candidates) {
                if (other.compareTo(e.getKey()) > 0 && prepared.intersects(geometries.get(other))) {
                    neighbours.get(e.getKey()).add(other);
                    neighbours.get(other).add(e.getKey());
                }
            }
        }
        neighbours.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return new MunicipalityGraph(Collections.unmodifiableMap(neighbours), geometries);
    }

    /** The codes of the municipalities bordering {@code code}, sorted; empty for an unknown code. */
    public Set<String> neighbours(String code) {
        return neighbours.getOrDefault(code, Set.of());
    }

    public boolean areNeighbours(String a, String b) {
        return neighbours(a).contains(b);
    }

    /** Shortest distance between two municipalities in km, or infinity when one is unknown. */
    public double distanceKm(String a, String b) {
        Geometry ga = geometries.get(a);
        Geometry gb = geometries.get(b);
        return ga == null || gb == null ? Double.POSITIVE_INFINITY : ga.distance(gb) / 1000.0;
    }

    /**
     * Splits {@code codes} into groups connected through shared borders, largest group first
     * (ties by lowest code). Unknown codes form no group.
     */
    public List<Set<String>> components(Set<String> codes) {
        List<Set<String>> result = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String start : new TreeSet<>(codes)) {
            if (seen.contains(start) || !geometries.containsKey(start)) {
                continue;
            }
            Set<String> group = new TreeSet<>();
            List<String> stack = new ArrayList<>(List.of(start));
            while (!stack.isEmpty()) {
                String c = stack.remove(stack.size() - 1);
                if (group.add(c)) {
                    seen.add(c);
                    for (String n : neighbours(c)) {
                        if (codes.contains(n) && !group.contains(n)) {
                            stack.add(n);
                        }
                    }
                }
            }
            result.add(group);
        }
        result.sort((x, y) -> x.size() != y.size() ? y.size() - x.size()
                : x.iterator().next().compareTo(y.iterator().next()));
        return result;
    }
}
