package nl.onderwijsregio.atlas.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Municipalities within a short distance of each other without sharing a border, such as Amsterdam and
 * Almere across the IJmeer. On a map they look like neighbours, so regions containing them should not
 * share a colour either. Computed once per boundary edition, from the RD geometries (metres).
 */
public final class NearbyMunicipalities {

    /** Close enough to look like neighbours at any zoom: 2.5 km. */
    public static final double DISTANCE_M = 2_500;

    private final Map<String, Set<String>> nearby;

    private NearbyMunicipalities(Map<String, Set<String>> nearby) {
        this.nearby = nearby;
    }

    public static NearbyMunicipalities of(Iterable<Municipality> municipalities) {
        STRtree index = new STRtree();
        Map<String, Municipality> byCode = new HashMap<>();
        for (Municipality m : municipalities) {
            if (m.geometryRd() != null && !m.geometryRd().isEmpty()) {
                index.insert(m.geometryRd().getEnvelopeInternal(), m);
                byCode.put(m.code(), m);
            }
        }
        Map<String, Set<String>> nearby = new HashMap<>();
        for (Municipality m : byCode.values()) {
            Envelope search = m.geometryRd().getEnvelopeInternal().copy();
            search.expandBy(DISTANCE_M);
            @SuppressWarnings("unchecked")
            List<Municipality> candidates = index.query(search);
            for (Municipality o : candidates) {
                if (o.code().compareTo(m.code()) > 0
                        && m.geometryRd().isWithinDistance(o.geometryRd(), DISTANCE_M)) {
                    nearby.computeIfAbsent(m.code(), k -> new TreeSet<>()).add(o.code());
                    nearby.computeIfAbsent(o.code(), k -> new TreeSet<>()).add(m.code());
                }
            }
        }
        return new NearbyMunicipalities(Map.copyOf(nearby));
    }

    /** Codes of the municipalities within {@link #DISTANCE_M} of {@code code}, bordering ones included. */
    public Set<String> of(String code) {
        return nearby.getOrDefault(code, Set.of());
    }
}
