package nl.onderwijsregio.atlas.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * Finds municipalities and regions by name as people type them, through {@link NameMatcher}: no care
 * for case or diacritics, prefixes and small typos forgiven ("sudwest" finds Súdwest-Fryslân,
 * "zwole" finds Zwolle). A municipality is also found by its everyday names, with the same
 * forgiveness ("den haa" and "denhaag" find 's-Gravenhage), but always shown by its official one.
 * A typo may also sit in any one word of a longer name ("zwole" finds "Zwolle en omgeving"). A province
 * written after a municipality's name, as the editor's list resolver reads it ({@link ProvinceNames}: "bergen nh",
 * "Bergen (L.)", "hengelo ov", also half-typed: "bergen noord-h"), puts the homonym in that province first; one
 * elsewhere still shows, below it, for a province mistaken ("hengelo gld" still finds Hengelo (O.)).
 */
public final class PlaceSearch {

    /** Results below this score are noise. */
    public static final double THRESHOLD = 0.55;
    /** Once a result matches this well, results this far below it are noise too. */
    private static final double CLOSE_MATCH = 0.9;
    private static final double FAR_BELOW = 0.3;
    /**
     * What a municipality outside the province typed after its name keeps of its score: enough to be shown, not
     * enough to pass its homonym inside it, nor a name there that only begins the same ("bergen nb": Bergen op
     * Zoom before Bergen (L.)).
     */
    private static final double OTHER_PROVINCE = 0.9;
    /** Words people type around a name that name no place themselves: "regio twente" means Twente. */
    private static final Set<String> FILLER = Set.of("regio", "onderwijsregio", "region", "en", "de", "het", "van",
            "the", "and", "of");

    /** What a result is. */
    public enum Kind { MUNICIPALITY, REGION }

    /**
     * One result.
     *
     * @param id     CBS code for a municipality, region id for a region
     * @param detail  the province of a municipality; null for a region
     * @param knownAs the region's name as published when the query found that name rather than the one shown
     *                (a region renamed in the atlas is still found by the name people know); null otherwise
     */
    public record Hit(Kind kind, String id, String name, String detail, String knownAs, double score) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final ProvinceNames provinces;

    public PlaceSearch(Atlas atlas) {
        provinces = new ProvinceNames(atlas.municipalities().values().stream().map(Municipality::province)
                .filter(p -> p != null && !p.isBlank()).distinct().toList());
        for (Municipality m : atlas.municipalities().values()) {
            entries.add(new Entry(Kind.MUNICIPALITY, m.code(), m.name(), m.province(), NameMatcher.keys(m.name()),
                    null, List.of()));
        }
        for (Region r : atlas.regions()) {
            boolean publishedOtherwise = r.publishedName() != null && !r.publishedName().equals(r.displayName());
            entries.add(new Entry(Kind.REGION, r.id(), r.displayName(), null, NameMatcher.keys(r.displayName()),
                    publishedOtherwise ? r.publishedName() : null,
                    publishedOtherwise ? NameMatcher.keys(r.publishedName()) : List.of()));
        }
    }

    /** The best {@code limit} matches of {@code query}, best first; ties go to municipalities, then by name. */
    public List<Hit> search(String query, int limit) {
        String q = NameMatcher.key(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Reading> readings = provinces.asTyped(query).stream()
                .map(t -> new Reading(NameMatcher.key(t.name()), t.province(), t.bracketed())).toList();
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            double byName = e.kind() == Kind.MUNICIPALITY && !readings.isEmpty()
                    ? withProvince(q, readings, e) : best(q, e.keys());
            double byOtherName = best(q, e.otherKeys());
            double best = Math.max(byName, byOtherName);
            if (best >= THRESHOLD) {
                // only a name the shown one does not explain is worth saying: not "Onderwijsregio Zwolle en omgeving"
                // for "zwolle", but "Food Valley" for "food" once the region is called otherwise
                hits.add(new Hit(e.kind(), e.id(), e.name(), e.detail(), byName < THRESHOLD ? e.otherName() : null,
                        best));
            }
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparing(Hit::kind)
                .thenComparing(Hit::name));
        if (!hits.isEmpty()) {
            double least = leastWorthShowing(hits.get(0).score());
            hits.removeIf(h -> h.score() < least);
        }
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /**
     * How well a municipality matches a query read as a name with a province after it, or as a whole. Brackets
     * say for sure that a province is meant ("bergen (nh)"), so the whole, whose key drops them, is not asked.
     */
    private static double withProvince(String q, List<Reading> readings, Entry e) {
        double score = readings.get(0).bracketed() ? 0 : best(q, e.keys());
        for (Reading typed : readings) {
            double byName = best(typed.name(), e.keys());
            score = Math.max(score, typed.province().equals(e.detail()) ? byName : OTHER_PROVINCE * byName);
        }
        return score;
    }

    /**
     * The lowest score still an answer when the best answer scores {@code best}: the threshold, and once a result
     * matches closely, no result far below it. "onderwijsregio zwolle" found Zwolle en omgeving; regions that
     * merely share "onderwijsregio" are not also answers. Shared with {@link NameFilter}.
     */
    static double leastWorthShowing(double best) {
        return best >= CLOSE_MATCH ? Math.max(THRESHOLD, best - FAR_BELOW) : THRESHOLD;
    }

    private static double best(String q, List<String> keys) {
        double best = 0;
        for (String key : keys) {
            best = Math.max(best, score(q, key));
        }
        return best;
    }

    /** How well query key {@code q} matches name key {@code n}. */
    static double score(String q, String n) {
        double whole = NameMatcher.scoreKeys(q, n);
        if (q.contains(" ")) {
            return Math.max(whole, 0.9 * everyWord(q, n));
        }
        if (q.length() < 4) {
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

    /**
     * How well every word of a query of several words, filler aside, is matched by some word of the name: the
     * weakest word counts, so "regio twente" finds "Twente en omstreken", and "twente zeeland" finds nothing.
     */
    private static double everyWord(String q, String n) {
        List<String> words = Arrays.stream(q.split(" ")).filter(w -> !FILLER.contains(w)).toList();
        if (words.isEmpty()) {
            return 0;
        }
        String[] nameWords = n.split(" ");
        double weakest = 1;
        for (String w : words) {
            double best = 0;
            for (String nameWord : nameWords) {
                best = Math.max(best, NameMatcher.scoreKeys(w, nameWord));
            }
            weakest = Math.min(weakest, best);
        }
        return weakest;
    }

    /** A query read as a municipality's name, as a key, and the province written after it. */
    private record Reading(String name, String province, boolean bracketed) {
    }

    /**
     * @param keys      the {@link NameMatcher#keys} of the name shown (and a municipality's everyday names)
     * @param otherName a region's name as published, when it is not the one shown; null otherwise
     * @param otherKeys the keys of {@code otherName}
     */
    private record Entry(Kind kind, String id, String name, String detail, List<String> keys, String otherName,
                         List<String> otherKeys) {
    }
}
