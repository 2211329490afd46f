package nl.onderwijsregio.atlas.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * Finds municipalities and regions by name as people type them, through {@link NameMatcher}: no care
 * for case or diacritics, prefixes and small typos forgiven ("sudwest" finds Súdwest-Fryslân,
 * "zwole" finds Zwolle). A municipality is also found by its everyday names, with the same
 * forgiveness ("den haa" and "denhaag" find 's-Gravenhage), but always shown by its official one.
 * A typo may also sit in any one word of a longer name ("zwole" finds "Zwolle en omgeving").
 */
public final class PlaceSearch {

    /** Results below this score are noise. */
    public static final double THRESHOLD = 0.55;

    /** What a result is. */
    public enum Kind { MUNICIPALITY, REGION }

    /**
     * One result.
     *
     * @param id     CBS code for a municipality, region id for a region
     * @param detail the province of a municipality; null for a region
     */
    public record Hit(Kind kind, String id, String name, String detail, double score) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public PlaceSearch(Atlas atlas) {
        for (Municipality m : atlas.municipalities().values()) {
            entries.add(new Entry(Kind.MUNICIPALITY, m.code(), m.name(), m.province(), NameMatcher.keys(m.name())));
        }
        for (Region r : atlas.regions()) {
            List<String> keys = new ArrayList<>(NameMatcher.keys(r.displayName()));
            if (r.publishedName() != null && !r.publishedName().equals(r.displayName())) {
                keys.addAll(NameMatcher.keys(r.publishedName()));
            }
            entries.add(new Entry(Kind.REGION, r.id(), r.displayName(), null, List.copyOf(keys)));
        }
    }

    /** The best {@code limit} matches of {@code query}, best first; ties go to municipalities, then by name. */
    public List<Hit> search(String query, int limit) {
        String q = NameMatcher.key(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            double best = 0;
            for (String key : e.keys()) {
                best = Math.max(best, score(q, key));
            }
            if (best >= THRESHOLD) {
                hits.add(new Hit(e.kind(), e.id(), e.name(), e.detail(), best));
            }
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparing(Hit::kind)
                .thenComparing(Hit::name));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /** How well query key {@code q} matches name key {@code n}. */
    static double score(String q, String n) {
        double whole = NameMatcher.scoreKeys(q, n);
        if (q.length() < 4 || q.contains(" ")) {
            return whole;
        }
        // A typo in one word of a longer name: compare with each word, scored a little below whole names.
        double best = whole;
        for (String word : n.split(" ")) {
            if (word.length() >= 4 && !word.equals(n)) {
                best = Math.max(best, 0.92 * NameMatcher.scoreKeys(q, word));
            }
        }
        return best;
    }

    /** @param keys the {@link NameMatcher#keys} of every name the entry is known by */
    private record Entry(Kind kind, String id, String name, String detail, List<String> keys) {
    }
}
