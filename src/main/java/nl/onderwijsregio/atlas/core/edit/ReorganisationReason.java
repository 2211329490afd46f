package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * Why a reorganisation changed the members, as the data keeps reasons (in Dutch): which municipalities went into
 * which successor, by name and code. The step changes many regions at once, and the editor's reason field belongs
 * to the one region selected, so without this each region's correction would say it was changed "zonder opgegeven
 * reden" although the reason is known. Each region is given the mergers of its own members; the step as a whole
 * (the change log) all of them.
 */
final class ReorganisationReason {

    private static final String HEADING = "Gemeentelijke herindeling: ";
    private static final String MERGED = " opgegaan in ";
    private static final String SPLIT = " opgedeeld, met als opvolger ";
    private static final String AHEAD = " (volgens de codetabel, vooruitlopend op de nieuwe gemeentegrenzen)";
    private static final String BETWEEN = "; ";

    /**
     * One old municipality and where its memberships went.
     *
     * @param chosen the editor chose the successor, for a municipality split into parts
     * @param ahead  the old municipality is still in the loaded boundaries: a code table applied ahead of them
     */
    record Move(String oldCode, String oldName, String newCode, String newName, boolean chosen, boolean ahead) {
    }

    /** The moves into one successor that are told in one sentence. */
    private record Merger(String newCode, String newName, boolean chosen, boolean ahead, List<Move> moves) {

        String text() {
            List<String> old = moves.stream().map(m -> named(m.oldName(), m.oldCode())).toList();
            String all = old.size() == 1 ? old.get(0)
                    : String.join(", ", old.subList(0, old.size() - 1)) + " en " + old.get(old.size() - 1);
            return all + (chosen ? SPLIT : MERGED) + named(newName, newCode) + (ahead ? AHEAD : "");
        }

        boolean concerns(Set<String> codes) {
            return moves.stream().anyMatch(m -> codes.contains(m.oldCode()));
        }
    }

    private final List<Merger> mergers = new ArrayList<>();

    ReorganisationReason(Collection<Move> moves) {
        Map<List<Object>, List<Move>> grouped = new LinkedHashMap<>();
        for (Move m : moves) {
            // A chosen successor of a split is no merger, even into a municipality others merged into.
            grouped.computeIfAbsent(List.of(m.newCode(), m.chosen(), m.ahead()), k -> new ArrayList<>()).add(m);
        }
        grouped.values().forEach(g -> mergers.add(
                new Merger(g.get(0).newCode(), g.get(0).newName(), g.get(0).chosen(), g.get(0).ahead(), g)));
    }

    /** Every merger of the step, for the step itself. */
    String whole() {
        return told(mergers);
    }

    /** The mergers of {@code region}'s members, for its correction. */
    String of(Region region) {
        Set<String> codes = region.memberCodes();
        return told(mergers.stream().filter(m -> m.concerns(codes)).toList());
    }

    private static String told(List<Merger> mergers) {
        return mergers.isEmpty() ? null
                : HEADING + String.join(BETWEEN, mergers.stream().map(Merger::text).toList());
    }

    private static String named(String name, String code) {
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }
}
