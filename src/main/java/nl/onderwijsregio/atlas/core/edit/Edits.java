package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.NameList;
import nl.onderwijsregio.atlas.core.text.Slug;

/**
 * The editor's steps, each built against the snapshot it will be applied to so its description can name
 * the municipality and region ("Deventer toevoegen aan Oost-Nederland"). A reason may be null.
 */
public final class Edits {

    private static final String CASES = "cases";

    private Edits() {
    }

    /** How many municipalities the status line names after a step of several. */
    private static final int NAMED = 3;

    /** Adds the municipalities that are not yet members, in the given order. */
    public static Edit addMembers(Atlas atlas, String regionId, Collection<String> codes, String reason) {
        return addMembers(atlas, regionId, codes, reason, null);
    }

    /**
     * Adds the municipalities that are not yet members, in the given order; one the region had in {@code loaded} comes
     * back as it was there, with its printed name and, while the members keep the loaded order, at its place
     * ({@link MembersAsLoaded}).
     *
     * @param loaded the data as loaded from the file; null when not known
     */
    public static Edit addMembers(Atlas atlas, String regionId, Collection<String> codes, String reason,
                                  RegionData loaded) {
        Region region = region(atlas, regionId);
        Region asLoaded = loaded == null ? null
                : loaded.regions().stream().filter(r -> r.id().equals(regionId)).findFirst().orElse(null);
        List<String> added = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            if (atlas.municipality(code).isEmpty()) {
                throw new EditException(EditProblem.NO_SUCH_MUNICIPALITY, code);
            }
            if (!region.hasMember(code)) {
                added.add(code);
            }
        }
        Description d = added.size() == 1
                ? Description.of("editor.step.addMember", name(atlas, added.get(0)), region.displayName())
                : Description.of("editor.step.addMembers", added.size(), region.displayName());
        UnaryOperator<Region> add = r -> r.withMembers(
                MembersAsLoaded.with(r.members(), added.stream().filter(c -> !r.hasMember(c)).toList(), asLoaded));
        return new RegionEdit(regionId, d, reason, "members", add, Edits::memberText, Edits::memberTextIfPublished,
                Edits::isMemberText).keeping(RegionEdit.Deviation.LIST)
                .telling(several(atlas, "editor.step.addMembersNamed", added, region, d));
    }

    /** Removes every membership of the given municipalities, including published duplicates. */
    public static Edit removeMembers(Atlas atlas, String regionId, Collection<String> codes, String reason) {
        Region region = region(atlas, regionId);
        List<String> removed = new LinkedHashSet<>(codes).stream().filter(region::hasMember).toList();
        Description d = removed.size() == 1
                ? Description.of("editor.step.removeMember", name(atlas, removed.get(0)), region.displayName())
                : Description.of("editor.step.removeMembers", removed.size(), region.displayName());
        Set<String> gone = Set.copyOf(removed);
        return new RegionEdit(regionId, d, reason, "members",
                r -> r.withMembers(r.members().stream().filter(m -> !gone.contains(m.code())).toList()),
                Edits::memberText, Edits::memberTextIfPublished, Edits::isMemberText).keeping(RegionEdit.Deviation.LIST)
                .telling(several(atlas, "editor.step.removeMembersNamed", removed, region, d));
    }

    /**
     * A step of several members told with their names, up to {@link #NAMED} and how many more ("Dalfsen, Raalte,
     * Olst-Wijhe en 3 andere"); {@code counted} when it touches one or none.
     */
    private static Description several(Atlas atlas, String key, List<String> codes, Region region,
                                       Description counted) {
        if (codes.size() < 2) {
            return counted;
        }
        List<String> names = codes.stream().map(c -> name(atlas, c)).toList();
        // "en 1 andere" says no less than the one name it would stand for: then every name is given.
        Description named = names.size() <= NAMED + 1
                ? NameList.joined(names, (others, last) -> Description.of("editor.names.all", others, last))
                : Description.of("editor.names.some", String.join(", ", names.subList(0, NAMED)),
                        names.size() - NAMED);
        return Description.of(key, named, region.displayName());
    }

    /**
     * A click or a painted stroke: when it starts on a member it removes the touched members, otherwise it
     * adds the touched non-members. One stroke is one step, whatever its length.
     */
    public static Edit stroke(Atlas atlas, String regionId, List<String> codes, String reason) {
        return stroke(atlas, regionId, codes, reason, null);
    }

    /** A click or a painted stroke, adding as {@link #addMembers(Atlas, String, Collection, String, RegionData)} does. */
    public static Edit stroke(Atlas atlas, String regionId, List<String> codes, String reason, RegionData loaded) {
        if (codes.isEmpty()) {
            throw new EditException(EditProblem.EMPTY_STROKE);
        }
        return region(atlas, regionId).hasMember(codes.get(0))
                ? removeMembers(atlas, regionId, codes, reason)
                : addMembers(atlas, regionId, codes, reason, loaded);
    }

    /** A new regional region without members; its id is derived from the name and unique. */
    public static Edit createRegion(Atlas atlas, String displayName, Set<Sector> sectors) {
        String name = requireFreeName(atlas, null, displayName);
        String id = uniqueId(atlas, slug(name));
        Region region = new Region(id, name, null, sectors, Scope.REGIONAL, false, null, KeyFigures.none(),
                List.of(), List.of(), List.of());
        return new RegionListEdit(Description.of("editor.step.createRegion", name), id, null, a -> {
            if (a.region(id).isPresent()) {
                throw new EditException(EditProblem.REGION_EXISTS, id);
            }
            List<Region> list = new ArrayList<>(a.regions());
            list.add(region);
            return list;
        });
    }

    /** Deletes a region; undo brings it back at its place in the list. */
    public static Edit deleteRegion(Atlas atlas, String regionId, String reason) {
        Region region = region(atlas, regionId);
        return new RegionListEdit(Description.of("editor.step.deleteRegion", region.displayName()), regionId, reason,
                a -> {
                    region(a, regionId);
                    return a.regions().stream().filter(r -> !r.id().equals(regionId)).toList();
                });
    }

    public static Edit rename(Atlas atlas, String regionId, String newName, String reason) {
        Region region = region(atlas, regionId);
        String name = requireFreeName(atlas, regionId, newName);
        return new RegionEdit(regionId, Description.of("editor.step.rename", region.displayName(), name), reason,
                "name", r -> r.withDisplayName(name), Region::displayName, Region::publishedName, published -> true);
    }

    public static Edit setSectors(Atlas atlas, String regionId, Set<Sector> sectors, String reason) {
        Region region = region(atlas, regionId);
        Set<Sector> copy = sectors.isEmpty() ? Set.of() : EnumSet.copyOf(sectors);
        return RegionEdit.ofPublishedValue(regionId, Description.of("editor.step.sectors", region.displayName()),
                reason, "sectors", r -> r.withSectors(copy),
                r -> r.sectorsInOrder().stream().map(Enum::name).collect(Collectors.joining(",")));
    }

    public static Edit setScope(Atlas atlas, String regionId, Scope scope, String reason) {
        Region region = region(atlas, regionId);
        return RegionEdit.ofPublishedValue(regionId, Description.of("editor.step.scope", region.displayName()),
                reason, "scope", r -> r.withScope(Objects.requireNonNull(scope)), r -> r.scope().name());
    }

    public static Edit setVoorloper(Atlas atlas, String regionId, boolean voorloper, String note, String reason) {
        Region region = region(atlas, regionId);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        return RegionEdit.ofPublishedValue(regionId, Description.of("editor.step.voorloper", region.displayName()),
                reason, "voorloper", r -> r.withVoorloper(voorloper, cleanNote), r -> Boolean.toString(r.voorloper()));
    }

    /**
     * Sets one key figure; null means unknown (not zero).
     *
     * @throws EditException for a negative value
     */
    public static Edit setKeyFigure(Atlas atlas, String regionId, KeyFigure figure, Long value, String reason) {
        Region region = region(atlas, regionId);
        if (value != null && value < 0) {
            throw new EditException(EditProblem.NEGATIVE_FIGURE, value);
        }
        Description step = Description.of("editor.step.keyFigure", Description.of("editor.figure." + figure.jsonKey()),
                region.displayName());
        return RegionEdit.ofPublishedValue(regionId, step, reason, Correction.fieldOf(figure),
                r -> r.withKeyFigures(r.keyFigures().with(figure, value)),
                r -> r.keyFigures().get(figure).isPresent() ? Long.toString(r.keyFigures().get(figure).getAsLong()) : "");
    }

    /** Adds a case, or replaces the case with the same id. */
    public static Edit putCase(Atlas atlas, String regionId, CaseStory story, String reason) {
        Region region = region(atlas, regionId);
        if (story.title() == null || story.title().isBlank()) {
            throw new EditException(EditProblem.CASE_NEEDS_TITLE);
        }
        if (story.summary() == null || story.summary().isBlank()) {
            throw new EditException(EditProblem.CASE_NEEDS_SUMMARY);
        }
        boolean exists = region.cases().stream().anyMatch(c -> c.id().equals(story.id()));
        Description d = Description.of(exists ? "editor.step.editCase" : "editor.step.addCase", story.title(),
                region.displayName());
        UnaryOperator<Region> put = r -> {
            List<CaseStory> cases = new ArrayList<>(r.cases());
            cases.removeIf(c -> c.id().equals(story.id()));
            int at = indexOfCase(r.cases(), story.id());
            cases.add(at < 0 ? cases.size() : at, story);
            return r.withCases(cases);
        };
        if (!exists) {
            return new RegionEdit(regionId, d, reason, CASES, put, Edits::caseIds).keeping(RegionEdit.Deviation.LIST);
        }
        // The list of cases stays the same; what changed is this one case, so that is what its correction names.
        Function<Region, String> title = r -> caseTitle(r, story.id());
        return new RegionEdit(regionId, d, reason, Correction.fieldOf(story), put, title,
                r -> publishedCaseIds(r).contains(story.id()) ? title.apply(r) : null, published -> true);
    }

    public static Edit removeCase(Atlas atlas, String regionId, String caseId, String reason) {
        Region region = region(atlas, regionId);
        CaseStory story = region.cases().stream().filter(c -> c.id().equals(caseId)).findFirst()
                .orElseThrow(() -> new EditException(EditProblem.NO_SUCH_CASE, region.displayName(), caseId));
        return new RegionEdit(regionId, Description.of("editor.step.removeCase", story.title(), region.displayName()),
                reason, CASES, r -> r.withCases(r.cases().stream().filter(c -> !c.id().equals(caseId)).toList()),
                Edits::caseIds).keeping(RegionEdit.Deviation.LIST);
    }

    static String caseIds(Region r) {
        return r.cases().stream().map(CaseStory::id).collect(Collectors.joining(","));
    }

    private static String caseTitle(Region r, String caseId) {
        return r.cases().stream().filter(c -> c.id().equals(caseId)).map(CaseStory::title).findFirst().orElse(null);
    }

    /**
     * The ids of the cases the publication printed for {@code r}: as an earlier correction of the list says,
     * else the cases it has; none for a region made in the editor. A case the editor added is not among them.
     */
    private static List<String> publishedCaseIds(Region r) {
        String ids = null;
        boolean corrected = false;
        for (Correction c : r.corrections()) {
            if (c.field().equals(CASES)) {
                ids = c.published();
                corrected = true;
            }
        }
        if (!corrected) {
            ids = RegionEdit.isFromThePublication(r) ? caseIds(r) : null;
        }
        return ids == null || ids.isBlank() ? List.of() : List.of(ids.split(","));
    }

    /** Parts as one step, named by {@code description}. */
    public static Edit together(Description description, List<Edit> parts, String reason) {
        return new CompoundEdit(description, parts, reason);
    }

    static Region region(Atlas atlas, String regionId) {
        return atlas.region(regionId)
                .orElseThrow(() -> new EditException(EditProblem.NO_SUCH_REGION, regionId));
    }

    private static String name(Atlas atlas, String code) {
        return atlas.municipality(code).map(Municipality::name).orElse(code);
    }

    private static int indexOfCase(List<CaseStory> cases, String id) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static String memberText(Region r) {
        return String.join(",", r.memberCodes());
    }

    static String memberTextIfPublished(Region r) {
        return RegionEdit.isFromThePublication(r) ? memberText(r) : null;
    }

    /** A member list as the editor writes it ("GM0193,GM0177"), not one printed name as the publication's own have. */
    static boolean isMemberText(String text) {
        return text.isEmpty() || Arrays.stream(text.split(",")).allMatch(Municipality::isValidCode);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new EditException(EditProblem.REGION_NEEDS_NAME);
        }
        return name.strip();
    }

    /**
     * The stripped name, unless another region than {@code regionId} already goes by it: the legend, the search
     * and the table tell regions apart by name only, and "Zwolle en omgeving" next to "zwolle-en-omgeving" or
     * "Zwolle èn omgeving" reads as one region listed twice. Names are compared as their slugs, which drop
     * exactly case, diacritics and punctuation.
     */
    private static String requireFreeName(Atlas atlas, String regionId, String name) {
        String stripped = requireName(name);
        String key = slug(stripped);
        for (Region other : atlas.regions()) {
            if (!other.id().equals(regionId) && slug(other.displayName()).equals(key)) {
                throw new EditException(EditProblem.REGION_NAME_TAKEN, other.displayName());
            }
        }
        return stripped;
    }

    /** "Regio Zwolle & Kampen" → "regio-zwolle-kampen". */
    static String slug(String name) {
        return Slug.of(name, "regio");
    }

    private static String uniqueId(Atlas atlas, String base) {
        String id = base;
        for (int n = 2; atlas.region(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
