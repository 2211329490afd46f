package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.AbcsEntry;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.LocalizedText;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.SourceInfo;
import nl.onderwijsregio.atlas.core.model.Theme;

/**
 * Reads {@code onderwijsregios.json}. Every problem is reported with the file, the line and the JSON path
 * ({@code $.regions[3].sectors[0]}), so an editor can open the file and fix it.
 */
public final class RegionFileReader {

    /** The schema version this atlas reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonLimits.mapper();

    /**
     * Reads and checks the file.
     *
     * @param knownCodes the municipality codes of the loaded boundaries; a member outside them is an error.
     *                   Pass null to accept unknown codes (used when checking data against another edition,
     *                   where the validator lists them instead).
     */
    public RegionData read(Path file, Set<String> knownCodes) throws DataLoadException {
        if (Files.isDirectory(file)) {
            throw new DataLoadException(file, null, JSON_FOLDER.with());
        }
        if (!Files.isRegularFile(file)) {
            throw new DataLoadException(file, null, FILE_NOT_FOUND.with());
        }
        byte[] bytes;
        try {
            if (Files.size(file) > JsonLimits.MAX_DOCUMENT_BYTES) {
                throw new DataLoadException(file, null, JSON_TOO_LARGE.with(Files.size(file) / (1024 * 1024),
                        JsonLimits.MAX_DOCUMENT_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataLoadException(file, null, CANNOT_READ.with(e.getMessage()), e);
        }
        return parse(file, bytes, knownCodes);
    }

    public RegionData parse(Path file, byte[] bytes, Set<String> knownCodes) throws DataLoadException {
        if (bytes.length == 0) {
            throw new DataLoadException(file, null, FILE_EMPTY.with());
        }
        checkUtf8(file, bytes);
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new DataLoadException(file, lineOf(e.getLocation()), JSON_REFUSED.with(firstLine(e.getOriginalMessage())), e);
        } catch (JsonProcessingException e) {
            throw new DataLoadException(file, lineOf(e.getLocation()), JSON_MALFORMED.with(firstLine(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new DataLoadException(file, null, CANNOT_READ.with(e.getMessage()), e);
        }
        return new Walker(file, bytes, knownCodes).data(root);
    }

    private static void checkUtf8(Path file, byte[] bytes) throws DataLoadException {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstInvalidUtf8(bytes);
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new DataLoadException(file, AT_LINE_BYTE.with(line, bad), NOT_UTF8.with());
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static DataPhrase lineOf(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? null : AT_LINE_COLUMN.with(loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Walks the tree with a pointer to the current node, so every error can name its place. */
    private static final class Walker {
        private final Path file;
        private final byte[] bytes;
        private final Set<String> knownCodes;

        Walker(Path file, byte[] bytes, Set<String> knownCodes) {
            this.file = file;
            this.bytes = bytes;
            this.knownCodes = knownCodes;
        }

        DataLoadException error(JsonPointer at, DataPhrase problem) {
            String path = JsonLocator.readable(at);
            var line = JsonLocator.lineOf(bytes, at);
            DataPhrase where = line.isPresent() ? AT_LINE_PATH.with(line.getAsInt(), path) : AT_PATH.with(path);
            return new DataLoadException(file, where, problem);
        }

        RegionData data(JsonNode root) throws DataLoadException {
            JsonPointer top = JsonPointer.empty();
            if (!root.isObject()) {
                throw error(top, ROOT_NOT_OBJECT.with(kind(root)));
            }
            JsonNode version = root.get("schemaVersion");
            if (version == null) {
                throw error(top, FIELD_MISSING.with("schemaVersion"));
            }
            if (!version.isInt()) {
                throw error(top.appendProperty("schemaVersion"), SCHEMA_VERSION_NOT_WHOLE.with(kind(version)));
            }
            if (version.intValue() != SCHEMA_VERSION) {
                throw error(top.appendProperty("schemaVersion"), SCHEMA_VERSION_UNSUPPORTED.with(version.intValue(),
                        SCHEMA_VERSION));
            }
            SourceInfo source = SourceInfo.unknown();
            JsonNode s = root.get("source");
            if (s != null && !s.isNull()) {
                JsonPointer sp = top.appendProperty("source");
                requireObject(s, sp);
                source = new SourceInfo(text(s, sp, "title", false), text(s, sp, "publisher", false),
                        text(s, sp, "edition", false));
            }
            List<AbcsEntry> abcs = new ArrayList<>();
            JsonPointer ap = top.appendProperty("abcs");
            JsonNode abcsNode = optionalArray(root, top, "abcs");
            for (int i = 0; i < abcsNode.size(); i++) {
                JsonNode n = abcsNode.get(i);
                JsonPointer p = ap.appendIndex(i);
                requireObject(n, p);
                abcs.add(new AbcsEntry(letter(n.get("letter"), p.appendProperty("letter")),
                        localized(n, p, "name"), localized(n, p, "introduction")));
            }
            List<Theme> themes = new ArrayList<>();
            JsonPointer tp = top.appendProperty("themes");
            JsonNode themesNode = optionalArray(root, top, "themes");
            for (int i = 0; i < themesNode.size(); i++) {
                JsonNode n = themesNode.get(i);
                JsonPointer p = tp.appendIndex(i);
                requireObject(n, p);
                themes.add(new Theme(text(n, p, "id", true), localized(n, p, "name"), localized(n, p, "introduction")));
            }
            JsonNode regionsNode = root.get("regions");
            if (regionsNode == null || !regionsNode.isArray()) {
                throw error(regionsNode == null ? top : top.appendProperty("regions"),
                        FIELD_NOT_ARRAY.with("regions", kind(regionsNode)));
            }
            List<Region> regions = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            Map<String, JsonPointer> caseIds = new HashMap<>();
            for (int i = 0; i < regionsNode.size(); i++) {
                JsonPointer p = top.appendProperty("regions").appendIndex(i);
                Region r = region(regionsNode.get(i), p, caseIds);
                Integer earlier = ids.putIfAbsent(r.id(), i);
                if (earlier != null) {
                    throw error(p.appendProperty("id"), REGION_ID_TWICE.with(r.id(), earlier));
                }
                regions.add(r);
            }
            return new RegionData(version.intValue(), source, abcs, themes, regions);
        }

        private Region region(JsonNode n, JsonPointer p, Map<String, JsonPointer> caseIds) throws DataLoadException {
            requireObject(n, p);
            String id = text(n, p, "id", true);
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw error(p.appendProperty("id"), REGION_ID_FORM.with(id));
            }
            String displayName = text(n, p, "displayName", true);
            String publishedName = text(n, p, "publishedName", false);
            Set<Sector> sectors = EnumSet.noneOf(Sector.class);
            JsonNode sectorsNode = n.get("sectors");
            if (sectorsNode == null || !sectorsNode.isArray()) {
                throw error(sectorsNode == null ? p : p.appendProperty("sectors"),
                        SECTORS_NOT_ARRAY.with(kind(sectorsNode)));
            }
            for (int i = 0; i < sectorsNode.size(); i++) {
                JsonNode sn = sectorsNode.get(i);
                JsonPointer sp = p.appendProperty("sectors").appendIndex(i);
                if (!sn.isTextual()) {
                    throw error(sp, SECTOR_NOT_TEXT.with(kind(sn)));
                }
                sectors.add(Sector.parse(sn.textValue()).orElseThrow(() -> error(sp,
                        SECTOR_UNKNOWN.with(sn.textValue()))));
            }
            Scope scope = Scope.REGIONAL;
            String scopeText = text(n, p, "scope", false);
            if (scopeText != null) {
                try {
                    scope = Scope.valueOf(scopeText);
                } catch (IllegalArgumentException e) {
                    throw error(p.appendProperty("scope"), SCOPE_UNKNOWN.with(scopeText));
                }
            }
            boolean voorloper = false;
            JsonNode v = n.get("voorloper");
            if (v != null && !v.isNull()) {
                if (!v.isBoolean()) {
                    throw error(p.appendProperty("voorloper"), VOORLOPER_NOT_BOOLEAN.with(kind(v)));
                }
                voorloper = v.booleanValue();
            }
            return new Region(id, displayName, publishedName, sectors, scope, voorloper,
                    text(n, p, "voorloperNote", false), figures(n.get("keyFigures"), p.appendProperty("keyFigures")),
                    members(n, p), cases(n, p, caseIds), corrections(n, p));
        }

        private KeyFigures figures(JsonNode n, JsonPointer p) throws DataLoadException {
            if (n == null || n.isNull()) {
                return KeyFigures.none();
            }
            requireObject(n, p);
            Map<KeyFigure, Long> values = new EnumMap<>(KeyFigure.class);
            var names = n.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                boolean known = false;
                for (KeyFigure f : KeyFigure.values()) {
                    known |= f.jsonKey().equals(name);
                }
                if (!known) {
                    throw error(p.appendProperty(name), KEY_FIGURE_UNKNOWN.with(name));
                }
            }
            for (KeyFigure f : KeyFigure.values()) {
                JsonNode value = n.get(f.jsonKey());
                if (value == null || value.isNull()) {
                    continue;
                }
                JsonPointer fp = p.appendProperty(f.jsonKey());
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw error(fp, KEY_FIGURE_NOT_WHOLE.with(kind(value)));
                }
                if (value.longValue() < 0) {
                    throw error(fp, KEY_FIGURE_NEGATIVE.with(value.longValue()));
                }
                values.put(f, value.longValue());
            }
            return KeyFigures.of(values);
        }

        private List<MemberRef> members(JsonNode region, JsonPointer p) throws DataLoadException {
            JsonNode arr = optionalArray(region, p, "members");
            List<MemberRef> result = new ArrayList<>(arr.size());
            for (int i = 0; i < arr.size(); i++) {
                JsonNode m = arr.get(i);
                JsonPointer mp = p.appendProperty("members").appendIndex(i);
                requireObject(m, mp);
                String code = text(m, mp, "code", false);
                if (code != null) {
                    if (!Municipality.isValidCode(code)) {
                        throw error(mp.appendProperty("code"), MUNICIPALITY_CODE_FORM.with(code));
                    }
                    if (knownCodes != null && !knownCodes.contains(code)) {
                        throw error(mp.appendProperty("code"), MUNICIPALITY_CODE_UNKNOWN.with(code));
                    }
                }
                result.add(new MemberRef(code, text(m, mp, "publishedName", false)));
            }
            return result;
        }

        private List<CaseStory> cases(JsonNode region, JsonPointer p, Map<String, JsonPointer> caseIds)
                throws DataLoadException {
            JsonNode arr = optionalArray(region, p, "cases");
            List<CaseStory> result = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                JsonNode c = arr.get(i);
                JsonPointer cp = p.appendProperty("cases").appendIndex(i);
                requireObject(c, cp);
                String id = text(c, cp, "id", true);
                JsonPointer earlier = caseIds.putIfAbsent(id, cp);
                if (earlier != null) {
                    throw error(cp.appendProperty("id"), CASE_ID_TWICE.with(id, JsonLocator.readable(earlier)));
                }
                List<AbcsLetter> letters = new ArrayList<>();
                JsonNode abcs = optionalArray(c, cp, "abcs");
                for (int j = 0; j < abcs.size(); j++) {
                    letters.add(letter(abcs.get(j), cp.appendProperty("abcs").appendIndex(j)));
                }
                result.add(new CaseStory(id, text(c, cp, "title", true), letters, text(c, cp, "theme", false),
                        text(c, cp, "summary", true), text(c, cp, "source", false)));
            }
            return result;
        }

        private List<Correction> corrections(JsonNode region, JsonPointer p) throws DataLoadException {
            JsonNode arr = optionalArray(region, p, "corrections");
            List<Correction> result = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                JsonNode c = arr.get(i);
                JsonPointer cp = p.appendProperty("corrections").appendIndex(i);
                requireObject(c, cp);
                result.add(new Correction(text(c, cp, "field", true), text(c, cp, "published", false),
                        text(c, cp, "value", false), text(c, cp, "reason", true)));
            }
            return result;
        }

        private AbcsLetter letter(JsonNode n, JsonPointer p) throws DataLoadException {
            if (n == null || !n.isTextual()) {
                throw error(p, LETTER_NOT_TEXT.with(kind(n)));
            }
            try {
                return AbcsLetter.valueOf(n.textValue());
            } catch (IllegalArgumentException e) {
                throw error(p, LETTER_UNKNOWN.with(n.textValue()));
            }
        }

        private LocalizedText localized(JsonNode parent, JsonPointer p, String field) throws DataLoadException {
            JsonNode n = parent.get(field);
            JsonPointer fp = p.appendProperty(field);
            if (n == null || !n.isObject()) {
                throw error(n == null ? p : fp, FIELD_NOT_LOCALIZED.with(field, kind(n)));
            }
            return new LocalizedText(text(n, fp, "nl", true), text(n, fp, "en", false));
        }

        private JsonNode optionalArray(JsonNode parent, JsonPointer p, String field) throws DataLoadException {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return mapperlessEmptyArray();
            }
            if (!n.isArray()) {
                throw error(p.appendProperty(field), FIELD_NOT_ARRAY.with(field, kind(n)));
            }
            return n;
        }

        private static JsonNode mapperlessEmptyArray() {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }

        private void requireObject(JsonNode n, JsonPointer p) throws DataLoadException {
            if (n == null || !n.isObject()) {
                throw error(p, NOT_AN_OBJECT.with(kind(n)));
            }
        }

        private String text(JsonNode parent, JsonPointer p, String field, boolean required) throws DataLoadException {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                if (required) {
                    throw error(p, FIELD_MISSING.with(field));
                }
                return null;
            }
            if (!n.isTextual()) {
                throw error(p.appendProperty(field), FIELD_NOT_TEXT.with(field, kind(n)));
            }
            if (required && n.textValue().isBlank()) {
                throw error(p.appendProperty(field), FIELD_EMPTY.with(field));
            }
            return n.textValue();
        }

        /** What a value turned out to be; JSON's own words (true, false, null) stay untranslated. */
        private static Object kind(JsonNode n) {
            if (n == null) {
                return KIND_NOTHING.with();
            }
            return switch (n.getNodeType()) {
                case ARRAY -> KIND_ARRAY.with();
                case OBJECT -> KIND_OBJECT.with();
                case STRING -> KIND_TEXT.with(abbreviate(n.textValue()));
                case NUMBER -> KIND_NUMBER.with(n.numberValue());
                case BOOLEAN -> n.booleanValue() ? "true" : "false";
                case NULL -> "null";
                default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            };
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
