package nl.onderwijsregio.atlas.core.summary;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.VECHTDAL;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.SourceInfo;
import org.junit.jupiter.api.Test;

/**
 * Figures of a region made in the atlas ("Vechtdal Testregio", no published name) are credited to the atlas they
 * were entered in, never to a region card of "Regionale samenwerking werkt" that does not exist; Zwolle en omgeving,
 * from the publication, keeps its card. In the detail pane's words, in copied text and CSV, and in the table's CSV.
 */
class FigureSourceTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale EN = Locale.ENGLISH;
    private static final Atlas ATLAS = SummaryFixtures.withRegionMadeInTheAtlas(SummaryFixtures.atlas());
    private static final SourceInfo SOURCE = ATLAS.data().source();
    private static final AtlasSummary SUMMARY = new AtlasSummary(ATLAS, null);

    private static Region region(String id) {
        return ATLAS.region(id).orElseThrow();
    }

    @Test
    void zwollesFiguresNameItsRegionCard() {
        assertEquals("Bron: Regionale samenwerking werkt (Realisatie-Eenheid Onderwijsregio's, 2025/2026), regiokaart"
                        + " „Onderwijsregio Zwolle en omgeving”",
                FigureSource.ofFigure(region(ZWOLLE_REGION), true, SOURCE, SummaryFixtures.labels(NL)));
    }

    @Test
    void vechtdalsTypedFiguresAreCreditedToTheAtlasNotToACardInDutchAndEnglish() {
        assertEquals("Ingevoerd in de atlas; niet uit „Regionale samenwerking werkt”",
                FigureSource.ofFigure(region(VECHTDAL), true, SOURCE, SummaryFixtures.labels(NL)));
        assertEquals("Entered in the atlas; not from “Regionale samenwerking werkt”",
                FigureSource.ofFigure(region(VECHTDAL), true, SOURCE, SummaryFixtures.labels(EN)));
        assertEquals("Niet ingevoerd; deze regio staat niet in „Regionale samenwerking werkt”",
                FigureSource.ofFigure(region(VECHTDAL), false, SOURCE, SummaryFixtures.labels(NL)),
                "its missing figures are not 'not given on the card' either");
    }

    @Test
    void copiedTextEndsWithTheSourceOfEachRegionInDutchAndEnglish() {
        assertEquals("Bron: Regionale samenwerking werkt (Realisatie-Eenheid Onderwijsregio's, 2025/2026)",
                lastLine(text(ZWOLLE_REGION, NL)));
        assertEquals("Bron: ingevoerd in de atlas; deze regio staat niet in „Regionale samenwerking werkt”",
                lastLine(text(VECHTDAL, NL)));
        assertEquals("Source: entered in the atlas; this region is not in “Regionale samenwerking werkt”",
                lastLine(text(VECHTDAL, EN)));
        assertTrue(text(VECHTDAL, NL).contains("Leerlingen en studenten: 8.400\n"), "the figures typed in are copied");
    }

    @Test
    void copiedCsvEndsWithTheSourceOfEachRegion() {
        assertEquals("bron;Regionale samenwerking werkt (Realisatie-Eenheid Onderwijsregio's, 2025/2026)",
                lastLine(csv(ZWOLLE_REGION, NL)));
        assertEquals("source;\"entered in the atlas; this region is not in “Regionale samenwerking werkt”\"",
                lastLine(csv(VECHTDAL, EN)));
    }

    @Test
    void theTablesCsvNamesTheRegionsMadeInTheAtlasBesideThePublication() {
        String csv = TableCsv.exportWithSource(SUMMARY.rows(), List.of(RegionColumn.values()), NL,
                SummaryFixtures.labels(NL), Map.of(), SOURCE);
        List<String> sources = csv.lines().filter(l -> l.startsWith("bron;")).toList();
        assertEquals(List.of("bron;Regionale samenwerking werkt (Realisatie-Eenheid Onderwijsregio's, 2025/2026)",
                "bron;ingevoerd in de atlas, niet uit „Regionale samenwerking werkt”: Vechtdal Testregio"), sources);
        String published = TableCsv.exportWithSource(new AtlasSummary(SummaryFixtures.atlas(), null).rows(),
                List.of(RegionColumn.values()), NL, SummaryFixtures.labels(NL), Map.of(), SOURCE);
        assertFalse(published.contains("ingevoerd in de atlas"), "an atlas of published regions only: " + published);
    }

    @Test
    void theTablesCsvGivesEachRegionTheNameItsCardWasPublishedUnderAndOneMadeInTheAtlasNone() {
        List<String> lines = TableCsv.exportWithSource(SUMMARY.rows(), List.of(RegionColumn.values()), NL,
                SummaryFixtures.labels(NL), Map.of(), SOURCE).lines().toList();
        assertTrue(lines.get(0).endsWith(";Gepubliceerd als"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Zwolle en omgeving;")
                && l.endsWith(";Onderwijsregio Zwolle en omgeving")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Vechtdal Testregio;") && l.endsWith(";")),
                "no card, no published name: " + String.join("\n", lines));
    }

    private static String text(String id, Locale locale) {
        return FactsCopy.text(SUMMARY.facts(region(id)), FigureCaveats.NONE, SOURCE, locale,
                SummaryFixtures.labels(locale));
    }

    private static String csv(String id, Locale locale) {
        RegionRow row = SUMMARY.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return FactsCopy.csv(SUMMARY.facts(region(id)), row, FigureCaveats.NONE, SOURCE, locale,
                SummaryFixtures.labels(locale));
    }

    private static String lastLine(String s) {
        List<String> lines = s.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
