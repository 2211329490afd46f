package nl.onderwijsregio.atlas.core.edit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.edit.RegionDiff.Change;
import nl.onderwijsregio.atlas.core.edit.RegionDiff.Line;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * The differences that stop a save, told by whose they are. Against the version the editor loaded or last saved
 * (the base), each difference between the editor's version and the one on disk is the editor's own change, a
 * colleague's change saved meanwhile, or a thing both changed, each differently: only those are real
 * conflicts. An own or a colleague's change is worded from the base ("Deventer toegevoegd"), a conflict as the
 * two versions have it ("Uw versie: 120 / Versie op schijf: 130").
 */
public final class ConflictDiff {

    /** The differences sorted by whose they are, each in the order the regions come. */
    public record Sorted(List<Line> own, List<Line> theirs, List<Line> both) {
    }

    private ConflictDiff() {
    }

    /**
     * @param base   the version both started from: loaded or last saved
     * @param mine   the editor's unsaved version
     * @param onDisk the version a colleague saved
     * @param names  municipality code to name, for readable member lines
     */
    public static Sorted of(RegionData base, RegionData mine, RegionData onDisk, Function<String, String> names) {
        Map<Key, Change> own = byAspect(RegionDiff.changes(base, mine, names, RegionDiff.WORDING));
        Map<Key, Change> theirs = byAspect(RegionDiff.changes(base, onDisk, names, RegionDiff.WORDING));
        // Sets: a region one side added or removed as a whole is one change, however many differences it makes.
        Set<Line> ownLines = new LinkedHashSet<>();
        Set<Line> theirLines = new LinkedHashSet<>();
        Set<Line> bothLines = new LinkedHashSet<>();
        for (Change difference : RegionDiff.changes(mine, onDisk, names, RegionDiff.VERSUS_DISK)) {
            Optional<Change> byMe = madeBy(difference, own);
            Optional<Change> byThem = madeBy(difference, theirs);
            if (byMe.isPresent() && byThem.isEmpty()) {
                ownLines.add(byMe.get().line());
            } else if (byThem.isPresent() && byMe.isEmpty()) {
                theirLines.add(byThem.get().line());
            } else {
                bothLines.add(difference.line());
            }
        }
        return new Sorted(List.copyOf(ownLines), List.copyOf(theirLines), List.copyOf(bothLines));
    }

    /**
     * The change on one side that makes {@code difference}: of that very thing, or of its whole region (added or
     * removed on that side). A region there on one side only differs as a whole, and whoever changed anything in
     * it had a hand in that: the editor's members of a region the colleague removed are a conflict.
     */
    private static Optional<Change> madeBy(Change difference, Map<Key, Change> side) {
        Change same = side.get(new Key(difference.regionId(), difference.aspect()));
        if (same == null) {
            same = side.get(new Key(difference.regionId(), RegionDiff.WHOLE_REGION));
        }
        if (same == null && difference.aspect().equals(RegionDiff.WHOLE_REGION)) {
            return side.values().stream().filter(c -> c.regionId().equals(difference.regionId())).findFirst();
        }
        return Optional.ofNullable(same);
    }

    private static Map<Key, Change> byAspect(List<Change> changes) {
        Map<Key, Change> map = new LinkedHashMap<>();
        changes.forEach(c -> map.put(new Key(c.regionId(), c.aspect()), c));
        return map;
    }

    private record Key(String regionId, String aspect) {
    }
}
