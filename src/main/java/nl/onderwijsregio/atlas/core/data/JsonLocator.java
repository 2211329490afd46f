package nl.onderwijsregio.atlas.core.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Finds the line of a JSON value by its pointer. A tree loses positions, so when a value proves
 * wrong after parsing we stream the text once more to tell the user where it is.
 */
final class JsonLocator {

    private JsonLocator() {
    }

    static OptionalInt lineOf(byte[] json, JsonPointer pointer) {
        try (JsonParser p = JsonLimits.factory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (p.getParsingContext().pathAsPointer().equals(pointer)
                        || (t.isStructStart() && p.getParsingContext().getParent() != null
                        && p.getParsingContext().getParent().pathAsPointer().equals(pointer))) {
                    return OptionalInt.of(p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // the document parsed once already; a failure here only costs the line number
        }
        return OptionalInt.empty();
    }

    /** "$.regions[3].sectors[0]" for "/regions/3/sectors/0": the form people know from tools. */
    static String readable(JsonPointer pointer) {
        return readable(pointer, Integer.MAX_VALUE);
    }

    /** As {@link #readable(JsonPointer)}, of the first {@code levels} levels, and "…" when there are more. */
    static String readable(JsonPointer pointer, int levels) {
        StringBuilder sb = new StringBuilder("$");
        JsonPointer p = pointer;
        for (int level = 0; p != null && !p.matches(); level++) {
            if (level == levels) {
                return sb.append('…').toString();
            }
            if (p.getMatchingIndex() >= 0) {
                sb.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                sb.append('.').append(p.getMatchingProperty());
            }
            p = p.tail();
        }
        return sb.toString();
    }
}
