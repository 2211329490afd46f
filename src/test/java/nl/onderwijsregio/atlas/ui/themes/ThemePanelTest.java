package nl.onderwijsregio.atlas.ui.themes;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.FLEVOLAND;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Sector;
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
        DetailFixture.run(() -> fx.feature.tabs().getSelectionModel().select(1));
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

    /** The introduction could be quoted as the publication's: right under it, it says it is ours and after whom. */
    @Test
    void theInvalpoolsIntroductionSaysItIsInOurOwnWordsAndNamesThePublication() {
        clickOn("#theme-invalpools");
        javafx.scene.control.Label note = lookup("#theme-intro-source").queryAs(javafx.scene.control.Label.class);
        assertTrue(note.isVisible());
        assertEquals("Inleiding in eigen woorden · bron: Regionale samenwerking werkt", note.getText());
        javafx.scene.Node intro = lookup(".theme-intro").query();
        java.util.List<javafx.scene.Node> shown = intro.getParent().getChildrenUnmodifiable();
        assertEquals(shown.indexOf(intro) + 1, shown.indexOf(note), "right under the introduction");

        clickOn("#theme-A");
        assertFalse(note.isVisible(), "a letter without an introduction gets no note: " + note.getText());
    }

    @Test
    void aThemeButtonCountsItsCasesAndSaysThemInWordsToAScreenReader() {
        var button = lookup("#theme-invalpools").queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals("Invalpools (1)", button.getText());
        assertEquals("Invalpools, 1 praktijkvoorbeeld", button.getAccessibleText());
    }

    @Test
    void onTheMapOfASectorTheRegionDoesNotServeTheMarkingSaysWhereItIs() {
        DetailFixture.run(() -> fx.state.sectorProperty().set(Sector.MBO));
        try {
            DetailFixture.run(() -> fx.feature.themes().choose("invalpools"));
            assertEquals("0 van de 1 regio gemarkeerd op de MBO-kaart; niet op deze kaart: Zwolle en omgeving (PO/VO)",
                    lookup("#theme-highlight").queryLabeled().getText());
            DetailFixture.run(() -> fx.state.sectorProperty().set(Sector.VO));
            assertEquals("1 regio gemarkeerd op de kaart", lookup("#theme-highlight").queryLabeled().getText());
        } finally {
            DetailFixture.run(() -> fx.state.sectorProperty().set(Sector.PO));
        }
    }

    @Test
    void choosingALetterHighlightsTheRegionsWithCasesTaggedWithIt() {
        clickOn("#theme-C");
        assertEquals(Set.of(ZWOLLE_REGION), fx.state.highlightedRegionIdsProperty().get());
        clickOn("#theme-A");
        assertEquals(Set.of(), fx.state.highlightedRegionIdsProperty().get());
    }

    @Test
    void anEnglishReaderIsToldThePracticeExamplesAreInDutchAndADutchReaderIsNot() {
        clickOn("#theme-invalpools");
        assertTrue(lookup(".cases-language-note").tryQuery().isEmpty(), "a Dutch reader reads them as they are");
        DetailFixture.run(() -> fx.feature.themes().clear());
        Messages.use(Messages.ENGLISH);
        try {
            clickOn("#theme-invalpools");
            assertEquals("Practice examples are described in Dutch.", lookup(".cases-language-note").queryLabeled().getText());
        } finally {
            Messages.use(Messages.DUTCH);
        }
    }

    @Test
    void clearingRemovesTheHighlight() {
        clickOn("#theme-invalpools");
        clickOn("#theme-clear");
        assertEquals(Set.of(), fx.state.highlightedRegionIdsProperty().get());
    }

    @Test
    void aCaseCardOpensItsRegionAndShowsItOnTheMap() {
        clickOn("#theme-invalpools");
        clickOn("Regio: Zwolle en omgeving");
        assertEquals(ZWOLLE_REGION, fx.state.selectedRegionIdProperty().get());
        assertEquals(ZWOLLE_REGION, fx.state.focusRequestProperty().get().regionId(), "not left on the whole country");
    }

    @Test
    void turningToTheRegionTabEndsTheMarkingAndTurningBackShowsItAgain() {
        clickOn("#theme-invalpools");
        clickOn("Regio: Zwolle en omgeving");
        assertEquals(Set.of(), fx.state.highlightedRegionIdsProperty().get(), "the map shows Zwolle, not the theme");

        DetailFixture.run(() -> fx.feature.tabs().getSelectionModel().select(1));
        assertEquals(Set.of(ZWOLLE_REGION), fx.state.highlightedRegionIdsProperty().get());
        assertEquals("1 regio gemarkeerd op de kaart", lookup("#theme-highlight").queryLabeled().getText());
    }

    @Test
    void choosingAThemeLetsGoOfTheRegionChosenBeforeAndShowsTheWholeCountry() {
        DetailFixture.run(() -> fx.state.selectRegion(FLEVOLAND));
        DetailFixture.run(() -> fx.feature.tabs().getSelectionModel().select(1));
        clickOn("#theme-invalpools");
        assertNull(fx.state.selectedRegionIdProperty().get(), "Flevoland would outshine the marked Zwolle");
        var request = fx.state.focusRequestProperty().get();
        assertTrue(request != null && request.regionId() == null && request.municipalityCode() == null,
                "the whole country, where the marked regions lie: " + request);
    }
}
