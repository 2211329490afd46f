package nl.onderwijsregio.atlas.core.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.text.DutchOrder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A municipal reorganisation (herindeling): memberships that refer to codes the new edition no longer has,
 * with their proposed successors, either from a CSV of old and new codes or from the geometries of a newer
 * boundary file (the new municipality that covers most of the old one). Confirming is one undoable edit.
 *
 * <p>A code table is read while the loaded boundaries stay as they are, and those are usually still the ones
 * from before the reorganisation: the atlas loads no member code its boundaries lack, so every old code in
 * the table is one they still have. Filling in its successor then leaves the old municipality on the map in
 * no region until the newer boundaries come, and a table that is wrong for these boundaries (Dalfsen "into"
 * Hardenberg, Hardenberg "into" Ommen) takes municipalities that still exist out of their regions. So such
 * memberships are {@linkplain Stale#stillInBoundaries() named as still in the boundaries} and left alone
 * unless the editor explicitly goes {@code aheadOfBoundaries}; the table stays usable for its purpose, preparing
 * the data before the newer shapefile is at hand, but never does so unasked. A successor the loaded boundaries
 * do not have yet is never filled in (the saved file would not load with them).
 */
public final class Reorganisation {

    /**
     * One membership whose code is gone, and what it should become (null when no successor is known).
     *
     * @param newCode           the successor in the loaded (or newer) edition, or null
     * @param namedElsewhere    a successor the code list names that no loaded edition has yet, or null
     * @param stillInBoundaries the old code is still a municipality of the boundaries kept after confirming: a
     *                          code table read ahead of the newer boundaries
     */
    public record Stale(String regionId, String regionName, String oldCode, String oldName, String newCode,
                        String newName, String namedElsewhere, boolean stillInBoundaries) {

        /** Whether confirming fills in the successor without the editor going ahead of the boundaries. */
        public boolean proposed() {
            return newCode != null && !stillInBoundaries;
        }
    }

    private final Map<String, String> successors;
    private final Map<String, Integer> lines;
    private final List<Municipality> edition;

    private Reorganisation(Map<String, String> successors, Map<String, Integer> lines, List<Municipality> edition) {
        this.successors = Map.copyOf(successors);
        this.lines = lines;
        this.edition = edition == null ? null : List.copyOf(edition);
    }

    /**
     * Successors from a CSV with an old and a new code per line ({@code ;}, {@code ,} or tab separated; a header
     * line is allowed, see {@link CodeTable}). The current edition stays.
     */
    public static Reorganisation fromCsv(Path csv) throws DataLoadException {
        CodeTable table = CodeTable.read(csv);
        return new Reorganisation(table.successors(), table.lines(), null);
    }

    /**
     * Successors from a newer edition of the boundaries: every code of {@code current} missing from
     * {@code newer} maps to the newer municipality that covers most of its area. The atlas switches to
     * {@code newer} when the edit is applied.
     */
    public static Reorganisation fromEdition(Atlas current, List<Municipality> newer) {
        STRtree index = indexOf(newer);
        Set<String> newCodes = new HashSet<>();
        newer.forEach(m -> newCodes.add(m.code()));
        Map<String, String> map = new LinkedHashMap<>();
        for (Municipality old : current.municipalities().values()) {
            if (newCodes.contains(old.code()) || old.geometryRd() == null) {
                continue;
            }
            List<Map.Entry<Municipality, Double>> overlaps = overlaps(old.geometryRd(), index);
            // Less than half covered is no successor but a split; the editor decides that one.
            if (!overlaps.isEmpty() && overlaps.get(0).getValue() >= 0.5 * old.geometryRd().getArea()) {
                map.put(old.code(), overlaps.get(0).getKey().code());
            }
        }
        return new Reorganisation(map, Map.of(), newer);
    }

    private static STRtree indexOf(Collection<Municipality> municipalities) {
        STRtree index = new STRtree();
        for (Municipality m : municipalities) {
            if (m.geometryRd() != null) {
                index.insert(m.geometryRd().getEnvelopeInternal(), m);
            }
        }
        return index;
    }

    /** The municipalities in {@code index} that share area with {@code old}, with that area, largest first. */
    private static List<Map.Entry<Municipality, Double>> overlaps(Geometry old, STRtree index) {
        List<Map.Entry<Municipality, Double>> result = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Municipality> candidates = index.query(old.getEnvelopeInternal());
        for (Municipality m : candidates) {
            double area = old.intersection(m.geometryRd()).getArea();
            if (area > 0) {
                result.add(Map.entry(m, area));
            }
        }
        result.sort(Map.Entry.<Municipality, Double>comparingByValue().reversed());
        return result;
    }

    /** The codes of the newer municipality edition this reorganisation takes up; empty for a code list. */
    public Set<String> editionCodes() {
        Set<String> codes = new HashSet<>();
        if (edition != null) {
            edition.forEach(m -> codes.add(m.code()));
        }
        return codes;
    }

    public Map<String, String> successors() {
        return successors;
    }

    /**
     * The old codes of the code table that change nothing, with the line that names each, in the table's order:
     * no region has them as a member, the loaded boundaries do not know them, and no other line leads to them (as
     * A→B→C leads to B). A mistyped old code (GM9998 for GM0998) is one; applied to nothing, it must still be told.
     */
    public Map<String, Integer> unknownOldCodes(Atlas atlas) {
        Set<String> members = new HashSet<>();
        atlas.regions().forEach(r -> members.addAll(r.memberCodes()));
        Map<String, Integer> unknown = new LinkedHashMap<>();
        lines.forEach((code, line) -> {
            if (!members.contains(code) && atlas.municipality(code).isEmpty() && !successors.containsValue(code)) {
                unknown.put(code, line);
            }
        });
        return unknown;
    }

    /** The memberships whose code does not exist in the edition after the reorganisation, with proposals. */
    public List<Stale> stale(Atlas atlas) {
        Map<String, Municipality> after = new LinkedHashMap<>();
        (edition == null ? atlas.municipalities().values() : edition).forEach(m -> after.put(m.code(), m));
        List<Stale> result = new ArrayList<>();
        for (Region r : atlas.regions()) {
            for (String code : r.memberCodes()) {
                String next = SuccessorEdits.lastSuccessor(successors, code);
                boolean hasSuccessor = !next.equals(code);
                if (after.containsKey(code) && !hasSuccessor) {
                    continue;
                }
                String oldName = atlas.municipality(code).map(Municipality::name)
                        .orElse(r.members().stream().filter(m -> code.equals(m.code())).map(MemberRef::publishedName)
                                .filter(java.util.Objects::nonNull).findFirst().orElse(""));
                Municipality successor = hasSuccessor ? after.get(next) : null;
                result.add(new Stale(r.id(), r.displayName(), code, oldName,
                        successor == null ? null : next, successor == null ? null : successor.name(),
                        successor == null && hasSuccessor ? next : null, after.containsKey(code)));
            }
        }
        return result;
    }

    /** Whether confirming takes up a newer edition of the boundaries, so that every stale code needs a successor. */
    public boolean switchesEdition() {
        return edition != null;
    }

    /**
     * The stale codes still without a successor after the editor's {@code chosen} ones (old code → new code).
     * Always empty for a code list: its codes stay in the loaded boundaries, so a member without a successor is
     * no harm there; new boundaries without the code would make the saved file unloadable.
     */
    public Set<String> unresolved(Atlas atlas, Map<String, String> chosen) {
        Set<String> codes = new LinkedHashSet<>();
        if (switchesEdition()) {
            for (Stale s : stale(atlas)) {
                if (s.newCode() == null && !chosen.containsKey(s.oldCode())) {
                    codes.add(s.oldCode());
                }
            }
        }
        return codes;
    }

    /**
     * What the editor can choose as successor of {@code oldCode}: the municipalities after the reorganisation
     * that it was split into, largest part first, then all others in Dutch order.
     */
    public List<Municipality> candidates(Atlas atlas, String oldCode) {
        Collection<Municipality> after = edition == null ? atlas.municipalities().values() : edition;
        Map<String, Municipality> result = new LinkedHashMap<>();
        atlas.municipality(oldCode).map(Municipality::geometryRd).ifPresent(old ->
                overlaps(old, indexOf(after)).forEach(e -> result.put(e.getKey().code(), e.getKey())));
        after.stream().sorted(Comparator.comparing(Municipality::name, DutchOrder.NAMES))
                .forEach(m -> result.putIfAbsent(m.code(), m));
        return List.copyOf(result.values());
    }

    /** The confirming edit with the proposed successors, as one step. */
    public Edit edit(Atlas atlas) {
        return edit(atlas, Map.of(), false);
    }

    /**
     * The confirming edit: successors filled in, the editor's {@code chosen} ones (old code → new code) before
     * the proposals, and the newer edition taken up, as one step. Memberships of municipalities still in the
     * boundaries are left alone unless {@code aheadOfBoundaries}. The step gives its own reason, the mergers
     * (see {@link ReorganisationReason}), each region those of its members.
     *
     * @throws EditException when a chosen successor is not in the boundaries after, when new boundaries
     *                       would be taken up while a member still has a code they do not know, or when nothing
     *                       is left to fill in
     */
    public Edit edit(Atlas atlas, Map<String, String> chosen, boolean aheadOfBoundaries) {
        Set<String> known = switchesEdition() ? editionCodes() : atlas.municipalities().keySet();
        Map<String, String> usable = new LinkedHashMap<>();
        Map<String, ReorganisationReason.Move> moves = new LinkedHashMap<>();
        for (Stale s : stale(atlas)) {
            if (s.stillInBoundaries() && !aheadOfBoundaries) {
                continue;
            }
            String next = chosen.getOrDefault(s.oldCode(), s.newCode());
            if (next != null && !known.contains(next)) {
                throw new EditException(EditProblem.NO_SUCH_MUNICIPALITY, next);
            }
            if (next != null) {
                usable.put(s.oldCode(), next);
                moves.putIfAbsent(s.oldCode(), new ReorganisationReason.Move(s.oldCode(), s.oldName(), next,
                        nameAfter(atlas, next), chosen.containsKey(s.oldCode()), s.stillInBoundaries()));
            } else if (switchesEdition()) {
                throw new EditException(EditProblem.SUCCESSOR_MISSING, s.oldName(), s.oldCode(), s.regionName());
            }
        }
        if (usable.isEmpty()) {
            throw new EditException(EditProblem.NOTHING_TO_REORGANISE);
        }
        ReorganisationReason why = new ReorganisationReason(moves.values());
        String reason = why.whole();
        Edit codes = SuccessorEdits.replaceCodes(atlas, usable, reason, why::of);
        if (edition == null) {
            return codes;
        }
        Edit switchEdition = new Edit() {
            @Override
            public Atlas apply(Atlas a) {
                return new Atlas(edition, a.basemap(), a.data());
            }

            @Override
            public Description description() {
                return Description.of("editor.step.edition", edition.size());
            }

            @Override
            public Set<String> regionIds() {
                return Set.of();
            }

            @Override
            public String reason() {
                return reason;
            }
        };
        return new CompoundEdit(codes.description(), List.of(codes, switchEdition), reason);
    }

    /** The name of {@code code} in the boundaries after the reorganisation. */
    private String nameAfter(Atlas atlas, String code) {
        return (edition == null ? atlas.municipalities().values() : edition).stream()
                .filter(m -> m.code().equals(code)).map(Municipality::name).findFirst().orElse(null);
    }
}
