package nl.onderwijsregio.atlas.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The table's free-text filter over the published regions: as forgiving as the search box, no noisier. */
class TableFilterRealDataTest {

    private static List<RegionRow> rows;

    @BeforeAll
    static void load() throws Exception {
        Atlas atlas = TestData.bundledAtlas();
        rows = new AtlasSummary(atlas, MunicipalityGraph.of(atlas.municipalities().values())).rows();
    }

    private static List<String> answering(String typed) {
        return RegionRow.answering(typed, rows).stream().map(RegionRow::name).toList();
    }

    @Test
    void apeldornFindsTheRegionsThatCoverApeldoorn() {
        List<String> apeldoorn = answering("apeldoorn");
        assertTrue(apeldoorn.size() >= 2, "Apeldoorn lies in two PO regions: " + apeldoorn);
        assertEquals(apeldoorn, answering("apeldorn"));
        assertEquals(apeldoorn, answering("Apeldóórn"));
    }

    @Test
    void zwoleFindsZwolleEnOmgeving() {
        assertTrue(answering("zwole").contains("Zwolle en omgeving"), answering("zwole").toString());
        assertEquals(answering("zwolle"), answering("zwole"));
    }

    @Test
    void whatIsTypedWholeStillFindsAsBeforeAndNoLookalikeBesideIt() {
        List<String> heerde = answering("heerde");
        assertFalse(heerde.isEmpty());
        assertEquals(rows.stream().filter(r -> r.nameKeys().contains("heerde")).map(RegionRow::name).toList(), heerde,
                "not also the regions of Heerlen");
        assertEquals(rows.stream().filter(r -> String.join("|", r.nameKeys()).contains("amp")).map(RegionRow::name)
                .toList(), answering("amp"), "a part of a name keeps every region that holds it");
        assertEquals(List.of(), answering("xqzw"));
    }
}
