package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.AbcsEntry;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.SourceInfo;
import nl.onderwijsregio.atlas.core.model.Theme;
import nl.onderwijsregio.atlas.core.text.CodeSuggestion;

/**
 * Walks the tree of a regions file ({@link RegionFileReader}) with a pointer to the current node, so every error
 * can name its place. Given a list for its problems, it notes each one and goes on with the next thing that can be
 * read without it (the next member, case or region; a value in error is left out), so that one pass finds every
 * problem; without, it stops at the first. The checks come in the same order either way, so the first problem is
 * the same.
 */
final class RegionWalker {

    // The fields RegionFileWriter writes, in its order; any other would be lost on the next save, so is refused.
    private static final List<String> FILE_FIELDS = List.of("schemaVersion", "source", "abcs", "themes", "regions");
    private static final List<String> SOURCE_FIELDS = List.of("title", "publisher", "edition");
    private static final List<String> ABCS_FIELDS = List.of("letter", "name", "introduction");
    private static final List<String> THEME_FIELDS = List.of("id", "name", "introduction");
    private static final List<String> REGION_FIELDS = List.of("id", "displayName", "publishedName", "sectors", "scope",
            "voorloper", "voorloperNote", "keyFigures", "members", "cases", "corrections");
    private static final List<String> MEMBER_FIELDS = List.of("code", "publishedName");
    private static final List<String> CASE_FIELDS = List.of("id", "title", "abcs", "theme", "summary", "source");
    private static final List<String> CORRECTION_FIELDS = List.of("field", "published", "value", "reason");

    private final JsonTree json;
    private final Set<String> knownCodes;
    private final Map<String, String> names;
    /** The problems noted so far; null to stop at the first. */
    private final List<DataLoadException> problems;

    RegionWalker(JsonTree json, Set<String> knownCodes, Map<String, String> names) {
        this(json, knownCodes, names, null);
    }

    RegionWalker(JsonTree json, Set<String> knownCodes, Map<String, String> names, List<DataLoadException> problems) {
        this.json = json;
        this.knownCodes = knownCodes;
        this.names = names;
        this.problems = problems;
    }

    /** A step of the walk that may find a problem. */
    @FunctionalInterface
    private interface Step<T> {
        T read() throws DataLoadException;
    }

    private void problem(DataLoadException e) throws DataLoadException {
        if (problems == null) {
            throw e;
        }
        problems.add(e);
    }

    /** What {@code step} reads; null after a problem, noted, when the walk goes on past problems. */
    private <T> T orNull(Step<T> step) throws DataLoadException {
        try {
            return step.read();
        } catch (DataLoadException e) {
            problem(e);
            return null;
        }
    }

    private int problemCount() {
        return problems == null ? 0 : problems.size();
    }

    private void unknownFields(JsonNode n, JsonPointer p, List<String> known) throws DataLoadException {
        for (DataLoadException e : json.unknownFields(n, p, known)) {
            problem(e);
        }
    }

    /** The array {@code field} of {@code parent}; empty when it is missing, or after a problem noted. */
    private JsonNode array(JsonNode parent, JsonPointer p, String field) throws DataLoadException {
        JsonNode n = orNull(() -> json.optionalArray(parent, p, field));
        return n == null ? JsonNodeFactory.instance.arrayNode() : n;
    }

    /** How one entry of a list is read, at its place in the file. */
    @FunctionalInterface
    private interface EntryReader<T> {
        T read(JsonNode entry, JsonPointer at) throws DataLoadException;
    }

    /**
     * The entries of the array {@code field} that read whole, each an object with only the {@code known} fields;
     * one with a problem is noted and left out, so the walk goes on to the next.
     */
    private <T> List<T> entries(JsonNode root, JsonPointer top, String field, List<String> known,
            EntryReader<T> reader) throws DataLoadException {
        List<T> read = new ArrayList<>();
        JsonPointer at = top.appendProperty(field);
        JsonNode list = array(root, top, field);
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            JsonPointer p = at.appendIndex(i);
            T entry = orNull(() -> {
                json.requireObject(n, p);
                json.requireKnownFields(n, p, known);
                return reader.read(n, p);
            });
            if (entry != null) {
                read.add(entry);
            }
        }
        return read;
    }

    RegionData data() throws DataLoadException {
        JsonNode root = json.root();
        JsonPointer top = JsonPointer.empty();
        // Without its schema version this is no regions file of ours, and nothing else in it is worth telling.
        json.requireSchemaVersion(RegionFileReader.SCHEMA_VERSION);
        unknownFields(root, top, FILE_FIELDS);
        SourceInfo source = SourceInfo.unknown();
        JsonNode s = root.get("source");
        if (s != null && !s.isNull()) {
            SourceInfo read = orNull(() -> source(s, top.appendProperty("source")));
            source = read != null ? read : source;
        }
        List<AbcsEntry> abcs = entries(root, top, "abcs", ABCS_FIELDS, (n, p) -> new AbcsEntry(
                letter(n.get("letter"), p.appendProperty("letter")),
                json.localized(n, p, "name"), json.localized(n, p, "introduction")));
        List<Theme> themes = entries(root, top, "themes", THEME_FIELDS, (n, p) -> new Theme(
                json.text(n, p, "id", true), json.localized(n, p, "name"), json.localized(n, p, "introduction")));
        List<Region> regions = regions(root, top);
        if (problemCount() > 0) {
            throw new RegionFileProblems(problems);
        }
        return new RegionData(RegionFileReader.SCHEMA_VERSION, source, abcs, themes, regions);
    }

    private SourceInfo source(JsonNode s, JsonPointer sp) throws DataLoadException {
        json.requireObject(s, sp);
        json.requireKnownFields(s, sp, SOURCE_FIELDS);
        return new SourceInfo(json.text(s, sp, "title", false), json.text(s, sp, "publisher", false),
                json.text(s, sp, "edition", false));
    }

    private List<Region> regions(JsonNode root, JsonPointer top) throws DataLoadException {
        List<Region> regions = new ArrayList<>();
        JsonNode regionsNode = root.get("regions");
        if (regionsNode == null || !regionsNode.isArray()) {
            problem(json.error(regionsNode == null ? top : top.appendProperty("regions"),
                    FIELD_NOT_ARRAY.with("regions", JsonTree.kind(regionsNode))));
            return regions;
        }
        Map<String, JsonPointer> ids = new HashMap<>();
        Map<String, JsonPointer> caseIds = new HashMap<>();
        for (int i = 0; i < regionsNode.size(); i++) {
            JsonNode n = regionsNode.get(i);
            JsonPointer p = top.appendProperty("regions").appendIndex(i);
            Region r = orNull(() -> region(n, p, caseIds));
            // A region left out for a problem still has its id, which another may use as well.
            String id = r != null ? r.id() : idOf(n);
            JsonPointer earlier = id == null ? null : ids.putIfAbsent(id, p);
            if (earlier != null) {
                problem(json.error(p.appendProperty("id"), REGION_ID_TWICE.with(id, json.place(earlier))));
            } else if (r != null) {
                regions.add(r);
            }
        }
        return regions;
    }

    private static String idOf(JsonNode region) {
        JsonNode id = region == null ? null : region.get("id");
        return id != null && id.isTextual() && !id.textValue().isBlank() ? id.textValue() : null;
    }

    /** The region at {@code p}; null when it has a problem, each one noted. */
    private Region region(JsonNode n, JsonPointer p, Map<String, JsonPointer> caseIds) throws DataLoadException {
        json.requireObject(n, p);
        int before = problemCount();
        unknownFields(n, p, REGION_FIELDS);
        String id = orNull(() -> json.text(n, p, "id", true));
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            problem(json.error(p.appendProperty("id"), REGION_ID_FORM.with(id)));
        }
        String displayName = orNull(() -> json.text(n, p, "displayName", true));
        String publishedName = orNull(() -> json.text(n, p, "publishedName", false));
        Set<Sector> sectors = sectors(n, p);
        Scope scope = orNull(() -> scope(n, p));
        Boolean voorloper = orNull(() -> voorloper(n, p));
        String voorloperNote = orNull(() -> json.text(n, p, "voorloperNote", false));
        KeyFigures figures = figures(n.get("keyFigures"), p.appendProperty("keyFigures"));
        List<MemberRef> members = members(n, p);
        List<CaseStory> cases = cases(n, p, caseIds);
        List<Correction> corrections = corrections(n, p);
        if (problemCount() > before) {
            return null;
        }
        return new Region(id, displayName, publishedName, sectors, scope, voorloper, voorloperNote, figures,
                members, cases, corrections);
    }

    private Set<Sector> sectors(JsonNode n, JsonPointer p) throws DataLoadException {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        JsonNode sectorsNode = n.get("sectors");
        if (sectorsNode == null || !sectorsNode.isArray()) {
            problem(json.error(sectorsNode == null ? p : p.appendProperty("sectors"),
                    SECTORS_NOT_ARRAY.with(JsonTree.kind(sectorsNode))));
            return sectors;
        }
        for (int i = 0; i < sectorsNode.size(); i++) {
            JsonNode sn = sectorsNode.get(i);
            JsonPointer sp = p.appendProperty("sectors").appendIndex(i);
            if (!sn.isTextual()) {
                problem(json.error(sp, SECTOR_NOT_TEXT.with(JsonTree.kind(sn))));
                continue;
            }
            Optional<Sector> sector = Sector.parse(sn.textValue());
            if (sector.isEmpty()) {
                problem(json.error(sp, SECTOR_UNKNOWN.with(sn.textValue())));
                continue;
            }
            sectors.add(sector.get());
        }
        return sectors;
    }

    private Scope scope(JsonNode n, JsonPointer p) throws DataLoadException {
        String scopeText = json.text(n, p, "scope", false);
        if (scopeText == null) {
            return Scope.REGIONAL;
        }
        try {
            return Scope.valueOf(scopeText);
        } catch (IllegalArgumentException e) {
            throw json.error(p.appendProperty("scope"), SCOPE_UNKNOWN.with(scopeText));
        }
    }

    private boolean voorloper(JsonNode n, JsonPointer p) throws DataLoadException {
        JsonNode v = n.get("voorloper");
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw json.error(p.appendProperty("voorloper"), VOORLOPER_NOT_BOOLEAN.with(JsonTree.kind(v)));
        }
        return v.booleanValue();
    }

    private KeyFigures figures(JsonNode n, JsonPointer p) throws DataLoadException {
        if (n == null || n.isNull()) {
            return KeyFigures.none();
        }
        if (orNull(() -> {
            json.requireObject(n, p);
            return n;
        }) == null) {
            return KeyFigures.none();
        }
        Map<KeyFigure, Long> values = new EnumMap<>(KeyFigure.class);
        var names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            boolean known = false;
            for (KeyFigure f : KeyFigure.values()) {
                known |= f.jsonKey().equals(name);
            }
            if (!known) {
                problem(json.error(p.appendProperty(name), KEY_FIGURE_UNKNOWN.with(name)));
            }
        }
        for (KeyFigure f : KeyFigure.values()) {
            JsonNode value = n.get(f.jsonKey());
            if (value == null || value.isNull()) {
                continue;
            }
            JsonPointer fp = p.appendProperty(f.jsonKey());
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                problem(json.error(fp, KEY_FIGURE_NOT_WHOLE.with(JsonTree.kind(value))));
            } else if (value.longValue() < 0) {
                problem(json.error(fp, KEY_FIGURE_NEGATIVE.with(value.longValue())));
            } else {
                values.put(f, value.longValue());
            }
        }
        return KeyFigures.of(values);
    }

    private List<MemberRef> members(JsonNode region, JsonPointer p) throws DataLoadException {
        JsonNode arr = array(region, p, "members");
        List<MemberRef> result = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            JsonNode m = arr.get(i);
            JsonPointer mp = p.appendProperty("members").appendIndex(i);
            MemberRef member = orNull(() -> member(m, mp));
            if (member != null) {
                result.add(member);
            }
        }
        return result;
    }

    /** The member at {@code mp}; null when it has a problem, each one noted. */
    private MemberRef member(JsonNode m, JsonPointer mp) throws DataLoadException {
        json.requireObject(m, mp);
        int before = problemCount();
        unknownFields(m, mp, MEMBER_FIELDS);
        String code = orNull(() -> json.text(m, mp, "code", false));
        String publishedName = orNull(() -> json.text(m, mp, "publishedName", false));
        if (code != null) {
            if (!Municipality.isValidCode(code)) {
                problem(json.error(mp.appendProperty("code"), MUNICIPALITY_CODE_FORM.with(code)));
            } else if (knownCodes != null && !knownCodes.contains(code)) {
                problem(unknownCode(mp.appendProperty("code"), code, publishedName));
            }
        }
        return problemCount() > before ? null : new MemberRef(code, publishedName);
    }

    private UnknownCodeException unknownCode(JsonPointer at, String code, String publishedName) {
        DataPhrase unknown = publishedName == null || publishedName.isBlank()
                ? MUNICIPALITY_CODE_UNKNOWN.with(code) : MUNICIPALITY_CODE_UNKNOWN_FOR.with(code, publishedName);
        String meant = CodeSuggestion.meant(code, publishedName, knownCodes, names);
        return new UnknownCodeException(json.file(), json.location(at), unknown,
                meant == null ? null : CODE_SUGGESTION.with(CodeSuggestion.named(meant, names)));
    }

    /** The region's cases; one with a problem is left out at its first, noted, and the next is read. */
    private List<CaseStory> cases(JsonNode region, JsonPointer p, Map<String, JsonPointer> caseIds)
            throws DataLoadException {
        JsonNode arr = array(region, p, "cases");
        List<CaseStory> result = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode c = arr.get(i);
            JsonPointer cp = p.appendProperty("cases").appendIndex(i);
            CaseStory story = orNull(() -> caseStory(c, cp, caseIds));
            if (story != null) {
                result.add(story);
            }
        }
        return result;
    }

    private CaseStory caseStory(JsonNode c, JsonPointer cp, Map<String, JsonPointer> caseIds)
            throws DataLoadException {
        json.requireObject(c, cp);
        json.requireKnownFields(c, cp, CASE_FIELDS);
        String id = json.text(c, cp, "id", true);
        JsonPointer earlier = caseIds.putIfAbsent(id, cp);
        if (earlier != null) {
            throw json.error(cp.appendProperty("id"), CASE_ID_TWICE.with(id, json.place(earlier)));
        }
        List<AbcsLetter> letters = new ArrayList<>();
        JsonNode abcs = json.optionalArray(c, cp, "abcs");
        for (int j = 0; j < abcs.size(); j++) {
            letters.add(letter(abcs.get(j), cp.appendProperty("abcs").appendIndex(j)));
        }
        return new CaseStory(id, json.text(c, cp, "title", true), letters, json.text(c, cp, "theme", false),
                json.text(c, cp, "summary", true), json.text(c, cp, "source", false));
    }

    /** The region's corrections; one with a problem is left out at its first, noted, and the next is read. */
    private List<Correction> corrections(JsonNode region, JsonPointer p) throws DataLoadException {
        JsonNode arr = array(region, p, "corrections");
        List<Correction> result = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode c = arr.get(i);
            JsonPointer cp = p.appendProperty("corrections").appendIndex(i);
            Correction correction = orNull(() -> {
                json.requireObject(c, cp);
                json.requireKnownFields(c, cp, CORRECTION_FIELDS);
                return new Correction(json.text(c, cp, "field", true), json.text(c, cp, "published", false),
                        json.text(c, cp, "value", false), json.text(c, cp, "reason", true));
            });
            if (correction != null) {
                result.add(correction);
            }
        }
        return result;
    }

    private AbcsLetter letter(JsonNode n, JsonPointer p) throws DataLoadException {
        if (n == null || !n.isTextual()) {
            throw json.error(p, LETTER_NOT_TEXT.with(JsonTree.kind(n)));
        }
        try {
            return AbcsLetter.valueOf(n.textValue());
        } catch (IllegalArgumentException e) {
            throw json.error(p, LETTER_UNKNOWN.with(n.textValue()));
        }
    }
}
