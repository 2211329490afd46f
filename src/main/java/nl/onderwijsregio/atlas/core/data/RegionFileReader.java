package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Reads {@code onderwijsregios.json}. Every problem is reported with the file, the line and the JSON path
 * ({@code $.regions[3].sectors[0]}), and inside a region with that region's name and id, so an editor can find
 * it in the file and in the atlas ({@link JsonTree} names them).
 */
public final class RegionFileReader {

    /** The schema version this atlas reads and writes. */
    public static final int SCHEMA_VERSION = 1;

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

    private final ObjectMapper mapper = JsonLimits.mapper();

    /**
     * Reads and checks the file.
     *
     * @param knownCodes the municipality codes of the loaded boundaries; a member outside them is an error.
     *                   Pass null to accept unknown codes (used when checking data against another edition,
     *                   where the validator lists them instead).
     */
    public RegionData read(Path file, Set<String> knownCodes) throws DataLoadException {
        return new Walker(JsonTree.read(file, mapper, RegionFileReader::regionAt), knownCodes, Map.of()).data();
    }

    /**
     * Reads and checks the file against {@code boundaries}: a member outside them is an {@link UnknownCodeException},
     * which suggests the municipality of the member's published name, or the one code a typo away.
     */
    public RegionData readAgainst(Path file, Collection<Municipality> boundaries) throws DataLoadException {
        return parseAgainst(file, JsonTree.readBytes(file), boundaries);
    }

    /** As {@link #readAgainst}, of the bytes already read from {@code file} (which a pipe gives only once). */
    public RegionData parseAgainst(Path file, byte[] bytes, Collection<Municipality> boundaries)
            throws DataLoadException {
        Map<String, String> names = boundaries.stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::name, (a, b) -> a));
        return new Walker(JsonTree.parse(file, bytes, mapper, RegionFileReader::regionAt), names.keySet(), names)
                .data();
    }

    public RegionData parse(Path file, byte[] bytes, Set<String> knownCodes) throws DataLoadException {
        return new Walker(JsonTree.parse(file, bytes, mapper, RegionFileReader::regionAt), knownCodes, Map.of()).data();
    }

    /**
     * The region a place in the file belongs to, by its display name and id as far as the file gives them
     * ("region Oost-Nederland (oost-nederland)"); null outside the regions or when neither is given as text.
     */
    private static DataPhrase regionAt(Function<JsonPointer, JsonNode> valueAt, JsonPointer at) {
        JsonPointer index = at.tail();
        if (!"regions".equals(at.getMatchingProperty()) || index == null || index.getMatchingIndex() < 0) {
            return null;
        }
        JsonPointer region = JsonPointer.empty().appendProperty("regions").appendIndex(index.getMatchingIndex());
        String name = nonBlankText(valueAt.apply(region.appendProperty("displayName")));
        String id = nonBlankText(valueAt.apply(region.appendProperty("id")));
        if (name != null && id != null) {
            return IN_REGION.with(name, id);
        }
        return name != null || id != null ? IN_REGION_NAMED.with(name != null ? name : id) : null;
    }

    private static String nonBlankText(JsonNode n) {
        return n != null && n.isTextual() && !n.textValue().isBlank() ? n.textValue().strip() : null;
    }

    /** Walks the tree with a pointer to the current node, so every error can name its place. */
    private static final class Walker {
        private final JsonTree json;
        private final Set<String> knownCodes;
        private final Map<String, String> names;

        Walker(JsonTree json, Set<String> knownCodes, Map<String, String> names) {
            this.json = json;
            this.knownCodes = knownCodes;
            this.names = names;
        }

        RegionData data() throws DataLoadException {
            JsonNode root = json.root();
            JsonPointer top = JsonPointer.empty();
            json.requireSchemaVersion(SCHEMA_VERSION);
            json.requireKnownFields(root, top, FILE_FIELDS);
            SourceInfo source = SourceInfo.unknown();
            JsonNode s = root.get("source");
            if (s != null && !s.isNull()) {
                JsonPointer sp = top.appendProperty("source");
                json.requireObject(s, sp);
                json.requireKnownFields(s, sp, SOURCE_FIELDS);
                source = new SourceInfo(json.text(s, sp, "title", false), json.text(s, sp, "publisher", false),
                        json.text(s, sp, "edition", false));
            }
            List<AbcsEntry> abcs = new ArrayList<>();
            JsonPointer ap = top.appendProperty("abcs");
            JsonNode abcsNode = json.optionalArray(root, top, "abcs");
            for (int i = 0; i < abcsNode.size(); i++) {
                JsonNode n = abcsNode.get(i);
                JsonPointer p = ap.appendIndex(i);
                json.requireObject(n, p);
                json.requireKnownFields(n, p, ABCS_FIELDS);
                abcs.add(new AbcsEntry(letter(n.get("letter"), p.appendProperty("letter")),
                        json.localized(n, p, "name"), json.localized(n, p, "introduction")));
            }
            List<Theme> themes = new ArrayList<>();
            JsonPointer tp = top.appendProperty("themes");
            JsonNode themesNode = json.optionalArray(root, top, "themes");
            for (int i = 0; i < themesNode.size(); i++) {
                JsonNode n = themesNode.get(i);
                JsonPointer p = tp.appendIndex(i);
                json.requireObject(n, p);
                json.requireKnownFields(n, p, THEME_FIELDS);
                themes.add(new Theme(json.text(n, p, "id", true), json.localized(n, p, "name"), json.localized(n, p, "introduction")));
            }
            JsonNode regionsNode = root.get("regions");
            if (regionsNode == null || !regionsNode.isArray()) {
                throw json.error(regionsNode == null ? top : top.appendProperty("regions"),
                        FIELD_NOT_ARRAY.with("regions", JsonTree.kind(regionsNode)));
            }
            List<Region> regions = new ArrayList<>();
            Map<String, JsonPointer> ids = new HashMap<>();
            Map<String, JsonPointer> caseIds = new HashMap<>();
            for (int i = 0; i < regionsNode.size(); i++) {
                JsonPointer p = top.appendProperty("regions").appendIndex(i);
                Region r = region(regionsNode.get(i), p, caseIds);
                JsonPointer earlier = ids.putIfAbsent(r.id(), p);
                if (earlier != null) {
                    throw json.error(p.appendProperty("id"), REGION_ID_TWICE.with(r.id(), json.place(earlier)));
                }
                regions.add(r);
            }
            return new RegionData(SCHEMA_VERSION, source, abcs, themes, regions);
        }

        private Region region(JsonNode n, JsonPointer p, Map<String, JsonPointer> caseIds) throws DataLoadException {
            json.requireObject(n, p);
            json.requireKnownFields(n, p, REGION_FIELDS);
            String id = json.text(n, p, "id", true);
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw json.error(p.appendProperty("id"), REGION_ID_FORM.with(id));
            }
            String displayName = json.text(n, p, "displayName", true);
            String publishedName = json.text(n, p, "publishedName", false);
            Set<Sector> sectors = EnumSet.noneOf(Sector.class);
            JsonNode sectorsNode = n.get("sectors");
            if (sectorsNode == null || !sectorsNode.isArray()) {
                throw json.error(sectorsNode == null ? p : p.appendProperty("sectors"),
                        SECTORS_NOT_ARRAY.with(JsonTree.kind(sectorsNode)));
            }
            for (int i = 0; i < sectorsNode.size(); i++) {
                JsonNode sn = sectorsNode.get(i);
                JsonPointer sp = p.appendProperty("sectors").appendIndex(i);
                if (!sn.isTextual()) {
                    throw json.error(sp, SECTOR_NOT_TEXT.with(JsonTree.kind(sn)));
                }
                sectors.add(Sector.parse(sn.textValue()).orElseThrow(() -> json.error(sp,
                        SECTOR_UNKNOWN.with(sn.textValue()))));
            }
            Scope scope = Scope.REGIONAL;
            String scopeText = json.text(n, p, "scope", false);
            if (scopeText != null) {
                try {
                    scope = Scope.valueOf(scopeText);
                } catch (IllegalArgumentException e) {
                    throw json.error(p.appendProperty("scope"), SCOPE_UNKNOWN.with(scopeText));
                }
            }
            boolean voorloper = false;
            JsonNode v = n.get("voorloper");
            if (v != null && !v.isNull()) {
                if (!v.isBoolean()) {
                    throw json.error(p.appendProperty("voorloper"), VOORLOPER_NOT_BOOLEAN.with(JsonTree.kind(v)));
                }
                voorloper = v.booleanValue();
            }
            return new Region(id, displayName, publishedName, sectors, scope, voorloper,
                    json.text(n, p, "voorloperNote", false), figures(n.get("keyFigures"), p.appendProperty("keyFigures")),
                    members(n, p), cases(n, p, caseIds), corrections(n, p));
        }

        private KeyFigures figures(JsonNode n, JsonPointer p) throws DataLoadException {
            if (n == null || n.isNull()) {
                return KeyFigures.none();
            }
            json.requireObject(n, p);
            Map<KeyFigure, Long> values = new EnumMap<>(KeyFigure.class);
            var names = n.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                boolean known = false;
                for (KeyFigure f : KeyFigure.values()) {
                    known |= f.jsonKey().equals(name);
                }
                if (!known) {
                    throw json.error(p.appendProperty(name), KEY_FIGURE_UNKNOWN.with(name));
                }
            }
            for (KeyFigure f : KeyFigure.values()) {
                JsonNode value = n.get(f.jsonKey());
                if (value == null || value.isNull()) {
                    continue;
                }
                JsonPointer fp = p.appendProperty(f.jsonKey());
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw json.error(fp, KEY_FIGURE_NOT_WHOLE.with(JsonTree.kind(value)));
                }
                if (value.longValue() < 0) {
                    throw json.error(fp, KEY_FIGURE_NEGATIVE.with(value.longValue()));
                }
                values.put(f, value.longValue());
            }
            return KeyFigures.of(values);
        }

        private List<MemberRef> members(JsonNode region, JsonPointer p) throws DataLoadException {
            JsonNode arr = json.optionalArray(region, p, "members");
            List<MemberRef> result = new ArrayList<>(arr.size());
            for (int i = 0; i < arr.size(); i++) {
                JsonNode m = arr.get(i);
                JsonPointer mp = p.appendProperty("members").appendIndex(i);
                json.requireObject(m, mp);
                json.requireKnownFields(m, mp, MEMBER_FIELDS);
                String code = json.text(m, mp, "code", false);
                String publishedName = json.text(m, mp, "publishedName", false);
                if (code != null) {
                    if (!Municipality.isValidCode(code)) {
                        throw json.error(mp.appendProperty("code"), MUNICIPALITY_CODE_FORM.with(code));
                    }
                    if (knownCodes != null && !knownCodes.contains(code)) {
                        throw unknownCode(mp.appendProperty("code"), code, publishedName);
                    }
                }
                result.add(new MemberRef(code, publishedName));
            }
            return result;
        }

        private UnknownCodeException unknownCode(JsonPointer at, String code, String publishedName) {
            DataPhrase unknown = publishedName == null || publishedName.isBlank()
                    ? MUNICIPALITY_CODE_UNKNOWN.with(code) : MUNICIPALITY_CODE_UNKNOWN_FOR.with(code, publishedName);
            String meant = CodeSuggestion.meant(code, publishedName, knownCodes, names);
            return new UnknownCodeException(json.file(), json.location(at), unknown,
                    meant == null ? null : CODE_SUGGESTION.with(CodeSuggestion.named(meant, names)));
        }

        private List<CaseStory> cases(JsonNode region, JsonPointer p, Map<String, JsonPointer> caseIds)
                throws DataLoadException {
            JsonNode arr = json.optionalArray(region, p, "cases");
            List<CaseStory> result = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                JsonNode c = arr.get(i);
                JsonPointer cp = p.appendProperty("cases").appendIndex(i);
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
                result.add(new CaseStory(id, json.text(c, cp, "title", true), letters, json.text(c, cp, "theme", false),
                        json.text(c, cp, "summary", true), json.text(c, cp, "source", false)));
            }
            return result;
        }

        private List<Correction> corrections(JsonNode region, JsonPointer p) throws DataLoadException {
            JsonNode arr = json.optionalArray(region, p, "corrections");
            List<Correction> result = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                JsonNode c = arr.get(i);
                JsonPointer cp = p.appendProperty("corrections").appendIndex(i);
                json.requireObject(c, cp);
                json.requireKnownFields(c, cp, CORRECTION_FIELDS);
                result.add(new Correction(json.text(c, cp, "field", true), json.text(c, cp, "published", false),
                        json.text(c, cp, "value", false), json.text(c, cp, "reason", true)));
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
}
