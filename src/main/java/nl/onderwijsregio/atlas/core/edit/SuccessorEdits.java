package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * The edits of a municipal reorganisation: old codes replaced by their successors in every region, following
 * chains of mergers to their end. Apart from {@link Edits}, whose edits change one region at the editor's hand.
 */
public final class SuccessorEdits {

    private SuccessorEdits() {
    }

    /**
     * After a municipal reorganisation: every membership of an old code moves to its successor, keeping
     * the published names for traceability. A successor that has a successor of its own is followed to the
     * last one. One step for all regions.
     *
     * @throws EditException when successors lead round in a circle
     */
    public static Edit replaceCodes(Atlas atlas, Map<String, String> successors, String reason) {
        return replaceCodes(atlas, successors, reason, region -> reason);
    }

    /**
     * As {@link #replaceCodes(Atlas, Map, String)}, each region's correction with its own reason: {@code reason}
     * explains the whole step, {@code regionReason} what of it concerns one region.
     */
    static Edit replaceCodes(Atlas atlas, Map<String, String> successors, String reason,
                             Function<Region, String> regionReason) {
        Map<String, String> last = new LinkedHashMap<>();
        successors.keySet().forEach(code -> last.put(code, lastSuccessor(successors, code)));
        List<Edit> parts = new ArrayList<>();
        for (Region region : atlas.regions()) {
            if (region.members().stream().noneMatch(m -> last.containsKey(m.code()))) {
                continue;
            }
            parts.add(new RegionEdit(region.id(), Description.of("editor.step.successors", successors.size()),
                    regionReason.apply(region), "members", r -> r.withMembers(succeeded(r.members(), last)),
                    Edits::memberText, Edits::memberTextIfPublished, Edits::isMemberText)
                    .keeping(RegionEdit.Deviation.LIST));
        }
        return new CompoundEdit(Description.of("editor.step.successors", successors.size()), parts, reason);
    }

    /**
     * {@code members} with each old code replaced by its successor, one membership per successor. Two old
     * municipalities merged into one, or into one already a member, keep all their printed names in that one
     * membership ("Stadskanaal / Veendam", a slash, as printed names may hold commas: "Nuenen, Gerwen en
     * Nederwetten"): the publication printed both, and the one dropped would be lost from
     * the data. A member not merged into keeps its place and name, published duplicates too.
     */
    private static List<MemberRef> succeeded(List<MemberRef> members, Map<String, String> last) {
        Set<String> kept = new HashSet<>();
        Set<String> mergedInto = new HashSet<>();
        for (MemberRef m : members) {
            if (last.containsKey(m.code())) {
                mergedInto.add(last.get(m.code()));
            } else if (m.code() != null) {
                kept.add(m.code());
            }
        }
        Map<String, Set<String>> printed = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (MemberRef m : members) {
            String code = last.getOrDefault(m.code(), m.code());
            // a published duplicate of a member merged into adds no printed name of its own
            boolean counts = last.containsKey(m.code()) || mergedInto.contains(code) && named.add(code);
            if (counts && m.publishedName() != null) {
                printed.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(m.publishedName());
            }
        }
        Set<String> written = new HashSet<>();
        List<MemberRef> result = new ArrayList<>();
        for (MemberRef m : members) {
            boolean moves = last.containsKey(m.code());
            String code = moves ? last.get(m.code()) : m.code();
            // An old membership merged into a member that stays goes; that member carries its printed name.
            boolean mergedHere = mergedInto.contains(code) && (!moves || !kept.contains(code));
            if (mergedHere && written.add(code)) {
                Set<String> names = printed.get(code);
                result.add(new MemberRef(code, names == null ? null : String.join(" / ", names)));
            } else if (!moves) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * Where {@code code} ends up when municipalities merge again (Olst-Wijhe into Deventer, Deventer later
     * into another): {@code code} itself when it has no successor or is its own, as in a full code table.
     *
     * @throws EditException when the successors lead back to a code they passed
     */
    static String lastSuccessor(Map<String, String> successors, String code) {
        List<String> chain = succession(successors, code);
        if (isCircle(chain)) {
            throw new EditException(EditProblem.SUCCESSORS_IN_A_CIRCLE, String.join(" → ", chain));
        }
        return chain.get(chain.size() - 1);
    }

    /** Whether a {@link #succession} came back to a code it had passed. */
    static boolean isCircle(List<String> succession) {
        return succession.indexOf(succession.get(succession.size() - 1)) != succession.size() - 1;
    }

    /**
     * {@code code} and its successors in turn; when they go round in a circle the list stops at the first
     * code that comes back, so it ends with a code it already holds.
     */
    static List<String> succession(Map<String, String> successors, String code) {
        List<String> chain = new ArrayList<>(List.of(code));
        Set<String> passed = new HashSet<>(chain);
        String current = code;
        while (successors.containsKey(current) && !successors.get(current).equals(current)) {
            current = successors.get(current);
            chain.add(current);
            if (!passed.add(current)) {
                break;
            }
        }
        return chain;
    }

}
