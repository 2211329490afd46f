package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * Both the editor's unsaved changes and a colleague's, saved meanwhile, in one version: a three-way merge against
 * the version both began from (the base), region by region and within a region thing by thing, as
 * {@link ConflictDiff} tells them apart (the name, sectors, scope, voorloper, each key figure, each member, each
 * practice example). What one side changed comes from that side, what both changed alike comes once.
 *
 * <p>What both changed differently is a clash, and then there is no merge at all, only the clashes named: a merge
 * of the rest would leave the editor to find out which of their own changes stood. So a merge is offered exactly
 * when {@link ConflictDiff} has nothing under "both", and nothing else clashes: the voorloper's note, the order or
 * printed names of members both kept, the file's own texts, or two regions the merge would give one name.
 *
 * <p>Corrections follow what they record: a published member list both sides changed keeps one correction, of the
 * merged list, with both sides' reasons, as {@link RegionEdit} keeps one for each list that differs from print.
 */
public final class ThreeWayMerge {

    /**
     * The merged version, or, when something clashes, none and the clashes, worded as {@link ConflictDiff} words
     * what both changed.
     */
    public record Result(RegionData merged, List<RegionDiff.Line> clashes) {
        public Result {
            clashes = List.copyOf(clashes);
        }

        public Optional<RegionData> data() {
            return Optional.ofNullable(merged);
        }
    }

    private static final String FILE_TEXTS = "file";
    private static final String SAME_NAME = "sameName";

    private final RegionMerge regions = new RegionMerge();

    private ThreeWayMerge() {
    }

    /**
     * @param base   the version both began from: the editor's loaded or last saved
     * @param mine   the editor's unsaved version
     * @param theirs the version a colleague saved meanwhile
     * @param names  municipality code to name, for the clashes' wording
     */
    public static Result of(RegionData base, RegionData mine, RegionData theirs, Function<String, String> names) {
        return of(base, mine, theirs, names, ConflictDiff.of(base, mine, theirs, names).both());
    }

    /**
     * As {@link #of(RegionData, RegionData, RegionData, Function)}, with what both changed already found by
     * {@link ConflictDiff} (for the question that offers the merge).
     */
    public static Result of(RegionData base, RegionData mine, RegionData theirs, Function<String, String> names,
                            List<RegionDiff.Line> changedByBoth) {
        ThreeWayMerge merge = new ThreeWayMerge();
        RegionData merged = merge.run(base, mine, theirs);
        List<RegionDiff.Line> clashes = new ArrayList<>(changedByBoth);
        for (RegionMerge.Clash c : merge.regions.clashes()) {
            Optional<RegionDiff.Line> unnamed = unnamed(c, merged);
            unnamed.filter(l -> !clashes.contains(l)).ifPresent(clashes::add);
        }
        if (clashes.isEmpty() && !merge.regions.clashes().isEmpty()) {
            // Told apart here and not by ConflictDiff: said by region, rather than merged unsaid.
            merge.regions.clashes().stream().map(c -> new RegionDiff.Line(c.regionId(),
                    Description.of("editor.merge.clash.region", displayName(c.regionId(), mine)))).distinct()
                    .forEach(clashes::add);
        }
        return clashes.isEmpty() ? new Result(merged, List.of()) : new Result(null, clashes);
    }

    /**
     * The merged data only, when nothing clashes: to carry a snapshot the editor's undo would return to over onto
     * the colleague's version, many at a time, without wording a clash for any.
     */
    public static Optional<RegionData> data(RegionData base, RegionData mine, RegionData theirs) {
        ThreeWayMerge merge = new ThreeWayMerge();
        RegionData merged = merge.run(base, mine, theirs);
        return merge.regions.clashes().isEmpty() ? Optional.of(merged) : Optional.empty();
    }

    private RegionData run(RegionData base, RegionData mine, RegionData theirs) {
        RegionData merged = new RegionData(
                regions.pick(null, FILE_TEXTS, base.schemaVersion(), mine.schemaVersion(), theirs.schemaVersion()),
                regions.pick(null, FILE_TEXTS, base.source(), mine.source(), theirs.source()),
                regions.pick(null, FILE_TEXTS, base.abcs(), mine.abcs(), theirs.abcs()),
                regions.pick(null, FILE_TEXTS, base.themes(), mine.themes(), theirs.themes()),
                regionList(base, mine, theirs));
        sameNames(merged, mine, theirs);
        return merged;
    }

    /**
     * The regions in the colleague's order, each merged; a region only the editor added comes after the one it
     * follows in the editor's list. A region one side removed is gone, unless the other side changed it: a clash.
     */
    private List<Region> regionList(RegionData base, RegionData mine, RegionData theirs) {
        Map<String, Region> b = RegionDiff.byId(base);
        Map<String, Region> m = RegionDiff.byId(mine);
        Map<String, Region> t = RegionDiff.byId(theirs);
        List<String> order = new ArrayList<>(t.keySet());
        List<String> mineOrder = new ArrayList<>(m.keySet());
        for (int i = 0; i < mineOrder.size(); i++) {
            if (!order.contains(mineOrder.get(i))) {
                order.add(i == 0 ? 0 : order.indexOf(mineOrder.get(i - 1)) + 1, mineOrder.get(i));
            }
        }
        List<Region> result = new ArrayList<>();
        for (String id : order) {
            Region merged = b.containsKey(id) && m.containsKey(id) && t.containsKey(id)
                    ? regions.merge(b.get(id), m.get(id), t.get(id))
                    : regions.pick(id, RegionDiff.WHOLE_REGION, b.get(id), m.get(id), t.get(id));
            if (merged != null) {
                result.add(merged);
            }
        }
        return result;
    }

    /** Two regions one name after the merge, where neither version had that: each side named one so. */
    private void sameNames(RegionData merged, RegionData mine, RegionData theirs) {
        if (namesOf(merged).equals(namesOf(mine)) || namesOf(merged).equals(namesOf(theirs))) {
            // Every name as one side has it: that side would have had the two regions of one name itself.
            return;
        }
        Set<String> before = new LinkedHashSet<>();
        before.addAll(sharedNames(mine));
        before.addAll(sharedNames(theirs));
        for (String slug : sharedNames(merged)) {
            if (!before.contains(slug)) {
                merged.regions().stream().filter(r -> Edits.slug(r.displayName()).equals(slug)).findFirst()
                        .ifPresent(r -> regions.clashes().add(new RegionMerge.Clash(r.id(), SAME_NAME)));
            }
        }
    }

    private static Map<String, String> namesOf(RegionData data) {
        Map<String, String> names = new HashMap<>();
        data.regions().forEach(r -> names.put(r.id(), r.displayName()));
        return names;
    }

    /** The names (as slugs, as {@link Edits} compares them) that more than one region of {@code data} goes by. */
    private static Set<String> sharedNames(RegionData data) {
        Map<String, Integer> count = new HashMap<>();
        data.regions().forEach(r -> count.merge(Edits.slug(r.displayName()), 1, Integer::sum));
        Set<String> shared = new LinkedHashSet<>();
        count.forEach((slug, n) -> {
            if (n > 1) {
                shared.add(slug);
            }
        });
        return shared;
    }

    /** A clash in something {@link ConflictDiff} does not tell, worded here; empty for what it names. */
    private static Optional<RegionDiff.Line> unnamed(RegionMerge.Clash c, RegionData merged) {
        String key = switch (c.aspect()) {
            case RegionMerge.VOORLOPER_NOTE -> "editor.merge.clash.voorloperNote";
            case RegionMerge.PUBLISHED_NAME -> "editor.merge.clash.publishedName";
            case RegionMerge.MEMBER_ORDER -> "editor.merge.clash.memberOrder";
            case SAME_NAME -> "editor.merge.clash.sameName";
            case FILE_TEXTS -> "editor.merge.clash.file";
            default -> null;
        };
        return key == null ? Optional.empty()
                : Optional.of(new RegionDiff.Line(c.regionId(), Description.of(key, displayName(c.regionId(), merged))));
    }

    private static String displayName(String regionId, RegionData data) {
        return regionId == null ? "" : data.regions().stream().filter(r -> r.id().equals(regionId))
                .map(Region::displayName).findFirst().orElse(regionId);
    }

}
