package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;

/**
 * What differs between two versions of the region data, region by region: regions added or removed,
 * members added or removed, names, sectors, scope, voorloper status, key figures and cases changed.
 * Used to show an editor a colleague's changes (sorted by whose they are in {@link ConflictDiff}), in the change
 * log and as the diff report for colleagues.
 */
public final class RegionDiff {

    /** One difference, with a description for the reader; {@code regionId} is the region concerned. */
    public record Line(String regionId, Description text) {
    }

    /**
     * One difference with what it is about: the region and the thing in it ({@value #WHOLE_REGION}, "name",
     * "member GM0150", "figure leerlingenStudenten", "case twente-invalpool", ...), so that the differences of two
     * comparisons can be matched thing by thing.
     */
    record Change(String regionId, String aspect, Description text) {
        Line line() {
            return new Line(regionId, text);
        }
    }

    /** The aspect of a region added or removed as a whole. */
    static final String WHOLE_REGION = "region";
    static final String WORDING = "editor.diff.";
    static final String VERSUS_DISK = "editor.conflict.diff.";

    private RegionDiff() {
    }

    /**
     * @param from  the older (or own) version
     * @param to    the newer (or other) version
     * @param names municipality code to name, for readable member lines; a code it does not know (it answers null
     *              or the code) is named as the member list printed it
     */
    public static List<Line> between(RegionData from, RegionData to, Function<String, String> names) {
        return lines(changes(from, to, names, WORDING));
    }

    /** The code beside a member's name, said to be unknown when the loaded boundaries have no such municipality. */
    private interface CodeText {
        Object of(String code);
    }

    /**
     * The same comparison worded for a save conflict: each line says what the editor's own version has and
     * what the version on disk has ("Uw versie: geen lid / Versie op schijf: lid"), because "added" alone
     * does not say from whose side it is seen.
     */
    public static List<Line> versusDisk(RegionData mine, RegionData onDisk, Function<String, String> names) {
        return lines(changes(mine, onDisk, names, VERSUS_DISK));
    }

    /**
     * The diff report for colleagues: {@code heading}, then what differs from {@code other} to {@code current},
     * one line per difference. A member code {@code names} does not know is marked as unknown: a colleague's file
     * read against these boundaries may hold a typing error, which would otherwise read as a municipality removed.
     */
    public static String report(RegionData current, RegionData other, Function<String, String> names,
                                Description.Formatter format, String heading) {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        CodeText marked = code -> known(code, names) ? code : Description.of(WORDING + "unknownCode", code);
        for (Line l : lines(changes(other, current, names, WORDING, marked))) {
            sb.append("- ").append(l.text().format(format)).append('\n');
        }
        return sb.toString();
    }

    private static List<Line> lines(List<Change> changes) {
        return changes.stream().map(Change::line).toList();
    }

    /** What differs from {@code from} to {@code to}, worded with the keys starting with {@code wording}. */
    static List<Change> changes(RegionData from, RegionData to, Function<String, String> names, String wording) {
        return changes(from, to, names, wording, code -> code);
    }

    private static List<Change> changes(RegionData from, RegionData to, Function<String, String> names,
                                        String wording, CodeText codes) {
        Map<String, Region> a = byId(from);
        Map<String, Region> b = byId(to);
        List<Change> lines = new ArrayList<>();
        for (Region r : a.values()) {
            if (!b.containsKey(r.id())) {
                lines.add(new Change(r.id(), WHOLE_REGION, Description.of(wording + "regionRemoved", r.displayName())));
            }
        }
        for (Region r : b.values()) {
            Region old = a.get(r.id());
            if (old == null) {
                lines.add(new Change(r.id(), WHOLE_REGION,
                        Description.of(wording + "regionAdded", r.displayName(), r.memberCodes().size())));
                continue;
            }
            String id = r.id();
            String name = r.displayName();
            if (!old.displayName().equals(r.displayName())) {
                lines.add(new Change(id, "name",
                        Description.of(wording + "renamed", old.displayName(), r.displayName())));
            }
            Set<String> added = new LinkedHashSet<>(r.memberCodes());
            added.removeAll(old.memberCodes());
            Set<String> removed = new LinkedHashSet<>(old.memberCodes());
            removed.removeAll(r.memberCodes());
            added.forEach(c -> lines.add(new Change(id, "member " + c,
                    Description.of(wording + "memberAdded", name, memberName(c, r, names), codes.of(c)))));
            removed.forEach(c -> lines.add(new Change(id, "member " + c,
                    Description.of(wording + "memberRemoved", name, memberName(c, old, names), codes.of(c)))));
            if (!old.sectors().equals(r.sectors())) {
                lines.add(new Change(id, "sectors", Description.of(wording + "sectors", name,
                        text(old.sectorsInOrder()), text(r.sectorsInOrder()))));
            }
            if (old.scope() != r.scope()) {
                lines.add(new Change(id, "scope",
                        Description.of(wording + "scope", name, scope(old.scope()), scope(r.scope()))));
            }
            if (old.voorloper() != r.voorloper()) {
                lines.add(new Change(id, "voorloper", Description.of(wording + "voorloper", name,
                        Description.of("editor.diff.yesNo." + r.voorloper()),
                        Description.of("editor.diff.yesNo." + old.voorloper()))));
            }
            for (KeyFigure f : KeyFigure.values()) {
                var x = old.keyFigures().get(f);
                var y = r.keyFigures().get(f);
                if (!x.equals(y)) {
                    lines.add(new Change(id, "figure " + f.jsonKey(), Description.of(wording + "figure", name,
                            Description.of("editor.figure." + f.jsonKey()),
                            figure(x), figure(y))));
                }
            }
            lines.addAll(cases(old, r, wording));
        }
        return lines;
    }

    /**
     * Each case added, removed or changed, named by its title: a count ("1 → 1") says nothing when one case was
     * rewritten. Cases are matched by id, so a new title reads as that case renamed, not as one gone and one new.
     */
    private static List<Change> cases(Region old, Region r, String wording) {
        Map<String, CaseStory> before = new LinkedHashMap<>();
        old.cases().forEach(c -> before.put(c.id(), c));
        Map<String, CaseStory> after = new LinkedHashMap<>();
        r.cases().forEach(c -> after.put(c.id(), c));
        String name = r.displayName();
        List<Change> lines = new ArrayList<>();
        before.values().stream().filter(c -> !after.containsKey(c.id())).forEach(c -> lines.add(
                new Change(r.id(), "case " + c.id(), Description.of(wording + "caseRemoved", name, c.title()))));
        for (CaseStory c : after.values()) {
            CaseStory was = before.get(c.id());
            String aspect = "case " + c.id();
            if (was == null) {
                lines.add(new Change(r.id(), aspect, Description.of(wording + "caseAdded", name, c.title())));
            } else if (!was.title().equals(c.title())) {
                lines.add(new Change(r.id(), aspect,
                        Description.of(wording + "caseRetitled", name, was.title(), c.title())));
            } else if (!was.equals(c)) {
                lines.add(new Change(r.id(), aspect, Description.of(wording + "caseChanged", name, c.title())));
            }
        }
        if (lines.isEmpty() && !old.cases().equals(r.cases())) {
            lines.add(new Change(r.id(), "case order", Description.of(wording + "caseOrder", name)));
        }
        return lines;
    }

    /**
     * The name of member {@code code} of {@code region}: by {@code names}, else as the member list printed it. Boundaries
     * taken up after a merger no longer know the old municipality, and "GM0303 (GM0303) verwijderd" says nothing.
     */
    private static String memberName(String code, Region region, Function<String, String> names) {
        if (known(code, names)) {
            return names.apply(code);
        }
        return region.members().stream().filter(m -> code.equals(m.code())).map(MemberRef::publishedName)
                .filter(Objects::nonNull).findFirst().orElse(code);
    }

    /** Whether {@code names} knows {@code code}: it answers null or the code itself for one it does not. */
    private static boolean known(String code, Function<String, String> names) {
        String name = names.apply(code);
        return name != null && !name.equals(code);
    }

    /**
     * A figure as a number, not as text, so the reader's language groups it as everywhere else ("70.780", "70,780"):
     * the formatter's MessageFormat does that for a number only.
     */
    private static Object figure(OptionalLong value) {
        return value.isPresent() ? (Object) value.getAsLong() : "–";
    }

    private static Description scope(Scope scope) {
        return Description.of("editor.diff.scope." + scope.name().toLowerCase(Locale.ROOT));
    }

    private static String text(List<?> values) {
        return values.isEmpty() ? "–" : values.toString().replaceAll("[\\[\\]]", "");
    }

    /** The regions of {@code data} by id, in the file's order. */
    static Map<String, Region> byId(RegionData data) {
        Map<String, Region> map = new LinkedHashMap<>();
        data.regions().forEach(r -> map.put(r.id(), r));
        return map;
    }
}
