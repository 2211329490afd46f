package nl.onderwijsregio.atlas.core.data;

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
            throw new DataLoadException(file, null, "this is a folder, not a JSON file");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataLoadException(file, null, "file not found");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > JsonLimits.MAX_DOCUMENT_BYTES) {
                throw new DataLoadException(file, null, "the file is " + Files.size(file) / (1024 * 1024)
                        + " MB; region files larger than " + JsonLimits.MAX_DOCUMENT_BYTES / (1024 * 1024)
                        + " MB are refused");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataLoadException(file, null, "cannot read: " + e.getMessage(), e);
        }
        return parse(file, bytes, knownCodes);
    }

    public RegionData parse(Path file, byte[] bytes, Set<String> knownCodes) throws DataLoadException {
        if (bytes.length == 0) {
            throw new DataLoadException(file, null, "the file is empty");
        }
        checkUtf8(file, bytes);
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new DataLoadException(file, lineOf(e.getLocation()), "refused: " + firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new DataLoadException(file, lineOf(e.getLocation()), "malformed JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new DataLoadException(file, null, "cannot read: " + e.getMessage(), e);
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
            throw new DataLoadException(file, "line " + line + ", byte " + bad, "the text is not valid UTF-8");
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

    private static String lineOf(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
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

        DataLoadException error(JsonPointer at, String problem) {
            String where = JsonLocator.readable(at);
            var line = JsonLocator.lineOf(bytes, at);
            if (line.isPresent()) {
                where = "line " + line.getAsInt() + ", " + where;
            }
            return new DataLoadException(file, where, problem);
        }

        RegionData data(JsonNode root) throws DataLoadException {
            JsonPointer top = JsonPointer.empty();
            if (!root.isObject()) {
                throw error(top, "expected a JSON object with schemaVersion and regions, found " + kind(root));
            }
            JsonNode version = root.get("schemaVersion");
            if (version == null) {
                throw error(top, "the field schemaVersion is missing");
            }
            if (!version.isInt()) {
                throw error(top.appendProperty("schemaVersion"), "schemaVersion must be a whole number, found " + kind(version));
            }
            if (version.intValue() != SCHEMA_VERSION) {
                throw error(top.appendProperty("schemaVersion"), "schemaVersion " + version.intValue()
                        + " is not supported; this atlas reads version " + SCHEMA_VERSION);
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
                        "the field regions must be an array, found " + kind(regionsNode));
            }
            List<Region> regions = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            Map<String, JsonPointer> caseIds = new HashMap<>();
            for (int i = 0; i < regionsNode.size(); i++) {
                JsonPointer p = top.appendProperty("regions").appendIndex(i);
                Region r = region(regionsNode.get(i), p, caseIds);
                Integer earlier = ids.putIfAbsent(r.id(), i);
                if (earlier != null) {
                    throw error(p.appendProperty("id"), "the region id '" + r.id() + "' is used twice (also by regions["
                            + earlier + "])");
                }
                regions.add(r);
            }
            return new RegionData(version.intValue(), source, abcs, themes, regions);
        }

        private Region region(JsonNode n, JsonPointer p, Map<String, JsonPointer> caseIds) throws DataLoadException {
            requireObject(n, p);
            String id = text(n, p, "id", true);
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw error(p.appendProperty("id"), "the region id '" + id
                        + "' must be lower-case letters, digits and hyphens");
            }
            String displayName = text(n, p, "displayName", true);
            String publishedName = text(n, p, "publishedName", false);
            Set<Sector> sectors = EnumSet.noneOf(Sector.class);
            JsonNode sectorsNode = n.get("sectors");
            if (sectorsNode == null || !sectorsNode.isArray()) {
                throw error(sectorsNode == null ? p : p.appendProperty("sectors"),
                        "sectors must be an array such as [\"PO\", \"VO\"], found " + kind(sectorsNode));
            }
            for (int i = 0; i < sectorsNode.size(); i++) {
                JsonNode sn = sectorsNode.get(i);
                JsonPointer sp = p.appendProperty("sectors").appendIndex(i);
                if (!sn.isTextual()) {
                    throw error(sp, "a sector must be a text, found " + kind(sn));
                }
                sectors.add(Sector.parse(sn.textValue()).orElseThrow(() -> error(sp,
                        "unknown sector '" + sn.textValue() + "'; expected PO, VO or MBO")));
            }
            Scope scope = Scope.REGIONAL;
            String scopeText = text(n, p, "scope", false);
            if (scopeText != null) {
                try {
                    scope = Scope.valueOf(scopeText);
                } catch (IllegalArgumentException e) {
                    throw error(p.appendProperty("scope"), "unknown scope '" + scopeText + "'; expected REGIONAL or NATIONAL");
                }
            }
            boolean voorloper = false;
            JsonNode v = n.get("voorloper");
            if (v != null && !v.isNull()) {
                if (!v.isBoolean()) {
                    throw error(p.appendProperty("voorloper"), "voorloper must be true or false, found " + kind(v));
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
                    throw error(p.appendProperty(name), "unknown key figure '" + name + "'");
                }
            }
            for (KeyFigure f : KeyFigure.values()) {
                JsonNode value = n.get(f.jsonKey());
                if (value == null || value.isNull()) {
                    continue;
                }
                JsonPointer fp = p.appendProperty(f.jsonKey());
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw error(fp, "a key figure must be a whole number or null, found " + kind(value));
                }
                if (value.longValue() < 0) {
                    throw error(fp, "a key figure cannot be negative: " + value.longValue());
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
                        throw error(mp.appendProperty("code"), "the municipality code '" + code
                                + "' is not of the form GM followed by four digits");
                    }
                    if (knownCodes != null && !knownCodes.contains(code)) {
                        throw error(mp.appendProperty("code"), "unknown municipality code " + code
                                + ": it is not in the loaded municipality boundaries");
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
                    throw error(cp.appendProperty("id"), "the case id '" + id + "' is used twice (also at "
                            + JsonLocator.readable(earlier) + ")");
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
                throw error(p, "expected one of the letters A, B, C, S, found " + kind(n));
            }
            try {
                return AbcsLetter.valueOf(n.textValue());
            } catch (IllegalArgumentException e) {
                throw error(p, "unknown ABC&S letter '" + n.textValue() + "'; expected A, B, C or S");
            }
        }

        private LocalizedText localized(JsonNode parent, JsonPointer p, String field) throws DataLoadException {
            JsonNode n = parent.get(field);
            JsonPointer fp = p.appendProperty(field);
            if (n == null || !n.isObject()) {
                throw error(n == null ? p : fp, "the field " + field + " must be an object {\"nl\": …, \"en\": …}, found " + kind(n));
            }
            return new LocalizedText(text(n, fp, "nl", true), text(n, fp, "en", false));
        }

        private JsonNode optionalArray(JsonNode parent, JsonPointer p, String field) throws DataLoadException {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return mapperlessEmptyArray();
            }
            if (!n.isArray()) {
                throw error(p.appendProperty(field), "the field " + field + " must be an array, found " + kind(n));
            }
            return n;
        }

        private static JsonNode mapperlessEmptyArray() {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }

        private void requireObject(JsonNode n, JsonPointer p) throws DataLoadException {
            if (n == null || !n.isObject()) {
                throw error(p, "expected an object, found " + kind(n));
            }
        }

        private String text(JsonNode parent, JsonPointer p, String field, boolean required) throws DataLoadException {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                if (required) {
                    throw error(p, "the field " + field + " is missing");
                }
                return null;
            }
            if (!n.isTextual()) {
                throw error(p.appendProperty(field), "the field " + field + " must be a text, found " + kind(n));
            }
            if (required && n.textValue().isBlank()) {
                throw error(p.appendProperty(field), "the field " + field + " is empty");
            }
            return n.textValue();
        }

        private static String kind(JsonNode n) {
            if (n == null) {
                return "nothing";
            }
            return switch (n.getNodeType()) {
                case ARRAY -> "an array";
                case OBJECT -> "an object";
                case STRING -> "the text \"" + abbreviate(n.textValue()) + "\"";
                case NUMBER -> "the number " + n.numberValue();
                case BOOLEAN -> n.booleanValue() ? "true" : "false";
                case NULL -> "null";
                default -> n.getNodeType().name().toLowerCase();
            };
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
