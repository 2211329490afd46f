package nl.onderwijsregio.atlas.core.summary;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.FLEVOLAND;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.GROEN;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.IJSSEL_VECHT;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.Test;

class AtlasSummaryTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private final Atlas atlas = SummaryFixtures.atlas();
    private final AtlasSummary summary = new AtlasSummary(atlas, MunicipalityGraph.of(atlas.municipalities().values()));

    @Test
    void zwolleEnOmgevingListsItsMunicipalitiesSortedWithProvince() {
        RegionFacts facts = summary.facts(ZWOLLE_REGION).orElseThrow();
        assertEquals(List.of("Hattem", "Kampen", "Zwolle"), facts.members().stream().map(MemberFact::name).toList());
        assertEquals("Gelderland", facts.members().get(0).province());
    }

    @Test
    void kampenIsAlsoCoveredByIJsselVechtInPo() {
        RegionFacts facts = summary.facts(ZWOLLE_REGION).orElseThrow();
        assertEquals(1, member(facts, "Kampen").overlapCount());
        assertEquals(java.util.Map.of(nl.onderwijsregio.atlas.core.model.Sector.PO, List.of("IJssel-Vecht")),
                member(facts, "Kampen").othersBySector());
        assertEquals(0, member(facts, "Zwolle").overlapCount());
        assertEquals(1, facts.overlappingMemberCount());
    }

    @Test
    void hattemInAnMboOnlyRegionIsNoOverlapForAPoVoRegion() {
        assertEquals(0, member(summary.facts(ZWOLLE_REGION).orElseThrow(), "Hattem").overlapCount());
    }

    @Test
    void aMisspelledMemberShowsItsPublishedNameAndCorrection() {
        MemberFact hattem = member(summary.facts(ZWOLLE_REGION).orElseThrow(), "Hattem");
        assertTrue(hattem.publishedDiffers());
        assertEquals("Hatem", hattem.publishedName());
        assertEquals("Spelfout in de publicatie", hattem.correction());
        assertNull(member(summary.facts(ZWOLLE_REGION).orElseThrow(), "Zwolle").publishedName());
    }

    @Test
    void areaIsTheSumOfTheMembersSquares() {
        assertEquals(250.0, summary.facts(ZWOLLE_REGION).orElseThrow().areaKm2(), 1e-9);
        assertEquals(0.0, summary.facts(GROEN).orElseThrow().areaKm2(), 1e-9);
    }

    @Test
    void zwolleOverlapsIJsselVechtAndNothingElse() {
        List<RegionLink> links = summary.facts(ZWOLLE_REGION).orElseThrow().links();
        assertEquals(List.of(new RegionLink(IJSSEL_VECHT, "IJssel-Vecht", RegionLink.Relation.OVERLAPS, 1,
                List.of(nl.onderwijsregio.atlas.core.model.Sector.PO))), links);
    }

    @Test
    void aRegionBorderingWithoutSharingIsANeighbour() {
        // Flevoland (VO, Urk) borders nothing; move Urk's region onto Dalfsen to border Zwolle's Kampen.
        Atlas moved = atlas.withRegion(atlas.region(FLEVOLAND).orElseThrow()
                .withMembers(List.of(new nl.onderwijsregio.atlas.core.model.MemberRef("GM0148", null))));
        AtlasSummary s = new AtlasSummary(moved, MunicipalityGraph.of(moved.municipalities().values()));
        List<RegionLink> links = s.facts(ZWOLLE_REGION).orElseThrow().links();
        assertEquals(new RegionLink(FLEVOLAND, "Flevoland", RegionLink.Relation.BORDERS, 0,
                List.of(nl.onderwijsregio.atlas.core.model.Sector.VO)), links.get(1));
    }

    @Test
    void withoutAGraphOnlyOverlapsAreKnown() {
        AtlasSummary noGraph = new AtlasSummary(atlas, null);
        assertEquals(1, noGraph.facts(ZWOLLE_REGION).orElseThrow().links().size());
    }

    @Test
    void tableRowsCarryCountsAreaAndCases() {
        RegionRow zwolle = row(ZWOLLE_REGION);
        assertEquals(3, zwolle.municipalityCount());
        assertEquals(1, zwolle.overlappingMunicipalities());
        assertEquals(1, zwolle.caseCount());
        assertTrue(zwolle.voorloper());
        assertTrue(row(GROEN).national());
    }

    @Test
    void freeTextFindsRegionsByMemberIgnoringCase() {
        assertEquals(List.of(ZWOLLE_REGION, IJSSEL_VECHT), answering("kampen"));
        assertEquals(List.of(ZWOLLE_REGION, IJSSEL_VECHT), answering("KAMPEN"));
        assertEquals(summary.rows().size(), answering("").size());
    }

    /** The table's filter forgives what the search box forgives: a typo in a member's or the region's name. */
    @Test
    void freeTextForgivesATypoAsTheSearchDoes() {
        assertEquals(List.of(ZWOLLE_REGION, IJSSEL_VECHT), answering("kampn"));
        assertEquals(List.of(ZWOLLE_REGION), answering("zwole"));
        assertEquals(List.of(ZWOLLE_REGION), answering("zwole en omgevng"));
        assertEquals(List.of(), answering("utrecht"));
    }

    private List<String> answering(String typed) {
        return RegionRow.answering(typed, summary.rows()).stream().map(RegionRow::id).toList();
    }

    @Test
    void absentFiguresSortLastAndAreEmptyInCsv() {
        RegionRow zwolle = row(ZWOLLE_REGION);
        assertNull(RegionColumn.MBO_INSTELLINGEN.value(zwolle));
        assertEquals(0L, RegionColumn.BESTUREN_VO.value(zwolle));
        List<RegionRow> sorted = summary.rows().stream()
                .sorted((a, b) -> RegionColumn.comparator(false).compare(RegionColumn.LEERLINGEN_STUDENTEN.value(a),
                        RegionColumn.LEERLINGEN_STUDENTEN.value(b)))
                .toList();
        assertEquals(List.of(IJSSEL_VECHT, FLEVOLAND, ZWOLLE_REGION, "noord-veluwe", GROEN),
                sorted.stream().map(RegionRow::id).toList());
    }

    @Test
    void theNationalGreenRegionHasNoAreaToSortByOrExport() {
        RegionRow groen = row(GROEN);
        assertFalse(RegionColumn.AREA.appliesTo(groen));
        assertNull(RegionColumn.AREA.value(groen), "no territory is no measured 0 km²");
        assertEquals("", RegionColumn.AREA.csvCell(groen, NL, SummaryFixtures.labels(NL)));
        assertEquals(0L, RegionColumn.MUNICIPALITIES.value(groen), "it does have no members: that count is true");
        assertEquals(250.0, RegionColumn.AREA.value(row(ZWOLLE_REGION)));
    }

    @Test
    void tableCsvFollowsTheColumnOrderWithDutchHeadersAndDecimalComma() {
        String csv = TableCsv.export(List.of(row(ZWOLLE_REGION)), NL, SummaryFixtures.labels(NL));
        String[] lines = csv.split("\n");
        assertEquals("Regio;Sectoren;Leerlingen en studenten;Aangesloten schoolbesturen po;"
                + "Aangesloten schoolbesturen vo;Aangesloten mbo-instellingen;Aangesloten opleiders;Gemeenten;"
                + "Oppervlakte (km²);Gemeenten met overlap (in een van de sectoren van de regio);Voorloper;"
                + "Praktijkvoorbeelden;Gepubliceerd als", lines[0], "the card's title after the table's own columns");
        assertEquals("Zwolle en omgeving;PO VO;70780;23;0;;3;3;250,0;1;ja;1;Onderwijsregio Zwolle en omgeving", lines[1]);
    }

    @Test
    void copiedTextUsesDutchNumbersAndSaysUnknownForAbsentFigures() {
        RegionFacts facts = summary.facts(ZWOLLE_REGION).orElseThrow();
        String text = FactsCopy.text(facts, FigureCaveats.NONE, atlas.data().source(), NL, SummaryFixtures.labels(NL));
        assertTrue(text.contains("Leerlingen en studenten: 70.780"), text);
        assertTrue(text.contains("Aangesloten mbo-instellingen: onbekend"), text);
        assertTrue(text.contains("Aangesloten schoolbesturen vo: 0"), text);
        assertTrue(text.contains("Hattem (Gelderland), Kampen (Overijssel), Zwolle (Overijssel)"), text);
        assertTrue(text.contains("Oppervlakte: 250,0 km²"), text);
        assertTrue(text.contains("Arbeidsmarktregio’s: Regio Zwolle (3 van de 4 gemeenten)"), text);
        assertTrue(text.contains("Praktijkvoorbeelden (1), in eigen woorden:\n- Een invalpool voor de hele regio"
                + " (bron: Regionale samenwerking werkt, p. 12)\n"), text);
    }

    @Test
    void copiedCsvHasTheTableRowThenTheMunicipalities() {
        RegionFacts facts = summary.facts(ZWOLLE_REGION).orElseThrow();
        String csv = FactsCopy.csv(facts, row(ZWOLLE_REGION), FigureCaveats.NONE, atlas.data().source(), Locale.ENGLISH,
                SummaryFixtures.labels(Locale.ENGLISH));
        String[] lines = csv.split("\n");
        assertEquals("Zwolle en omgeving;PO VO;70780;23;0;;3;3;250.0;1;yes;1;Onderwijsregio Zwolle en omgeving", lines[1]);
        assertEquals("", lines[2]);
        assertEquals("GM0166;Kampen;Overijssel;1;", lines[5], "printed as the CBS writes it: the last column empty");
        assertEquals("source;" + FactsCopy.sourceLine(atlas.data().source()), lines[lines.length - 1],
                "the sheet names its source");
    }

    private RegionRow row(String id) {
        return summary.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static MemberFact member(RegionFacts facts, String name) {
        return facts.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
