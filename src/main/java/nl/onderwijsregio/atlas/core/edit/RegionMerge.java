package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * One region of a {@link ThreeWayMerge}: the editor's version and a colleague's, each against the version both
 * began from, merged thing by thing, and the things both changed differently kept as clashes.
 */
final class RegionMerge {

    /** Something both sides changed, each differently: in {@code regionId} (null for the file's own texts). */
    record Clash(String regionId, String aspect) {
    }

    /** Aspects {@link RegionDiff} does not tell, so {@link ConflictDiff} does not name a clash in them. */
    static final String VOORLOPER_NOTE = "voorloperNote";
    static final String PUBLISHED_NAME = "publishedName";
    static final String MEMBER_ORDER = "memberOrder";

    private static final String MEMBERS = "members";
    private static final String CASES = "cases";

    private final List<Clash> clashes = new ArrayList<>();

    List<Clash> clashes() {
        return clashes;
    }

    /** What only one side changed, from that side; what both changed alike, once; else a clash (and mine). */
    <T> T pick(String regionId, String aspect, T base, T mine, T theirs) {
        if (Objects.equals(mine, base)) {
            return theirs;
        }
        if (!Objects.equals(theirs, base) && !Objects.equals(mine, theirs)) {
            clashes.add(new Clash(regionId, aspect));
        }
        return mine;
    }

    Region merge(Region base, Region mine, Region theirs) {
        if (mine.equals(base) || theirs.equals(base) || mine.equals(theirs)) {
            return pick(base.id(), "region", base, mine, theirs);
        }
        String id = base.id();
        Map<KeyFigure, Long> figures = new EnumMap<>(KeyFigure.class);
        for (KeyFigure f : KeyFigure.values()) {
            figures.put(f, pick(id, "figure " + f.jsonKey(), value(base, f), value(mine, f), value(theirs, f)));
        }
        Region merged = new Region(id,
                pick(id, "name", base.displayName(), mine.displayName(), theirs.displayName()),
                pick(id, PUBLISHED_NAME, base.publishedName(), mine.publishedName(), theirs.publishedName()),
                pick(id, "sectors", base.sectors(), mine.sectors(), theirs.sectors()),
                pick(id, "scope", base.scope(), mine.scope(), theirs.scope()),
                pick(id, "voorloper", base.voorloper(), mine.voorloper(), theirs.voorloper()),
                pick(id, VOORLOPER_NOTE, base.voorloperNote(), mine.voorloperNote(), theirs.voorloperNote()),
                KeyFigures.of(figures), members(base, mine, theirs), cases(base, mine, theirs), List.of());
        return merged.withCorrections(corrections(base, mine, theirs, merged));
    }

    private static Long value(Region region, KeyFigure figure) {
        var v = region.keyFigures().get(figure);
        return v.isPresent() ? v.getAsLong() : null;
    }

    /**
     * Each member in or out as the side that changed it has it. The list itself (its order, printed names, lines
     * without a code) comes from the side that changed the members both kept, if either did (a reorganisation names a
     * successor by both printed names); the other side's additions follow at its end.
     */
    private List<MemberRef> members(Region base, Region mine, Region theirs) {
        Set<String> inAll = new HashSet<>(base.memberCodes());
        inAll.retainAll(mine.memberCodes());
        inAll.retainAll(theirs.memberCodes());
        Predicate<MemberRef> kept = m -> m.code() == null || inAll.contains(m.code());
        List<MemberRef> keptInBase = base.members().stream().filter(kept).toList();
        List<MemberRef> keptByMine = mine.members().stream().filter(kept).toList();
        pick(base.id(), MEMBER_ORDER, keptInBase, keptByMine, theirs.members().stream().filter(kept).toList());
        boolean fromMine = !keptByMine.equals(keptInBase);
        Region start = fromMine ? mine : theirs;
        Region other = fromMine ? theirs : mine;
        Set<String> gone = new HashSet<>(base.memberCodes());
        gone.removeAll(other.memberCodes());
        List<MemberRef> result = new ArrayList<>(
                start.members().stream().filter(m -> m.code() == null || !gone.contains(m.code())).toList());
        Set<String> listed = new HashSet<>(start.memberCodes());
        for (MemberRef m : other.members()) {
            if (m.code() != null && !base.memberCodes().contains(m.code()) && listed.add(m.code())) {
                result.add(m);
            }
        }
        return result;
    }

    /** Each practice example as the side that changed it has it, in the order of the side that reordered them. */
    private List<CaseStory> cases(Region base, Region mine, Region theirs) {
        Map<String, CaseStory> b = byId(base.cases());
        Map<String, CaseStory> m = byId(mine.cases());
        Map<String, CaseStory> t = byId(theirs.cases());
        Set<String> ids = new LinkedHashSet<>(t.keySet());
        ids.addAll(m.keySet());
        ids.addAll(b.keySet());
        Map<String, CaseStory> merged = new LinkedHashMap<>();
        for (String id : ids) {
            CaseStory c = pick(base.id(), "case " + id, b.get(id), m.get(id), t.get(id));
            if (c != null) {
                merged.put(id, c);
            }
        }
        Set<String> inAll = new HashSet<>(b.keySet());
        inAll.retainAll(m.keySet());
        inAll.retainAll(t.keySet());
        List<String> baseOrder = b.keySet().stream().filter(inAll::contains).toList();
        List<String> mineOrder = m.keySet().stream().filter(inAll::contains).toList();
        pick(base.id(), "case order", baseOrder, mineOrder, t.keySet().stream().filter(inAll::contains).toList());
        boolean fromMine = !mineOrder.equals(baseOrder);
        Set<String> order = new LinkedHashSet<>(fromMine ? m.keySet() : t.keySet());
        order.addAll(fromMine ? t.keySet() : m.keySet());
        return order.stream().filter(merged::containsKey).map(merged::get).toList();
    }

    private static Map<String, CaseStory> byId(List<CaseStory> cases) {
        Map<String, CaseStory> map = new LinkedHashMap<>();
        cases.forEach(c -> map.put(c.id(), c));
        return map;
    }

    /**
     * The corrections of each field as the side that changed them has them; where both did, both sides' records,
     * one for two alike. A published list both sides changed then keeps one correction, as {@link RegionEdit} keeps
     * one per deviating list: what the list holds now, with the reasons of both.
     */
    private static List<Correction> corrections(Region base, Region mine, Region theirs, Region merged) {
        Map<String, List<Correction>> b = byField(base.corrections());
        Map<String, List<Correction>> m = byField(mine.corrections());
        Map<String, List<Correction>> t = byField(theirs.corrections());
        Set<String> fields = new LinkedHashSet<>(t.keySet());
        fields.addAll(m.keySet());
        List<Correction> result = new ArrayList<>();
        for (String field : fields) {
            List<Correction> bf = b.getOrDefault(field, List.of());
            List<Correction> mf = m.getOrDefault(field, List.of());
            List<Correction> tf = t.getOrDefault(field, List.of());
            result.addAll(mf.equals(bf) ? tf : tf.equals(bf) || tf.equals(mf) ? mf : both(bf, mf, tf));
        }
        if (RegionEdit.isFromThePublication(merged)) {
            result = oneForTheList(result, MEMBERS, Edits::memberText, Edits::isMemberText, merged);
            result = oneForTheList(result, CASES, Edits::caseIds, published -> true, merged);
        }
        return result;
    }

    private static Map<String, List<Correction>> byField(List<Correction> corrections) {
        Map<String, List<Correction>> map = new LinkedHashMap<>();
        corrections.forEach(c -> map.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c));
        return map;
    }

    /** The base's records both kept, then each side's new ones; one record for two alike, with both reasons. */
    private static List<Correction> both(List<Correction> base, List<Correction> mine, List<Correction> theirs) {
        Map<List<String>, Correction> merged = new LinkedHashMap<>();
        List<Correction> all = new ArrayList<>(base.stream().filter(mine::contains).filter(theirs::contains).toList());
        // Theirs first: saved before the editor's, they come first in the file as they did in time.
        theirs.stream().filter(c -> !base.contains(c)).forEach(all::add);
        mine.stream().filter(c -> !base.contains(c)).forEach(all::add);
        for (Correction c : all) {
            merged.merge(Arrays.asList(c.field(), c.published(), c.value()), c, (x, y) -> new Correction(x.field(),
                    x.published(), x.value(), reasons(x.reason(), y.reason())));
        }
        return List.copyOf(merged.values());
    }

    /** Both reasons, each once; a record without one adds none. */
    private static String reasons(String earlier, String reason) {
        return reason == null ? earlier : RegionEdit.gathered(earlier, reason);
    }

    /**
     * The one correction of a published list ({@code field}): what the merged list holds, against what was printed,
     * for every reason its records gave; none when it holds the printed items. Records in another form (the
     * publication's own, about one printed municipality) stay as they are.
     */
    private static List<Correction> oneForTheList(List<Correction> corrections, String field,
                                                  Function<Region, String> text, Predicate<String> ourForm,
                                                  Region merged) {
        Predicate<Correction> ours = c -> c.field().equals(field) && (c.published() == null || ourForm.test(c.published()));
        List<Correction> records = corrections.stream().filter(ours).toList();
        String now = text.apply(merged);
        if (records.isEmpty() || (records.size() == 1 && now.equals(records.get(0).value()))) {
            return corrections;
        }
        String published = records.get(0).published();
        String reasons = null;
        for (Correction c : records) {
            reasons = reasons(reasons, c.reason());
        }
        List<Correction> result = new ArrayList<>();
        boolean placed = false;
        for (Correction c : corrections) {
            if (!ours.test(c)) {
                result.add(c);
            } else if (!placed) {
                placed = true;
                if (published == null || !RegionEdit.items(now).equals(RegionEdit.items(published))) {
                    result.add(new Correction(field, published, now, reasons));
                }
            }
        }
        return result;
    }
}
