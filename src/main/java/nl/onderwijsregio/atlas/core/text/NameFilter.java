package nl.onderwijsregio.atlas.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which items answer a text typed into a filter, each item known by several names (a region by its own names and
 * those of its municipalities). An item one of whose names holds the text as typed, case and diacritics aside,
 * always answers ("amp" keeps Kampen's regions). Otherwise a name is scored as {@link PlaceSearch} scores it, so the
 * filter forgives what the search box forgives ("apeldorn", "zwole"), with the search's own cut: below its
 * threshold nothing answers, and beside an item that answers well, one that answers far worse does not ("heerde"
 * keeps Heerde's regions, not also Heerlen's).
 */
public final class NameFilter {

    private NameFilter() {
    }

    /**
     * The items that answer {@code typed}, in their own order; all of them for a blank text.
     *
     * @param nameKeys an item's names as {@link NameMatcher#key keys}
     */
    public static <T> List<T> answering(String typed, List<T> items, Function<T, List<String>> nameKeys) {
        String q = NameMatcher.key(typed);
        if (q.isEmpty()) {
            return List.copyOf(items);
        }
        double[] scores = new double[items.size()];
        double best = 0;
        for (int i = 0; i < items.size(); i++) {
            scores[i] = score(q, nameKeys.apply(items.get(i)));
            best = Math.max(best, scores[i]);
        }
        double least = PlaceSearch.leastWorthShowing(best);
        List<T> answering = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (scores[i] >= least) {
                answering.add(items.get(i));
            }
        }
        return List.copyOf(answering);
    }

    /** How well query key {@code q} matches the best of {@code keys}: fully where one holds it as typed. */
    private static double score(String q, List<String> keys) {
        double best = 0;
        for (String key : keys) {
            if (key.contains(q)) {
                return 1;
            }
            best = Math.max(best, PlaceSearch.score(q, key));
        }
        return best;
    }
}
