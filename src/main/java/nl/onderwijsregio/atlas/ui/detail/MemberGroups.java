package nl.onderwijsregio.atlas.ui.detail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.summary.DataNote;
import nl.onderwijsregio.atlas.core.summary.MemberFact;
import nl.onderwijsregio.atlas.core.text.DutchOrder;
import nl.onderwijsregio.atlas.ui.detail.DetailViewModel.MemberGroup;
import nl.onderwijsregio.atlas.ui.detail.DetailViewModel.MemberItem;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Sorts a verzorgingsgebied into the members that speak for themselves and groups of members that share
 * one printed name and one correction, such as the twelve municipalities behind a printed "Drenthe". A
 * shared correction is told once, above its group, instead of under each of its rows, where forty
 * identical notes (Mbo Noord-Nederland) tripled the list.
 */
final class MemberGroups {

    /** Two rows with the same note are already one repetition too many. */
    static final int SHARED = 2;

    private MemberGroups() {
    }

    /**
     * The members without a shared note first (in the given order), then one group per shared printed
     * name, ordered by that name. {@code item} makes a row, told whether its note is said by its group.
     */
    static List<MemberGroup> of(List<MemberFact> members, ItemMaker item) {
        Map<List<String>, Long> counts = members.stream().filter(MemberGroups::noted)
                .collect(Collectors.groupingBy(MemberGroups::key, LinkedHashMap::new, Collectors.counting()));
        List<MemberItem> alone = new ArrayList<>();
        Map<List<String>, List<MemberItem>> shared = new LinkedHashMap<>();
        for (MemberFact m : members) {
            if (noted(m) && counts.get(key(m)) >= SHARED) {
                shared.computeIfAbsent(key(m), k -> new ArrayList<>()).add(item.make(m, true));
            } else {
                alone.add(item.make(m, false));
            }
        }
        List<MemberGroup> groups = new ArrayList<>();
        if (!alone.isEmpty()) {
            groups.add(new MemberGroup("", alone));
        }
        shared.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, List<MemberItem>> e) -> DutchOrder.key(e.getKey().get(0))))
                .forEach(e -> groups.add(new MemberGroup(note(e.getKey(), e.getValue().size()), e.getValue())));
        return groups;
    }

    /** Whether the member has anything a note would tell: a printed name of its own, or a correction. */
    private static boolean noted(MemberFact m) {
        return m.printedInRecord() || m.correction() != null;
    }

    /**
     * What the group's rows share: the printed name and why it was resolved as it was (may be null). The
     * municipality Groningen, printed as "Groningen" with the province's other nine, keeps that printed name, so it
     * joins their group rather than stand apart above it; a member without one is printed as it is named.
     */
    private static List<String> key(MemberFact m) {
        return Arrays.asList(m.printedInRecord() ? m.publishedName() : m.name(), m.correction());
    }

    private static String note(List<String> key, int size) {
        String printed = Messages.t("detail.members.group", key.get(0), size);
        return key.get(1) == null ? printed : Messages.t("detail.member.publishedWhy", printed,
                DataNote.of(key.get(1), Messages.current().locale(), Messages::t));
    }

    /** Makes a member's row; {@code shared} when its group says its printed name and correction. */
    @FunctionalInterface
    interface ItemMaker {
        MemberItem make(MemberFact member, boolean shared);
    }

    /** Every row of the groups, in the order shown. */
    static List<MemberItem> rows(List<MemberGroup> groups) {
        return groups.stream().flatMap(g -> g.members().stream()).collect(Collectors.toList());
    }
}
