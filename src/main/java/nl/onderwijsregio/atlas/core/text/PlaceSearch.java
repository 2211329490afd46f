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
 * "den haag" finds 's-Gravenhage, "zwole" finds Zwolle). A typo may also sit in any one word of a
 * longer name ("zwole" finds "Zwolle en omgeving").
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
            entries.add(new Entry(Kind.MUNICIPALITY, m.code(), m.name(), m.province(), List.of(m.name())));
        }
        for (Region r : atlas.regions()) {
            List<String> names = r.publishedName() == null || r.publishedName().equals(r.displayName())
                    ? List.of(r.displayName()) : List.of(r.displayName(), r.publishedName());
            entries.add(new Entry(Kind.REGION, r.id(), r.displayName(), null, names));
        }
    }

    /** The best {@code limit} matches of {@code query}, best first; ties go to municipalities, then by name. */
    public List<Hit> search(String query, int limit) {
        if (NameMatcher.key(query).isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            double best = 0;
            for (String name : e.names()) {
                best = Math.max(best, score(query, name));
            }
            if (best >= THRESHOLD) {
                hits.add(new Hit(e.kind(), e.id(), e.name(), e.detail(), best));
            }
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparing(Hit::kind)
                .thenComparing(Hit::name));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    static double score(String query, String name) {
        double whole = NameMatcher.score(query, name);
        String q = NameMatcher.key(query);
        if (q.length() < 4 || q.contains(" ")) {
            return whole;
        }
        // A typo in one word of a longer name: compare with each word, scored a little below whole names.
        double best = whole;
        for (String word : NameMatcher.key(name).split(" ")) {
            if (word.length() >= 4 && !word.equals(NameMatcher.key(name))) {
                best = Math.max(best, 0.92 * NameMatcher.score(q, word));
            }
        }
        return best;
    }

    private record Entry(Kind kind, String id, String name, String detail, List<String> names) {
    }
}
