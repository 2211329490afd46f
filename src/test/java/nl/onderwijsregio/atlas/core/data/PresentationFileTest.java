package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A talk's stepping orders, written on one laptop and read on another. */
class PresentationFileTest {

    @TempDir
    Path dir;

    @Test
    void ordersAreReadBackAsWrittenPerSector() throws Exception {
        Path talk = dir.resolve("congres.json");
        Map<Sector, List<String>> orders = Map.of(
                Sector.PO, List.of("zwolle-en-omgeving", "noord-nederland-po"),
                Sector.MBO, List.of("amsterdam"));
        new PresentationFile().write(talk, orders);
        assertEquals(orders, new PresentationFile().read(talk));
        assertTrue(Files.readString(talk).contains("\"schemaVersion\" : 1"), Files.readString(talk));
    }

    @Test
    void anUnknownSectorIsNamedWithItsPlace() throws Exception {
        Path talk = dir.resolve("congres.json");
        Files.writeString(talk, "{\"schemaVersion\": 1, \"orders\": {\"HBO\": [\"amsterdam\"]}}");
        DataLoadException e = assertThrows(DataLoadException.class, () -> new PresentationFile().read(talk));
        assertTrue(e.getMessage().contains("HBO"), e.getMessage());
        assertTrue(e.getMessage().contains("congres.json"), e.getMessage());
    }

    @Test
    void aFileWithoutOrdersIsRefused() throws Exception {
        Path talk = dir.resolve("leeg.json");
        Files.writeString(talk, "{\"schemaVersion\": 1}");
        DataLoadException e = assertThrows(DataLoadException.class, () -> new PresentationFile().read(talk));
        assertTrue(e.getMessage().contains("orders"), e.getMessage());
    }
}
