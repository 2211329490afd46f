package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * Members added to a region, taken back as the loaded version of that region had them. A municipality removed and
 * added again is the one the publication printed: it gets its printed name back (which a member the editor adds has
 * none of, and which no correction would record as lost), every entry of it (Rijnmond's Barendrecht is printed twice,
 * and the data keeps what was published), and its place, as long as the region's members still stand in the loaded
 * order. So removing and adding again leaves the file as it was.
 */
final class MembersAsLoaded {

    private MembersAsLoaded() {
    }

    /**
     * {@code members} with {@code added} (codes not among them): each as {@code loaded} had it, else with no printed
     * name at the end.
     *
     * @param loaded the region as loaded, or null for one the loaded version did not have (or none known)
     */
    static List<MemberRef> with(List<MemberRef> members, List<String> added, Region loaded) {
        List<MemberRef> result = new ArrayList<>(members);
        List<MemberRef> asLoaded = loaded == null ? List.of() : loaded.members();
        Set<String> restored = Set.copyOf(asLoaded.stream().map(MemberRef::code).filter(added::contains).toList());
        if (!restored.isEmpty() && inLoadedOrder(members, asLoaded)) {
            putBackInPlace(result, asLoaded, restored);
        } else {
            asLoaded.stream().filter(m -> restored.contains(m.code())).forEach(result::add);
        }
        added.stream().filter(c -> !restored.contains(c)).forEach(c -> result.add(new MemberRef(c, null)));
        return result;
    }

    /**
     * Whether the members the loaded version had stand in its order still: then a member put back has a place
     * among them. Members the editor added in between do not count.
     */
    private static boolean inLoadedOrder(List<MemberRef> members, List<MemberRef> asLoaded) {
        Set<String> loadedCodes = codes(asLoaded);
        Set<String> present = codes(members);
        List<String> now = members.stream().map(MemberRef::code).filter(loadedCodes::contains).toList();
        List<String> then = asLoaded.stream().map(MemberRef::code).filter(present::contains).toList();
        return now.equals(then);
    }

    /** Each loaded entry of {@code restored} goes right after the loaded entry before it that is still there. */
    private static void putBackInPlace(List<MemberRef> result, List<MemberRef> asLoaded, Set<String> restored) {
        int at = 0;
        for (MemberRef m : asLoaded) {
            if (restored.contains(m.code())) {
                result.add(at++, m);
                continue;
            }
            int found = indexOf(result, m.code(), at);
            if (found >= 0) {
                at = found + 1;
            }
        }
    }

    private static int indexOf(List<MemberRef> members, String code, int from) {
        for (int i = from; i < members.size(); i++) {
            if (Objects.equals(members.get(i).code(), code)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> codes(List<MemberRef> members) {
        Set<String> codes = new HashSet<>();
        members.forEach(m -> codes.add(m.code()));
        return codes;
    }
}
