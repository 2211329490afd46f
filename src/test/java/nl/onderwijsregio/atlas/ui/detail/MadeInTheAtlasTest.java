package nl.onderwijsregio.atlas.ui.detail;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.VECHTDAL;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.RegionColumn;
import nl.onderwijsregio.atlas.core.summary.SummaryFixtures;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.table.TableFeature;
import nl.onderwijsregio.atlas.ui.table.TableViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * "Vechtdal Testregio", made in the atlas with figures typed in, beside Zwolle en omgeving from the publication:
 * the pane's line under the figures, its copied text and the bar chart's footnote credit each region's figures to
 * where they come from. The audit found Vechtdal's figures credited to a "regiokaart „Vechtdal Testregio”".
 */
class MadeInTheAtlasTest extends FxRobot {

    private static DetailFixture fx;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
        DetailFixture.run(() -> fx.state.atlasProperty().set(SummaryFixtures.withRegionMadeInTheAtlas(fx.atlas)));
    }

    @AfterEach
    void dutch() {
        Messages.use(Messages.DUTCH);
        fx.select(null);
    }

    private String figureSource(String regionId) {
        fx.select(null);
        fx.select(regionId);
        return lookup("#detail-figure-source").queryLabeled().getText();
    }

    @Test
    void vechtdalsFiguresAreSaidToBeEnteredInTheAtlasAndZwollesToComeFromItsCard() {
        assertEquals("Ingevoerd in de atlas; niet uit „Regionale samenwerking werkt”", figureSource(VECHTDAL));
        assertTrue(figureSource(ZWOLLE_REGION).endsWith("regiokaart „Onderwijsregio Zwolle en omgeving”"),
                figureSource(ZWOLLE_REGION));
        Messages.use(Messages.ENGLISH);
        assertEquals("Entered in the atlas; not from “Regionale samenwerking werkt”", figureSource(VECHTDAL));
        assertTrue(figureSource(ZWOLLE_REGION).endsWith("region card “Onderwijsregio Zwolle en omgeving”"),
                figureSource(ZWOLLE_REGION));
    }

    @Test
    void vechtdalsCopiedFactsDoNotCiteThePublication() {
        fx.select(VECHTDAL);
        String text = fx.feature.detail().copyAsText();
        assertTrue(text.endsWith("Bron: ingevoerd in de atlas; deze regio staat niet in „Regionale samenwerking werkt”\n"),
                text);
        assertFalse(fx.feature.detail().copyAsCsv().contains("Realisatie-Eenheid"), fx.feature.detail().copyAsCsv());
    }

    /** Pupils on the VO chart: Zwolle en omgeving's from its card, Vechtdal's typed in and marked so. */
    private static TableViewModel voPupilsChart() {
        TableViewModel vm = fx.table.viewModel();
        DetailFixture.run(() -> {
            vm.chartColumnProperty().set(RegionColumn.AREA);
            vm.chartSectorProperty().set(Sector.VO);
            vm.chartColumnProperty().set(RegionColumn.LEERLINGEN_STUDENTEN);
        });
        return vm;
    }

    @Test
    void theBarChartMarksVechtdalAndItsFootnoteCreditsThePublicationOnlyWithTheOthers() {
        TableViewModel vm = voPupilsChart();
        assertEquals(List.of(VECHTDAL), vm.bars().stream().filter(TableViewModel.Bar::entered)
                .map(TableViewModel.Bar::regionId).toList());
        String note = vm.chartNoteProperty().get();
        assertTrue(note.contains("✎ Ingevoerd in de atlas, niet uit „Regionale samenwerking werkt”: Vechtdal Testregio."
                + " Overige cijfers: „Regionale samenwerking werkt”, de regiokaarten."), note);
        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.TABLE));
        assertEquals("8.400 ✎", lookup("#bar-" + VECHTDAL + " .bar-value").queryLabeled().getText());

        Messages.use(Messages.ENGLISH);
        note = voPupilsChart().chartNoteProperty().get();
        assertTrue(note.contains("✎ Entered in the atlas, not from “Regionale samenwerking werkt”: Vechtdal Testregio."
                + " Other figures: “Regionale samenwerking werkt”, the region cards."), note);
    }
}
