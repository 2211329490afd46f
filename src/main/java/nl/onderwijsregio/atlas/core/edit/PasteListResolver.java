package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.text.NameMatcher;
import nl.onderwijsregio.atlas.core.text.ProvinceNames;

/**
 * Turns a list of municipality names, pasted as people copy them from documents, into CBS codes.
 *
 * <p>Lines are split on new lines, semicolons, commas and a final "en"; pieces are joined again where the
 * joined text is a better name, so "Nuenen, Gerwen en Nederwetten" stays one municipality while
 * "Zwolle, Kampen en Deventer" is three. A line copied from a table (cells apart by tabs) is one municipality,
 * its first cell that reads as a name. Names are compared with {@link NameMatcher} (case, diacritics,
 * CBS suffixes, typos). When a name fits several municipalities equally ("Bergen"), the one that is
 * already a member, borders a member, or lies closest to the members wins; a province typed after the name
 * ("Bergen (L.)", "Bergen NH") decides first ({@link ProvinceLines}). "Provincie Utrecht", and "Drenthe" alone,
 * stand for all the province's municipalities; "Utrecht" alone is the municipality, the province offered beside
 * it. A CBS code beside a name
 * ("Dalfsen (GM0148)") decides by itself, unless the name fits another municipality better; bullets, footnote
 * marks and the word "gemeente" are read past ({@link PastedName}).
 */
public final class PasteListResolver {

    /** A municipality a line may mean. */
    public record Candidate(String code, String name, String province, double score) {
    }

    /** How a line was resolved. */
    public enum Status {
        /** The name is a municipality's name (or alias, or code), or its code with a name that fits. */
        EXACT,
        /** A close spelling of one municipality. */
        LIKELY,
        /** A homonym, decided by the region's members and their neighbours. */
        BY_NEIGHBOURHOOD,
        /** A whole province. */
        PROVINCE,
        /** A guess the editor must confirm by choosing. */
        UNCERTAIN,
        /** Nothing resembles it. */
        NOT_FOUND
    }

    /**
     * One line of the pasted list.
     *
     * @param text         the line as pasted, trimmed
     * @param status       how it was resolved
     * @param codes        the municipalities it resolves to (one, all of a province, or none)
     * @param confidence   0 to 1
     * @param alternatives other municipalities it may mean, best first
     * @param alsoProvince a province the line names as well, offered as a whole beside the municipality it
     *                     names ("Groningen"); null when none
     * @param notIn        the province typed after the name, which the municipality it resolves to lies outside
     *                     of ("Hengelo (Gld)"); null when none was typed or it fits
     */
    public record LineMatch(String text, Status status, List<String> codes, double confidence,
                            List<Candidate> alternatives, String alsoProvince, String notIn) {
        public LineMatch {
            codes = List.copyOf(codes);
            alternatives = List.copyOf(alternatives);
        }

        public LineMatch(String text, Status status, List<String> codes, double confidence,
                         List<Candidate> alternatives) {
            this(text, status, codes, confidence, alternatives, null, null);
        }

        LineMatch withAlsoProvince(String province) {
            return new LineMatch(text, status, codes, confidence, alternatives, province, notIn);
        }

        /** Whether the line is applied without the editor choosing first. */
        public boolean acceptedByDefault() {
            return status != Status.UNCERTAIN && status != Status.NOT_FOUND;
        }
    }

    /** A piece's score must exceed this to be worth more as a name on its own than joined with its neighbours. */
    static final double GOOD = 0.7;
    static final double LIKELY = 0.6;
    static final double FOUND = 0.45;
    static final double ALTERNATIVE = 0.5;
    /** The confidence of a guess the editor is asked to confirm. */
    static final double UNSURE = 0.5;
    private static final int MAX_JOIN = 4;
    private static final Pattern SEPARATORS = Pattern.compile("\\s*,\\s*|\\s+(?:en|&)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROVINCE = Pattern.compile("^(?:provincie|province|prov\\.?)\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    private final List<Municipality> municipalities;
    private final Map<String, Municipality> byCode = new LinkedHashMap<>();
    private final MunicipalityGraph graph;
    private final ProvinceLines provinces;
    private final Map<String, List<Candidate>> ranked = new java.util.concurrent.ConcurrentHashMap<>();

    public PasteListResolver(Collection<Municipality> municipalities, MunicipalityGraph graph) {
        this.municipalities = List.copyOf(municipalities);
        this.municipalities.forEach(m -> byCode.put(m.code(), m));
        this.graph = graph;
        this.provinces = new ProvinceLines(this.municipalities);
    }

    /**
     * Resolves every line of {@code pasted}.
     *
     * @param members the region's current members, used to choose between homonyms
     */
    public List<LineMatch> resolve(String pasted, Set<String> members) {
        List<LineMatch> result = new ArrayList<>();
        for (String line : pasted.split("[\\r\\n]+")) {
            for (String part : line.contains("\t") ? tableRow(line) : pieces(line)) {
                // a bullet on a line of its own names nothing
                if (!PastedName.read(part).text().isEmpty()) {
                    result.add(resolveOne(part, members));
                }
            }
        }
        return result;
    }

    private List<String> pieces(String line) {
        List<String> pieces = new ArrayList<>();
        for (String chunk : line.split(";")) {
            if (!chunk.isBlank()) {
                pieces.addAll(segment(chunk.strip()));
            }
        }
        return pieces;
    }

    /**
     * A line copied from a table holds one municipality's cells (a number, its name, code, province, figures):
     * the first cell that reads as a name is the municipality, with a cell holding its code beside it. A row of
     * nothing but names is a list laid out sideways, each cell a line of its own.
     */
    private List<String> tableRow(String line) {
        List<String> cells = Arrays.stream(line.split("\t")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        List<String> names = cells.stream()
                .filter(c -> !PastedName.isCode(c) && c.codePoints().anyMatch(Character::isLetter)).toList();
        if (names.size() > 1 && names.size() == cells.size() && names.stream().allMatch(n -> bestScore(n) >= 0.999)) {
            return names;
        }
        String code = cells.stream().filter(PastedName::isCode).findFirst().orElse("");
        // A row without a name (a table's header) is shown whole, as not found, rather than by one of its cells.
        String name = names.stream().filter(n -> bestScore(n) >= FOUND).findFirst().orElse(String.join(" ", cells));
        return List.of((name + " " + code).strip());
    }

    /** Resolves one name, or a name with its CBS code beside it. */
    public LineMatch resolveOne(String rawText, Set<String> members) {
        PastedName pasted = PastedName.read(rawText);
        String text = pasted.text();
        Matcher province = PROVINCE.matcher(text);
        if (province.matches()) {
            LineMatch p = provinces.named(text, province.group(1));
            if (p != null) {
                return p;
            }
        }
        if (pasted.code() == null) {
            return byNameOrProvince(text, pasted.name(), members);
        }
        Municipality coded = byCode.get(pasted.code());
        if (coded != null) {
            return byCode(text, pasted.name(), coded);
        }
        // A code this edition does not know (an older one's, or mistyped) confirms nothing the name may say.
        return pasted.name().isEmpty() ? byName(text, text, members)
                : unconfirmed(byNameOrProvince(text, pasted.name(), members));
    }

    /** A name that may be a province's, or carry one after it ("Bergen NH"); else {@link #byName}. */
    private LineMatch byNameOrProvince(String text, String name, Set<String> members) {
        String province = provinces.province(name);
        if (province != null) {
            LineMatch municipality = byName(text, name, members);
            // Groningen and Utrecht are both: the municipality, named exactly, stays the match and the province is
            // offered beside it; any other fit ("Drenthe" → Midden-Drenthe) is a look-alike of the province named.
            return municipality.status() == Status.EXACT ? municipality.withAlsoProvince(province)
                    : provinces.whole(text, province);
        }
        ProvinceNames.Qualified typed = provinces.qualified(name);
        // A province word after a space may be part of the name itself ("Súdwest Fryslân"), which then fits exactly.
        if (typed != null && (typed.bracketed() || bestScore(name) < 0.999)) {
            LineMatch m = provinces.resolve(text, typed, rank(typed.name()));
            if (m != null) {
                return m;
            }
        }
        return byName(text, name, members);
    }

    /**
     * A code decides: a name beside it that fits it is the same municipality written out, while a name that fits
     * another municipality better means one of the two was copied wrongly, and the editor chooses between them.
     */
    private LineMatch byCode(String text, String name, Municipality coded) {
        LineMatch exact = new LineMatch(text, Status.EXACT, List.of(coded.code()), 1.0, List.of());
        if (name.isEmpty()) {
            return exact;
        }
        List<Candidate> byName = rank(name);
        double fit = NameMatcher.score(name, coded.name());
        if (fit >= LIKELY && fit >= byName.get(0).score() - 1e-9) {
            return exact;
        }
        List<Candidate> others = byName.stream()
                .filter(c -> !c.code().equals(coded.code()) && c.score() >= ALTERNATIVE).limit(4).toList();
        return new LineMatch(text, Status.UNCERTAIN, List.of(coded.code()), UNSURE, others);
    }

    private static LineMatch unconfirmed(LineMatch m) {
        return m.acceptedByDefault()
                ? new LineMatch(m.text(), Status.UNCERTAIN, m.codes(), Math.min(m.confidence(), UNSURE), m.alternatives())
                : m;
    }

    private LineMatch byName(String text, String name, Set<String> members) {
        List<Candidate> ranked = rank(name);
        if (ranked.isEmpty() || ranked.get(0).score() < FOUND) {
            return new LineMatch(text, Status.NOT_FOUND, List.of(), 0, ranked.stream().limit(3).toList());
        }
        double top = ranked.get(0).score();
        List<Candidate> tied = ranked.stream().filter(c -> c.score() >= top - 1e-9).toList();
        if (tied.size() > 1) {
            return homonym(text, tied, ranked, members);
        }
        Candidate best = ranked.get(0);
        List<Candidate> others = alternatives(ranked, best);
        if (top >= 0.999) {
            return new LineMatch(text, Status.EXACT, List.of(best.code()), 1.0, others);
        }
        boolean closeSecond = ranked.size() > 1 && ranked.get(1).score() > top - 0.03;
        Status status = top >= LIKELY && !closeSecond ? Status.LIKELY : Status.UNCERTAIN;
        return new LineMatch(text, status, List.of(best.code()), top, others);
    }

    /** How far from the region's nearest member a homonym may lie and still be chosen for being the closer one. */
    private static final double NEAR_KM = 30;
    private static final double CLEARLY_CLOSER_KM = 25;

    private LineMatch homonym(String text, List<Candidate> tied, List<Candidate> ranked, Set<String> members) {
        if (members.isEmpty()) {
            return new LineMatch(text, Status.UNCERTAIN, List.of(tied.get(0).code()), UNSURE,
                    alternatives(ranked, tied.get(0)));
        }
        Candidate best = tied.stream().min(Comparator.comparingDouble(c -> closeness(c.code(), members))).orElseThrow();
        double closeness = closeness(best.code(), members);
        double second = tied.stream().filter(c -> c != best).mapToDouble(c -> closeness(c.code(), members)).min().orElse(1e9);
        // A member or a neighbour of one is near-certain; being merely closer is a good hint, not proof, and only
        // when it lies near the region at all: for Food Valley, Bergen (L.) is closer than Bergen (NH.), yet far.
        double confidence = closeness <= 0 ? 0.95
                : closeness <= NEAR_KM && second - closeness > CLEARLY_CLOSER_KM ? 0.8 : 0.55;
        Status status = confidence >= 0.8 ? Status.BY_NEIGHBOURHOOD : Status.UNCERTAIN;
        return new LineMatch(text, status, List.of(best.code()), confidence, alternatives(ranked, best));
    }

    /** 0 for a member or a neighbour of a member, else the distance in km to the nearest member. */
    private double closeness(String code, Set<String> members) {
        if (members.contains(code) || members.stream().anyMatch(m -> graph.areNeighbours(code, m))) {
            return 0;
        }
        return members.stream().mapToDouble(m -> graph.distanceKm(code, m)).min().orElse(Double.POSITIVE_INFINITY);
    }

    private List<Candidate> rank(String text) {
        // The segmentation asks for the same pieces again and again; names are compared once per text.
        List<Candidate> known = ranked.get(text);
        if (known != null) {
            return known;
        }
        List<Candidate> all = new ArrayList<>();
        for (Municipality m : municipalities) {
            double s = NameMatcher.score(text, m.name());
            if (s > 0.3) {
                all.add(new Candidate(m.code(), m.name(), m.province(), s));
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::name));
        List<Candidate> result = List.copyOf(all);
        if (ranked.size() > 10_000) {
            ranked.clear();
        }
        ranked.put(text, result);
        return result;
    }

    static List<Candidate> alternatives(List<Candidate> ranked, Candidate chosen) {
        return ranked.stream().filter(c -> c != chosen && c.score() >= ALTERNATIVE).limit(4).toList();
    }

    private double bestScore(String text) {
        Candidate best = best(text);
        return best == null ? 0 : best.score();
    }

    /** The municipality {@code text} most likely means: by the code in it, else by its name; null when none. */
    private Candidate best(String text) {
        PastedName pasted = PastedName.read(text);
        Municipality coded = pasted.code() == null ? null : byCode.get(pasted.code());
        if (coded != null) {
            return new Candidate(coded.code(), coded.name(), coded.province(), 1.0);
        }
        List<Candidate> r = rank(pasted.name());
        return r.isEmpty() ? null : r.get(0);
    }

    /**
     * Splits one line on commas and "en", then joins neighbouring pieces back where that reads as a better
     * name: the split maximising the sum of (score − {@value #GOOD}) over its parts.
     */
    List<String> segment(String line) {
        if (PROVINCE.matcher(PastedName.read(line).text()).matches()) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        Matcher m = SEPARATORS.matcher(line);
        int at = 0;
        while (m.find()) {
            pieces.add(line.substring(at, m.start()));
            seps.add(m.group());
            at = m.end();
        }
        pieces.add(line.substring(at));
        int n = pieces.size();
        if (n == 1) {
            return List.of(line.strip());
        }
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = Double.NEGATIVE_INFINITY;
            for (int i = Math.max(0, j - MAX_JOIN); i < j; i++) {
                String joined = join(pieces, seps, i, j);
                Candidate meant = joined.isBlank() ? null : best(joined);
                double score = joined.isBlank() ? GOOD : meant == null ? 0 : meant.score();
                // Joined pieces must make a good name, and no piece alone may name another municipality better:
                // else a typo and an unknown word on either side would swallow a real name between them
                // ("Wageningn, Den Haag, Xyzzy"), while "Neunen, Gewen en Nederwetten" is still one.
                if (j - i > 1 && (score < GOOD || aPieceNamesAnotherBetter(pieces, i, j, meant))) {
                    continue;
                }
                double value = best[i] + score - GOOD;
                if (value > best[j]) {
                    best[j] = value;
                    from[j] = i;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            String joined = join(pieces, seps, from[j], j).strip();
            if (!joined.isEmpty()) {
                parts.add(0, joined);
            }
        }
        return parts;
    }

    /** Whether a piece from {@code i} to {@code j} alone fits a municipality other than {@code meant} better. */
    private boolean aPieceNamesAnotherBetter(List<String> pieces, int i, int j, Candidate meant) {
        for (int k = i; k < j; k++) {
            Candidate alone = pieces.get(k).isBlank() ? null : best(pieces.get(k));
            if (alone != null && alone.score() > meant.score() && !alone.code().equals(meant.code())) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<String> pieces, List<String> seps, int i, int j) {
        StringBuilder sb = new StringBuilder(pieces.get(i));
        for (int k = i + 1; k < j; k++) {
            sb.append(seps.get(k - 1)).append(pieces.get(k));
        }
        return sb.toString();
    }
}
