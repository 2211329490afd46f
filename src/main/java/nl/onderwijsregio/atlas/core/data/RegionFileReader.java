package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * Reads {@code onderwijsregios.json}. Every problem is reported with the file, the line and the JSON path
 * ({@code $.regions[3].sectors[0]}), and inside a region with that region's name and id, so an editor can find
 * it in the file and in the atlas ({@link JsonTree} names them). It stops at the first problem, except
 * {@link #parseEvery}, which tells them all.
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
        return new RegionWalker(JsonTree.read(file, mapper, RegionFileReader::regionAt), knownCodes, Map.of()).data();
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
        return new RegionWalker(JsonTree.parse(file, bytes, mapper, RegionFileReader::regionAt), names.keySet(), names)
                .data();
    }

    public RegionData parse(Path file, byte[] bytes, Set<String> knownCodes) throws DataLoadException {
        return new RegionWalker(JsonTree.parse(file, bytes, mapper, RegionFileReader::regionAt), knownCodes, Map.of())
                .data();
    }

    /**
     * As {@link #parse} without checking member codes, going on past a problem in what the file holds (a field the
     * atlas does not know, a malformed code, a negative figure, a region id twice) so that one pass finds them all:
     * they come as one {@link RegionFileProblems}, told by the first as {@link #parse} would tell it. A file that is
     * no JSON, or no regions file of this schema, is told at once as {@link #parse} tells it.
     */
    public RegionData parseEvery(Path file, byte[] bytes) throws DataLoadException {
        return new RegionWalker(JsonTree.parse(file, bytes, mapper, RegionFileReader::regionAt), null, Map.of(),
                new ArrayList<>()).data();
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
}
