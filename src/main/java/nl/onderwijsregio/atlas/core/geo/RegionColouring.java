package nl.onderwijsregio.atlas.core.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives each region of one sector map a colour index so that regions that touch or overlap never
 * share one. DSATUR graph colouring on region adjacency: two regions are adjacent when they share a
 * municipality or when a member of one borders a member of the other.
 *
 * <p>Guarantees: adjacent regions get different indices; the result depends only on the region ids
 * and their memberships (ties are broken by id), so the same data always gives the same colours.
 * Among the colours allowed, the first {@code preferred} indices are used before any higher one,
 * spread evenly, and avoiding colours of regions two steps away, so the map does not look patchy.
 */
public final class RegionColouring {

    private RegionColouring() {
    }

    /**
     * Adjacency of regions given by their member codes.
     *
     * @return for every region id of {@code membersByRegion}, the ids it touches or overlaps (sorted)
     */
    public static Map<String, Set<String>> adjacency(Map<String, ? extends Collection<String>> membersByRegion,
                                                     MunicipalityGraph graph) {
        return adjacency(membersByRegion, graph::neighbours);
    }

    /**
     * Adjacency of regions given by their member codes, with {@code neighbours} saying which
     * municipalities count as next to each other (e.g. bordering, or facing each other across water).
     */
    public static Map<String, Set<String>> adjacency(Map<String, ? extends Collection<String>> membersByRegion,
                                                     java.util.function.Function<String, Set<String>> neighbours) {
        Map<String, Set<String>> regionsByCode = new HashMap<>();
        membersByRegion.forEach((id, codes) -> codes.forEach(
                c -> regionsByCode.computeIfAbsent(c, k -> new TreeSet<>()).add(id)));
        Map<String, Set<String>> adjacency = new TreeMap<>();
        membersByRegion.forEach((id, codes) -> {
            Set<String> touching = new TreeSet<>();
            for (String code : codes) {
                touching.addAll(regionsByCode.getOrDefault(code, Set.of()));
                for (String n : neighbours.apply(code)) {
                    touching.addAll(regionsByCode.getOrDefault(n, Set.of()));
                }
            }
            touching.remove(id);
            adjacency.put(id, touching);
        });
        return adjacency;
    }

    /**
     * DSATUR colouring of {@code adjacency} (symmetric; every id a key).
     *
     * @param preferred how many colours to use before reaching for more (the palette's calm part)
     * @return colour index per region id, in id order
     */
    public static Map<String, Integer> colour(Map<String, Set<String>> adjacency, int preferred) {
        return recolour(adjacency, preferred, Map.of(), Set.of());
    }

    /**
     * Colours {@code adjacency} again after an edit, keeping every previous colour that is still valid, so
     * regions the edit did not involve look the same as before. Where two regions now share a colour and
     * touch, the one in {@code changed} (else the later id) gives its colour up; only the regions without
     * a kept colour go through DSATUR.
     *
     * @param previous colour index per region id before the edit (ids no longer present are ignored)
     * @param changed  ids of regions the edit touched (members or sectors changed, or new)
     */
    public static Map<String, Integer> recolour(Map<String, Set<String>> adjacency, int preferred,
                                                Map<String, Integer> previous, Set<String> changed) {
        List<String> ids = new ArrayList<>(new TreeSet<>(adjacency.keySet()));
        Map<String, Integer> colours = new LinkedHashMap<>();
        List<String> keepOrder = new ArrayList<>(ids);
        keepOrder.sort(java.util.Comparator.comparing(changed::contains));
        for (String id : keepOrder) {
            Integer c = previous.get(id);
            if (c != null && adjacency.get(id).stream().noneMatch(n -> c.equals(colours.get(n)))) {
                colours.put(id, c);
            }
        }
        Map<String, Set<Integer>> saturation = new HashMap<>();
        ids.forEach(id -> saturation.put(id, new HashSet<>()));
        int maxKept = colours.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int[] useCount = new int[Math.max(preferred, maxKept + 1) + ids.size() + 1];
        colours.forEach((id, c) -> {
            useCount[c]++;
            for (String n : adjacency.get(id)) {
                Set<Integer> s = saturation.get(n);
                if (s != null) {
                    s.add(c);
                }
            }
        });
        while (colours.size() < ids.size()) {
            String next = null;
            for (String id : ids) {
                if (colours.containsKey(id)) {
                    continue;
                }
                if (next == null || better(id, next, saturation, adjacency, colours)) {
                    next = id;
                }
            }
            int c = choose(next, adjacency, colours, useCount, preferred);
            colours.put(next, c);
            useCount[c]++;
            for (String n : adjacency.get(next)) {
                Set<Integer> s = saturation.get(n);
                if (s != null) {
                    s.add(c);
                }
            }
        }
        Map<String, Integer> sorted = new TreeMap<>(colours);
        return sorted;
    }

    /** Higher saturation first, then more uncoloured neighbours, then lower id (the iteration order). */
    private static boolean better(String a, String b, Map<String, Set<Integer>> saturation,
                                  Map<String, Set<String>> adjacency, Map<String, Integer> colours) {
        int sa = saturation.get(a).size();
        int sb = saturation.get(b).size();
        if (sa != sb) {
            return sa > sb;
        }
        return uncoloured(a, adjacency, colours) > uncoloured(b, adjacency, colours);
    }

    private static long uncoloured(String id, Map<String, Set<String>> adjacency, Map<String, Integer> colours) {
        return adjacency.get(id).stream().filter(n -> !colours.containsKey(n)).count();
    }

    private static int choose(String id, Map<String, Set<String>> adjacency, Map<String, Integer> colours,
                              int[] useCount, int preferred) {
        Set<Integer> forbidden = new HashSet<>();
        Set<Integer> nearby = new HashSet<>();
        for (String n : adjacency.get(id)) {
            Integer c = colours.get(n);
            if (c != null) {
                forbidden.add(c);
            }
            for (String nn : adjacency.getOrDefault(n, Set.of())) {
                Integer c2 = colours.get(nn);
                if (c2 != null && !nn.equals(id)) {
                    nearby.add(c2);
                }
            }
        }
        int best = -1;
        for (int c = 0; c < preferred; c++) {
            if (forbidden.contains(c)) {
                continue;
            }
            if (best < 0 || rank(c, nearby, useCount) < rank(best, nearby, useCount)) {
                best = c;
            }
        }
        if (best >= 0) {
            return best;
        }
        int c = preferred;
        while (forbidden.contains(c)) {
            c++;
        }
        return c;
    }

    /** Lower is better: colours of regions two steps away count heavily, then how often a colour is used. */
    private static long rank(int c, Set<Integer> nearby, int[] useCount) {
        return (nearby.contains(c) ? 1_000_000L : 0L) + useCount[c] * 100L + c;
    }
}
