package nl.onderwijsregio.atlas.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.RegionRow;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.SummaryModel;
import nl.onderwijsregio.atlas.ui.table.TableViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * One meaning of "municipalities with overlap" on the published data: Zwolle en omgeving (po, vo and mbo,
 * 31 municipalities). Urk is shared only in vo (with Friesland Noordelijk Flevoland), Apeldoorn in po
 * (Oost-Nederland) and mbo (Mbo Gelderland). The table, the pane's total and both CSV exports count a
 * member that overlaps in any of the region's sectors once; the chips follow the map's sector.
 */
class DetailOverlapCountsTest {

    private static final String ZWOLLE = "zwolle-en-omgeving";
    private static final String URK = "GM0184";
    private static final String APELDOORN = "GM0200";

    private static Atlas atlas;

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        atlas = TestData.bundledAtlas();
    }

    private record Views(AtlasState state, DetailViewModel detail, TableViewModel table) {
    }

    private static Views open(Sector shown) {
        return open(shown, ZWOLLE);
    }

    private static Views open(Sector shown, String regionId) {
        AtomicReference<Views> views = new AtomicReference<>();
        DetailFixture.run(() -> {
            AtlasState state = new AtlasState();
            state.sectorProperty().set(shown);
            state.atlasProperty().set(atlas);
            SummaryModel summary = state.summary();
            views.set(new Views(state, new DetailViewModel(state, summary), new TableViewModel(state, summary)));
            state.selectedRegionIdProperty().set(regionId);
        });
        return views.get();
    }

    @Test
    void aRegionOfOneSectorNamesItRatherThanAnyOfItsSectors() {
        Views v = open(Sector.PO, "zuidwest-samen");
        String summary = v.detail().membersSummaryProperty().get();
        assertTrue(summary.endsWith("\n7 gemeenten liggen ook in een andere PO-regio"), summary);
    }

    private static DetailViewModel.MemberItem member(DetailViewModel detail, String code) {
        return detail.members().stream().filter(m -> code.equals(m.code())).findFirst().orElseThrow();
    }

    @Test
    void theTableThePaneTotalAndTheCsvCountOverlapInAnyOfTheRegionsSectors() {
        Views v = open(Sector.PO);
        RegionRow row = v.table().allRows().stream().filter(r -> r.id().equals(ZWOLLE)).findFirst().orElseThrow();
        assertEquals(17, row.overlappingMunicipalities());
        String summary = v.detail().membersSummaryProperty().get();
        assertTrue(summary.startsWith("31 gemeenten · "), summary);
        assertTrue(summary.endsWith("\n17 gemeenten met overlap, in een van de sectoren van de regio: "
                        + "PO 7 (aangegeven in de lijst) · VO 14 · MBO 13"), summary);

        // On the po map Urk has no chip, but the table counts it: it overlaps in vo.
        assertEquals("", member(v.detail(), URK).overlapText());
        assertEquals(7, v.detail().members().stream().filter(m -> !m.overlapText().isEmpty()).count());

        String csv = v.detail().copyAsCsv();
        List<String> lines = Arrays.asList(csv.split("\n"));
        assertTrue(lines.get(0).contains(";Gemeenten met overlap (in een van de sectoren van de regio);"), lines.get(0));
        String[] header = lines.get(0).split(";");
        int column = Arrays.asList(header).indexOf("Gemeenten met overlap (in een van de sectoren van de regio)");
        assertEquals("17", lines.get(1).split(";")[column]);
        // Between the table row and the source line at the end, each after an empty line.
        List<String> memberLines = lines.subList(lines.indexOf("") + 2, lines.lastIndexOf(""));
        assertTrue(lines.get(lines.size() - 1).startsWith("bron;"), lines.get(lines.size() - 1));
        assertEquals(31, memberLines.size());
        // code;municipality;province;other regions;printed as
        assertEquals(17, memberLines.stream().filter(l -> !"0".equals(l.split(";")[3])).count(),
                "the members with overlap in the copied list are the table's 17");
        assertTrue(memberLines.contains(APELDOORN + ";Apeldoorn;Gelderland;2;"), "Oost-Nederland and Mbo Gelderland");
        assertTrue(memberLines.contains(URK + ";Urk;Flevoland;1;"));

        String tableCsv = v.table().exportCsv();
        assertTrue(tableCsv.lines().anyMatch(l -> l.startsWith("Zwolle en omgeving;")
                && "17".equals(l.split(";")[column])), tableCsv);
    }

    @Test
    void theChipFollowsTheShownSectorAndNamesIt() {
        Views v = open(Sector.VO);
        assertEquals("VO: ook in 1 andere regio", member(v.detail(), URK).overlapText());
        assertEquals(14, v.detail().members().stream().filter(m -> !m.overlapText().isEmpty()).count());
        assertTrue(v.detail().membersSummaryProperty().get().endsWith(": PO 7 · VO 14 (aangegeven in de lijst) · MBO 13"),
                "the line names the count the list's chips show: " + v.detail().membersSummaryProperty().get());
        assertTrue(member(v.detail(), APELDOORN).overlapText().isEmpty(), "Apeldoorn overlaps in po and mbo only");
        assertTrue(member(v.detail(), APELDOORN).overlapDetail().contains("MBO: ook Mbo Gelderland"),
                member(v.detail(), APELDOORN).overlapDetail());
    }
}
