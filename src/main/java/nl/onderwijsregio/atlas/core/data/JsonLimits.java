package nl.onderwijsregio.atlas.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson set up with deliberate limits. The real file is about 200 kB and 8 levels deep;
 * the limits leave ample room for growth and stop hostile or broken files early.
 */
public final class JsonLimits {

    /** Deepest nesting accepted; the schema needs 6. */
    public static final int MAX_DEPTH = 64;
    /** Longest single string; case summaries are a few kB. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Largest document, in bytes. */
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    private JsonLimits() {
    }

    public static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(30)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .build())
                // A field written twice (a hand edit, a bad merge) would keep only its last value, silently.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Also refuses anything after the document, such as a second copy pasted below the first. */
    public static ObjectMapper mapper() {
        return new ObjectMapper(factory()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
