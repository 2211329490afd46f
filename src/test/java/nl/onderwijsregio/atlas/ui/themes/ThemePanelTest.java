package nl.onderwijsregio.atlas.ui.themes;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class ThemePanelTest extends FxRobot {

    private static DetailFixture fx;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
        DetailFixture.run(() -> fx.feature.tabs().getSelectionModel().select(1));
    }

    @BeforeEach
    void nothingChosen() {
        DetailFixture.run(() -> fx.feature.themes().clear());
    }

    @Test
    void choosingTheChosenThemeAgainEndsTheHighlight() {
        clickOn("#theme-invalpools");
        clickOn("#theme-invalpools");
        assertEquals(Set.of(), fx.state.highlightedRegionIdsProperty().get());
    }

    @Test
    void choosingAThemeHighlightsTheRegionsWithCasesOnIt() {
        clickOn("#theme-invalpools");
        assertEquals(Set.of(ZWOLLE_REGION), fx.state.highlightedRegionIdsProperty().get());
        assertEquals("1 regio gemarkeerd op de kaart", lookup("#theme-highlight").queryLabeled().getText());
    }

    @Test
    void choosingALetterHighlightsTheRegionsWithCasesTaggedWithIt() {
        clickOn("#theme-C");
        assertEquals(Set.of(ZWOLLE_REGION), fx.state.highlightedRegionIdsProperty().get());
        clickOn("#theme-A");
        assertEquals(Set.of(), fx.state.highlightedRegionIdsProperty().get());
    }

    @Test
    void clearingRemovesTheHighlight() {
        clickOn("#theme-invalpools");
        clickOn("#theme-clear");
        assertEquals(Set.of(), fx.state.highlightedRegionIdsProperty().get());
    }

    @Test
    void aCaseCardOpensItsRegion() {
        clickOn("#theme-invalpools");
        clickOn("Regio: Zwolle en omgeving");
        assertEquals(ZWOLLE_REGION, fx.state.selectedRegionIdProperty().get());
    }
}
