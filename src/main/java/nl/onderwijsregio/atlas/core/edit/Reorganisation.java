package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.DataText;
import nl.onderwijsregio.atlas.core.data.Utf8Text;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A municipal reorganisation (herindeling): memberships that refer to codes the new edition no longer has,
 * with their proposed successors, either from a CSV of old and new codes or from the geometries of a newer
 * boundary file (the new municipality that covers most of the old one). Confirming is one undoable edit.
 */
public final class Reorganisation {

    /**
     * One membership whose code is gone, and what it should become (null when no successor is known).
     *
     * @param newCode       the successor in the loaded (or newer) edition, or null
     * @param namedElsewhere a successor the code list names that no loaded edition has yet, or null
     */
    public record Stale(String regionId, String regionName, String oldCode, String oldName, String newCode,
                        String newName, String namedElsewhere) {
    }

    private final Map<String, String> successors;
    private final List<Municipality> edition;

    private Reorganisation(Map<String, String> successors, List<Municipality> edition) {
        this.successors = Map.copyOf(successors);
        this.edition = edition == null ? null : List.copyOf(edition);
    }

    /**
     * Successors from a CSV with an old and a new code per line ({@code ;}, {@code ,} or tab separated; a header
     * line is allowed). The current edition stays.
     */
    public static Reorganisation fromCsv(Path csv) throws DataLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (IOException e) {
            throw new DataLoadException(csv, null, DataText.CANNOT_READ.with(e.getMessage()), e);
        }
        List<String> lines = Utf8Text.decode(csv, bytes, DataText.REORGANISATION_NOT_UTF8.with()).lines().toList();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*[;,\\t]\\s*");
            String from = cells[0].replace("\"", "").toUpperCase(Locale.ROOT);
            String to = cells.length > 1 ? cells[1].replace("\"", "").toUpperCase(Locale.ROOT) : "";
            if (i == 0 && !Municipality.isValidCode(from)) {
                continue; // a header
            }
            if (!Municipality.isValidCode(from) || !Municipality.isValidCode(to)) {
                throw new DataLoadException(csv, DataText.AT_LINE.with(i + 1),
                        DataText.REORGANISATION_BAD_LINE.with(line));
            }
            String earlier = map.putIfAbsent(from, to);
            if (earlier != null && !earlier.equals(to)) {
                throw new DataLoadException(csv, DataText.AT_LINE.with(i + 1),
                        DataText.REORGANISATION_TWO_SUCCESSORS.with(from, earlier, to));
            }
            // The lines before had no circle, so a circle now runs through this line: it is the one to name.
            List<String> chain = Edits.succession(map, from);
            if (Edits.isCircle(chain)) {
                throw new DataLoadException(csv, DataText.AT_LINE.with(i + 1),
                        DataText.REORGANISATION_CIRCLE.with(String.join(" → ", chain)));
            }
        }
        return new Reorganisation(map, null);
    }

    /**
     * Successors from a newer edition of the boundaries: every code of {@code current} missing from
     * {@code newer} maps to the newer municipality that covers most of its area. The atlas switches to
     * {@code newer} when the edit is applied.
     */
    public static Reorganisation fromEdition(Atlas current, List<Municipality> newer) {
        STRtree index = new STRtree();
        Set<String> newCodes = new java.util.HashSet<>();
        for (Municipality m : newer) {
            newCodes.add(m.code());
            if (m.geometryRd() != null) {
                index.insert(m.geometryRd().getEnvelopeInternal(), m);
            }
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Municipality old : current.municipalities().values()) {
            if (newCodes.contains(old.code()) || old.geometryRd() == null) {
                continue;
            }
            Municipality best = null;
            double bestArea = 0;
            @SuppressWarnings("unchecked")
            List<Municipality> candidates = index.query(old.geometryRd().getEnvelopeInternal());
            for (Municipality m : candidates) {
                Geometry overlap = old.geometryRd().intersection(m.geometryRd());
                if (overlap.getArea() > bestArea) {
                    bestArea = overlap.getArea();
                    best = m;
                }
            }
            // Less than half covered is no successor but a split; the editor decides that one.
            if (best != null && bestArea >= 0.5 * old.geometryRd().getArea()) {
                map.put(old.code(), best.code());
            }
        }
        return new Reorganisation(map, newer);
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

    /** The memberships whose code does not exist in the edition after the reorganisation, with proposals. */
    public List<Stale> stale(Atlas atlas) {
        Map<String, Municipality> after = new LinkedHashMap<>();
        (edition == null ? atlas.municipalities().values() : edition).forEach(m -> after.put(m.code(), m));
        List<Stale> result = new ArrayList<>();
        for (Region r : atlas.regions()) {
            for (String code : r.memberCodes()) {
                String next = Edits.lastSuccessor(successors, code);
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
                        successor == null && hasSuccessor ? next : null));
            }
        }
        return result;
    }

    /** The confirming edit: successors filled in (and the newer edition taken up), as one step. */
    public Edit edit(Atlas atlas, String reason) {
        Map<String, String> usable = new LinkedHashMap<>();
        for (Stale s : stale(atlas)) {
            if (s.newCode() != null) {
                usable.put(s.oldCode(), s.newCode());
            }
        }
        if (usable.isEmpty()) {
            throw new EditException(EditProblem.NOTHING_TO_REORGANISE);
        }
        Edit codes = Edits.replaceCodes(atlas, usable, reason);
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
}
