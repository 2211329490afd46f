package nl.onderwijsregio.atlas.core.model;

import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A region's published members, unmodifiable, with their distinct codes worked out once. Summaries, the map and
 * the validator ask for those codes many times per snapshot; a file may list a million memberships, and going
 * through them again on every question froze the window after opening one.
 *
 * <p>Equal to any list of the same members (it is one, to {@link Region}'s equals and hashCode).
 */
final class MemberRefs extends AbstractList<MemberRef> implements RandomAccess {

    private final List<MemberRef> members;
    private final Set<String> codes;

    private MemberRefs(List<MemberRef> members) {
        this.members = List.copyOf(members);
        Set<String> distinct = new LinkedHashSet<>();
        for (MemberRef m : this.members) {
            if (m.code() != null) {
                distinct.add(m.code());
            }
        }
        this.codes = Collections.unmodifiableSet(distinct);
    }

    /** {@code members} as such a list; one already is is kept as it is, so a region changed otherwise shares it. */
    static MemberRefs of(List<MemberRef> members) {
        return members instanceof MemberRefs refs ? refs : new MemberRefs(members);
    }

    /** The distinct codes in published order. */
    Set<String> codes() {
        return codes;
    }

    @Override
    public MemberRef get(int index) {
        return members.get(index);
    }

    @Override
    public int size() {
        return members.size();
    }
}
