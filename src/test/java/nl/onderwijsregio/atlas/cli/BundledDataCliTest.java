package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line on the bundled data, as a user runs it: the published atlas validates, and the
 * exports hold every one of its 49 regions. The findings named here are pinned in
 * {@code check/expected-findings.txt}.
 */
class BundledDataCliTest {

    private static Set<String> regionIds;

    @BeforeAll
    static void theBundledRegions() throws Exception {
        regionIds = TestData.bundledAtlas().regions().stream().map(Region::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(49, regionIds.size());
    }

    private static CliRun run(String... args) {
        return CliRun.on(TestData.dataDir(), args);
    }

    @Test
    void validateExitsWithZeroAndGroupsTheFindingsByRuleThenRegion() {
        CliRun r = run("validate");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("342 gemeenten en 49 regio's gelezen."), r.out());
        assertTrue(r.out().contains("0 fouten, "), r.out());
        assertZuidwestSamenGroupedUnder("Gebied valt uiteen [scattered-territory] (", r.out());
        assertTrue(r.out().contains("  - Rijnmond: Barendrecht (GM0489) staat 2 keer in de lijst."), r.out());
    }

    @Test
    void infoNamesEachSectorsGapsAndCountsItsOverlaps() {
        CliRun r = run("info");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("PO: 31 regio's, "), r.out());
        assertTrue(r.out().contains("  in twee of meer regio's: 54; in geen regio: Reusel-De Mierden (GM1667), Vlieland (GM0096)"),
                r.out());
        assertTrue(r.out().contains("  in twee of meer regio's: 67; in geen regio: Ouder-Amstel (GM0437), Zutphen (GM0301)"),
                r.out());
    }

    @Test
    void validateInEnglishGroupsTheSameWay() {
        CliRun r = run("validate", "--lang", "en");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Read 342 municipalities and 49 regions."), r.out());
        assertTrue(r.out().contains("0 errors, "), r.out());
        assertZuidwestSamenGroupedUnder("Territory falls apart [scattered-territory] (", r.out());
        assertTrue(r.out().contains("  - Rijnmond: Barendrecht (GM0489) is listed 2 times."), r.out());
    }

    /** Zuidwest Samen's four detached municipalities sit under its own name, inside the rule's section. */
    private static void assertZuidwestSamenGroupedUnder(String ruleHeading, String report) {
        int rule = report.indexOf(ruleHeading);
        int region = report.indexOf("\n  Zuidwest Samen\n", rule);
        int nextRule = report.indexOf("\n\n", rule);
        assertTrue(rule >= 0 && region > rule && region < nextRule, report);
        assertTrue(report.indexOf("\n    - Zuidwest Samen: Maassluis (GM0556) ", region) > region, report);
    }

    @Test
    void exportFiguresGivesOneRowPerRegion() {
        CliRun r = run("export", "figures", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        List<String> rows = dataRows(r.out());
        assertEquals(49, rows.size());
        assertEquals(regionIds, firstColumn(rows));
    }

    @Test
    void exportFiguresCarriesTheDoubtThatRijkVanNijmegenHasRondBommelEnDommelsFigures() {
        CliRun r = run("export", "figures");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nrijk-van-nijmegen;Rijk van Nijmegen;32646;22;0;0;3;PO;"
                + "Rijk van Nijmegen heeft dezelfde kerncijfers als Rond Bommel en Dommel.;Onderwijsregio Rijk van Nijmegen\n"),
                r.out());
    }

    @Test
    void exportMembershipsNamesEveryRegionTheNationalOnesWithAnEmptyMunicipality() {
        CliRun r = run("export", "memberships", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        List<String> rows = dataRows(r.out());
        assertEquals(regionIds, firstColumn(rows));
        assertTrue(rows.contains("landelijk-groen-onderwijs;Landelijke Groene Onderwijsregio;VO,MBO;;"), r.out());
    }

    private static List<String> dataRows(String csv) {
        List<String> lines = Arrays.asList(csv.split("\n"));
        return lines.subList(1, lines.size());
    }

    private static Set<String> firstColumn(List<String> rows) {
        return rows.stream().map(row -> row.substring(0, row.indexOf(';')))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
