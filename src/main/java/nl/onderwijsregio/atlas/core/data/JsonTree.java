package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.LocalizedText;
import nl.onderwijsregio.atlas.core.text.NameList;

/**
 * A parsed JSON file with checked access to its values: every problem becomes a {@link DataLoadException}
 * naming the file, the line and the JSON path ({@code $.regions[3].sectors[0]}) of the value at fault.
 */
final class JsonTree {

    /**
     * Names a place of a file by the values around it: a person knows "region Oost-Nederland", not "$.regions[0]".
     * It sees the pointer of the value at fault and the file's values by pointer (null or missing where there is
     * none): of a file refused half-way, only the texts read before the refusal.
     */
    @FunctionalInterface
    interface PlaceNames {
        PlaceNames NONE = (valueAt, at) -> null;

        /** The name of {@code at}; null for none. */
        DataPhrase name(Function<JsonPointer, JsonNode> valueAt, JsonPointer at);
    }

    /**
     * A place refused for nesting too deep is named by its outer levels only: the path down to a 65th bracket is no
     * help, where it went astray is. The schema needs 6.
     */
    private static final int DEEP_PLACE_LEVELS = 8;

    private final Path file;
    private final byte[] bytes;
    private final JsonNode root;
    private final PlaceNames placeNames;
    private final Function<JsonPointer, JsonNode> valueAt;

    private JsonTree(Path file, byte[] bytes, JsonNode root, PlaceNames placeNames,
                     Function<JsonPointer, JsonNode> valueAt) {
        this.file = file;
        this.bytes = bytes;
        this.root = root;
        this.placeNames = placeNames;
        this.valueAt = valueAt;
    }

    Path file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** Reads and parses {@code file}: a folder, a missing file or one over the size limit is an error too. */
    static JsonTree read(Path file, ObjectMapper mapper) throws DataLoadException {
        return read(file, mapper, PlaceNames.NONE);
    }

    /** As {@link #read(Path, ObjectMapper)}, telling every place also by the name {@code placeNames} gives it. */
    static JsonTree read(Path file, ObjectMapper mapper, PlaceNames placeNames) throws DataLoadException {
        return parse(file, readBytes(file), mapper, placeNames);
    }

    /**
     * The bytes of {@code file}: a folder, a missing file or one over the size limit is an error. A pipe or a
     * device is read as well ({@code validate <(git show :data/onderwijsregios.json)}), up to the limit.
     */
    static byte[] readBytes(Path file) throws DataLoadException {
        if (Files.isDirectory(file)) {
            throw new DataLoadException(file, null, JSON_FOLDER.with());
        }
        // Only when the system says it is not there: where it will not say (no permission to look), the read tells why.
        if (Files.notExists(file)) {
            throw new DataLoadException(file, null, FILE_NOT_FOUND.with());
        }
        try {
            if (!Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return readStream(file, in);
                }
            }
            if (Files.size(file) > JsonLimits.MAX_DOCUMENT_BYTES) {
                throw new DataLoadException(file, null, JSON_TOO_LARGE.with(Files.size(file) / MB,
                        JsonLimits.MAX_DOCUMENT_BYTES / MB));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw DataLoadException.unreadable(file, e);
        }
    }

    /**
     * The bytes of a stream without a size to look at first (a pipe, standard input), called {@code name}:
     * read up to the limit, and refused past it without reading on, for a stream may not end.
     */
    static byte[] readStream(Path name, InputStream in) throws DataLoadException {
        try {
            byte[] bytes = in.readNBytes((int) JsonLimits.MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > JsonLimits.MAX_DOCUMENT_BYTES) {
                throw new DataLoadException(name, null, JSON_STREAM_TOO_LARGE.with(JsonLimits.MAX_DOCUMENT_BYTES / MB));
            }
            return bytes;
        } catch (IOException e) {
            throw DataLoadException.unreadable(name, e);
        }
    }

    private static final long MB = 1024 * 1024;

    /** The root is an object whose {@code schemaVersion} is {@code expected}. */
    void requireSchemaVersion(int expected) throws DataLoadException {
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
        if (version.intValue() != expected) {
            throw error(top.appendProperty("schemaVersion"), SCHEMA_VERSION_UNSUPPORTED.with(version.intValue(), expected));
        }
    }

    /**
     * Parses {@code bytes} read from {@code file}: empty, not UTF-8, malformed or over a limit is an error naming its
     * line and column; a refusal for a limit also names the JSON path and, by {@code placeNames}, the place.
     */
    static JsonTree parse(Path file, byte[] bytes, ObjectMapper mapper, PlaceNames placeNames)
            throws DataLoadException {
        if (isBlank(bytes)) {
            // Only spaces and line breaks hold no document either; the parser would call it a "missing" value.
            throw new DataLoadException(file, null, FILE_EMPTY.with());
        }
        Utf8Text.decode(file, bytes, NOT_UTF8.with());
        JsonNode root;
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            try {
                root = mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                throw refusal(file, bytes, mapper.getFactory(), parser, placeNames, e);
            } catch (JsonProcessingException e) {
                // Jackson calls a stray bracket below the document a bracket that closes the wrong thing.
                DataPhrase problem = parser.getParsingContext().inRoot() && startsWithWholeValue(bytes, mapper.getFactory())
                        ? JSON_AFTER_END.with() : JsonProblem.of(e);
                throw new DataLoadException(file, lineOf(e.getLocation()), JSON_MALFORMED.with(problem), e);
            }
        } catch (IOException e) {
            throw DataLoadException.unreadable(file, e);
        }
        return new JsonTree(file, bytes, root, placeNames, root::at);
    }

    /**
     * A limit the file goes over, at the value going over it: its line and column (where it starts) and its path,
     * named by the texts read before it ("in region Oost-Nederland"), so that the case summary pasted in whole can be
     * found.
     */
    private static DataLoadException refusal(Path file, byte[] bytes, JsonFactory factory, JsonParser parser,
                                             PlaceNames placeNames, StreamConstraintsException e) {
        JsonPointer at = parser.getParsingContext().pathAsPointer();
        JsonLocation start = parser.currentTokenLocation();
        Map<JsonPointer, JsonNode> textsBefore = textsAround(bytes, factory, at);
        JsonTree partial = new JsonTree(file, bytes, null, placeNames, textsBefore::get);
        DataPhrase place = partial.place(at, e.getOriginalMessage().startsWith("Document nesting depth")
                ? DEEP_PLACE_LEVELS : Integer.MAX_VALUE);
        DataPhrase where = start.getLineNr() < 0 ? place
                : AT_LINE_COLUMN_PATH.with(start.getLineNr(), start.getColumnNr(), place);
        return new DataLoadException(file, where, JSON_REFUSED.with(JsonProblem.of(e)), e);
    }

    /** The texts of the objects and arrays around {@code at} that come before the value there, by pointer. */
    private static Map<JsonPointer, JsonNode> textsAround(byte[] bytes, JsonFactory factory, JsonPointer at) {
        Map<JsonPointer, JsonNode> texts = new HashMap<>();
        String within = at.toString() + "/";
        try (JsonParser p = factory.createParser(bytes)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    JsonPointer here = p.getParsingContext().pathAsPointer();
                    if (within.startsWith(here.head().toString() + "/")) {
                        texts.put(here, TextNode.valueOf(p.getText()));
                    }
                }
            }
        } catch (IOException refusedAgain) {
            // The same refusal: what was read before it is all there is to name the place by.
        }
        return texts;
    }

    /** Whether the document opens with one whole value: a parse error outside of it is after its end. */
    private static boolean startsWithWholeValue(byte[] bytes, JsonFactory factory) {
        try (JsonParser p = factory.createParser(bytes)) {
            if (p.nextToken() == null) {
                return false;
            }
            p.skipChildren();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static DataPhrase lineOf(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? null : AT_LINE_COLUMN.with(loc.getLineNr(), loc.getColumnNr());
    }

    /** The problem at {@code at}, placed by its JSON path and, where it can be found, its line. */
    DataLoadException error(JsonPointer at, DataPhrase problem) {
        return new DataLoadException(file, location(at), problem);
    }

    /** Where {@code at} is: its line where it can be found, its JSON path, and its name where it has one. */
    DataPhrase location(JsonPointer at) {
        var line = JsonLocator.lineOf(bytes, at);
        return line.isPresent() ? AT_LINE_PATH.with(line.getAsInt(), place(at)) : place(at);
    }

    /** The JSON path of {@code at}, with its name where it has one: "$.regions[3] in region Oost-Nederland (…)". */
    DataPhrase place(JsonPointer at) {
        return place(at, Integer.MAX_VALUE);
    }

    private DataPhrase place(JsonPointer at, int levels) {
        String path = JsonLocator.readable(at, levels);
        DataPhrase name = placeNames.name(valueAt, at);
        return name == null ? AT_PATH.with(path) : AT_PATH_IN.with(path, name);
    }

    private static final List<String> LANGUAGES = List.of("nl", "en");

    LocalizedText localized(JsonNode parent, JsonPointer p, String field) throws DataLoadException {
        JsonNode n = parent.get(field);
        JsonPointer fp = p.appendProperty(field);
        if (n == null || !n.isObject()) {
            throw error(n == null ? p : fp, FIELD_NOT_LOCALIZED.with(field, kind(n)));
        }
        requireKnownFields(n, fp, LANGUAGES);
        return new LocalizedText(text(n, fp, "nl", true), text(n, fp, "en", false));
    }

    JsonNode optionalArray(JsonNode parent, JsonPointer p, String field) throws DataLoadException {
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

    void requireObject(JsonNode n, JsonPointer p) throws DataLoadException {
        if (n == null || !n.isObject()) {
            throw error(p, NOT_AN_OBJECT.with(kind(n)));
        }
    }

    /**
     * Refuses a field of the object {@code n} outside {@code known} (at least two names): what the atlas does
     * not know, it would silently leave out when it saves the file.
     */
    void requireKnownFields(JsonNode n, JsonPointer p, List<String> known) throws DataLoadException {
        List<DataLoadException> unknown = unknownFields(n, p, known);
        if (!unknown.isEmpty()) {
            throw unknown.get(0);
        }
    }

    /** As {@link #requireKnownFields}, every field of {@code n} outside {@code known}, each as its problem. */
    List<DataLoadException> unknownFields(JsonNode n, JsonPointer p, List<String> known) {
        List<DataLoadException> unknown = new ArrayList<>();
        var names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(error(p.appendProperty(name),
                        FIELD_UNKNOWN.with(name, NameList.joined(known, FIELD_LIST::with))));
            }
        }
        return unknown;
    }

    String text(JsonNode parent, JsonPointer p, String field, boolean required) throws DataLoadException {
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
    static Object kind(JsonNode n) {
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
            // MISSING, BINARY, POJO: no value JSON text can hold, and the parser's names are no words for a person.
            default -> KIND_NOTHING.with();
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
