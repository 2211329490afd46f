package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.edit.AtomicFile;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * A presenter's stepping orders, one list of region ids per sector, in a small file that travels with
 * the talk to the congress laptop: {@code {"schemaVersion": 1, "orders": {"PO": ["zwolle-en-omgeving", ...]}}}.
 * Ids are kept as written: which of them the atlas on that laptop knows is for the presenter to say.
 */
public final class PresentationFile {

    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonLimits.mapper();

    public Map<Sector, List<String>> read(Path file) throws DataLoadException {
        JsonTree json = JsonTree.read(file, mapper);
        json.requireSchemaVersion(SCHEMA_VERSION);
        JsonPointer ordersAt = JsonPointer.empty().appendProperty("orders");
        JsonNode orders = json.root().get("orders");
        if (orders == null) {
            throw json.error(JsonPointer.empty(), FIELD_MISSING.with("orders"));
        }
        json.requireObject(orders, ordersAt);
        Map<Sector, List<String>> result = new EnumMap<>(Sector.class);
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) orders::fields) {
            JsonPointer at = ordersAt.appendProperty(e.getKey());
            Sector sector;
            try {
                sector = Sector.valueOf(e.getKey());
            } catch (IllegalArgumentException unknown) {
                throw json.error(at, SECTOR_UNKNOWN.with(e.getKey()));
            }
            JsonNode ids = json.optionalArray(orders, ordersAt, e.getKey());
            List<String> order = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                JsonNode id = ids.get(i);
                if (!id.isTextual()) {
                    throw json.error(at.appendIndex(i), FIELD_NOT_TEXT.with(e.getKey(), JsonTree.kind(id)));
                }
                order.add(id.textValue());
            }
            result.put(sector, Collections.unmodifiableList(order));
        }
        return result;
    }

    /** Writes {@code orders} atomically, sectors in PO, VO, MBO order. */
    public void write(Path file, Map<Sector, List<String>> orders) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode byS = root.putObject("orders");
        for (Sector s : Sector.values()) {
            List<String> ids = orders.get(s);
            if (ids != null) {
                ArrayNode list = byS.putArray(s.name());
                ids.forEach(list::add);
            }
        }
        byte[] bytes = mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        // Whole or not at all: a half-written order would be read as a shorter talk.
        AtomicFile.write(file, out -> out.write(bytes), false);
    }
}
