package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.Candidate;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.LineMatch;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.Status;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.text.NameMatcher;
import nl.onderwijsregio.atlas.core.text.ProvinceNames;

/**
 * Pasted lines that name a province for {@link PasteListResolver}: a whole one ("provincie Drenthe", or "Drenthe"
 * alone), or one written after a name to say which municipality is meant ("Bergen NH", "Hengelo (Gld)").
 */
final class ProvinceLines {

    private final Map<String, List<String>> codes = new LinkedHashMap<>();
    private final ProvinceNames names;

    ProvinceLines(Collection<Municipality> municipalities) {
        municipalities.stream().filter(m -> !m.province().isBlank())
                .forEach(m -> codes.computeIfAbsent(m.province(), k -> new ArrayList<>()).add(m.code()));
        names = new ProvinceNames(codes.keySet());
    }

    /** The province {@code name} is exactly the name of, or null. */
    String province(String name) {
        return names.province(name);
    }

    ProvinceNames.Qualified qualified(String name) {
        return names.qualified(name);
    }

    /** All municipalities of {@code province}. */
    LineMatch whole(String text, String province) {
        return new LineMatch(text, Status.PROVINCE, codes.get(province), 1.0, List.of());
    }

    /** The province after "provincie": written as its name, or close enough to one; null when it is neither. */
    LineMatch named(String text, String name) {
        String exact = names.province(name);
        if (exact != null) {
            return whole(text, exact);
        }
        String best = null;
        double score = 0;
        for (String p : codes.keySet()) {
            double s = NameMatcher.score(name, p);
            if (s > score) {
                score = s;
                best = p;
            }
        }
        if (best == null || score < PasteListResolver.GOOD) {
            return null;
        }
        return new LineMatch(text, Status.PROVINCE, codes.get(best), score, List.of());
    }

    /**
     * A name with its province: the best fit in that province when none outside fits better ("Bergen NH" is
     * Bergen (NH.), exactly). When one outside does ("Hengelo (Gld)": Hengelo (O.) lies in Overijssel), the typed
     * province contradicts it, so the editor decides, told why. Null when nothing resembles the name.
     *
     * @param ranked the municipalities the name without its province may mean, best first
     */
    LineMatch resolve(String text, ProvinceNames.Qualified typed, List<Candidate> ranked) {
        if (ranked.isEmpty() || ranked.get(0).score() < PasteListResolver.FOUND) {
            return null;
        }
        double top = ranked.get(0).score();
        List<Candidate> inside = ranked.stream()
                .filter(c -> c.province().equals(typed.province()) && c.score() >= PasteListResolver.FOUND).toList();
        if (!inside.isEmpty() && inside.get(0).score() >= top - 1e-9) {
            Candidate best = inside.get(0);
            List<Candidate> others = PasteListResolver.alternatives(ranked, best);
            if (best.score() >= 0.999) {
                return new LineMatch(text, Status.EXACT, List.of(best.code()), 1.0, others);
            }
            Status status = best.score() >= PasteListResolver.LIKELY ? Status.LIKELY : Status.UNCERTAIN;
            return new LineMatch(text, status, List.of(best.code()), best.score(), others);
        }
        Candidate best = ranked.get(0);
        // What the typed province holds is offered first: the editor may have meant a look-alike there.
        List<Candidate> others = Stream.concat(inside.stream(), ranked.stream()
                        .filter(c -> c != best && !inside.contains(c) && c.score() >= PasteListResolver.ALTERNATIVE))
                .limit(4).toList();
        return new LineMatch(text, Status.UNCERTAIN, List.of(best.code()), Math.min(top, PasteListResolver.UNSURE),
                others, null, typed.province());
    }
}
