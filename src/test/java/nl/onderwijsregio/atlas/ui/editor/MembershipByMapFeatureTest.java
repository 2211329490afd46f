package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.ALKMAAR;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.APELDOORN;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ARNHEM;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.UTRECHT;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.MainWindow;
import org.junit.jupiter.api.Test;

/**
 * Membership by map in a real main window: edit mode, clicks, painted strokes, what the hover card says a click
 * would do (and the overlap or gap it would make), what the status line says was done, and the reason.
 */
class MembershipByMapFeatureTest extends EditorInAWindow {

    @Test
    void editModeIsOffByDefaultAndVisiblyDifferentWhenOn() {
        MainWindow w = (MainWindow) stage.getScene().getRoot();
        assertFalse(state.editModeProperty().get());
        assertNull(state.mapEditHandlerProperty().get(), "clicks do nothing while browsing");
        assertTrue(lookup("#editor-side").tryQuery().isEmpty());
        clickOn("#edit-mode-toggle");
        assertTrue(state.editModeProperty().get());
        assertTrue(w.getStyleClass().contains("edit-mode"));
        assertTrue(lookup("#edit-banner").query().isVisible());
        assertNotNull(lookup("#editor-side").query());
        clickOn("#edit-mode-toggle");
        assertFalse(w.getStyleClass().contains("edit-mode"));
        assertNull(state.mapEditHandlerProperty().get());
    }

    @Test
    void saveStandsInTheFileMenuAndWakesWithTheFirstEdit() {
        MenuItem save = ((MainWindow) stage.getScene().getRoot()).menu("menu-file").getItems().stream()
                .filter(i -> "menu-save".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Opslaan", save.getText());
        assertEquals("Shortcut+S", save.getAccelerator().getName());
        assertTrue(save.isDisable(), "nothing to save yet");
        editRegion("oost-nederland");
        click(DEVENTER);
        assertFalse(save.isDisable());
    }

    @Test
    void clickingAddsAndRemovesAndTheMenuNamesTheStep() {
        editRegion("oost-nederland");
        click(DEVENTER);
        assertTrue(oost().hasMember(DEVENTER));
        assertEquals("Ongedaan maken: Deventer toevoegen aan Oost-Nederland", menuItem("menu-undo").getText());
        click(DEVENTER);
        assertFalse(oost().hasMember(DEVENTER));
        assertEquals("Ongedaan maken: Deventer verwijderen uit Oost-Nederland", menuItem("menu-undo").getText());
    }

    @Test
    void aPaintedStrokeIsUndoneInOneStepWithCtrlZAndRedoneWithCtrlY() {
        editRegion("oost-nederland");
        click(DEVENTER, OLST_WIJHE, HENGELO);
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER, OLST_WIJHE, HENGELO), oost().memberCodes());
        clickOn("#map-pane");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(Set.of(ZWOLLE, RAALTE), oost().memberCodes());
        push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(5, oost().memberCodes().size());
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(5, oost().memberCodes().size());
    }

    @Test
    void aMunicipalityOfAnotherRegionWarnsOnHoverButMayBeAdded() {
        editRegion("noord-limburg");
        assertTrue(hoverNote(ZWOLLE).contains("Oost-Nederland"), hoverNote(ZWOLLE));
        click(ZWOLLE);
        assertTrue(state.atlas().region("noord-limburg").orElseThrow().hasMember(ZWOLLE));
    }

    @Test
    void theOverlapNoteIsForAMunicipalityAClickWouldAddOnly() {
        editRegion("noord-limburg");
        click(ZWOLLE);
        assertTrue(noordLimburg().hasMember(ZWOLLE), "Zwolle now in Noord-Limburg and Oost-Nederland");
        assertEquals("", hoverNote(ZWOLLE), "already a member: nothing would be added");

        interact(() -> state.selectedRegionIdProperty().set("noord-holland-noord"));
        assertTrue(hoverNote(RAALTE).startsWith("Let op: Raalte hoort al bij Oost-Nederland"), hoverNote(RAALTE));
        assertFalse(hoverNote(ALKMAAR).contains("hoort al bij"), "Alkmaar is already in the selected region");
    }

    @Test
    void theHoverCardSaysWhatAClickOnDeventerOrRaalteWouldDoToOostNederland() {
        editRegion("oost-nederland");

        assertEquals("Klik: Deventer toevoegen aan Oost-Nederland", hoverAction(DEVENTER));
        assertEquals("Klik: Raalte verwijderen uit Oost-Nederland", hoverAction(RAALTE));
    }

    @Test
    void removingRaalteFromTheOnlyRegionCoveringItWarnsOfTheGapButIsAllowed() {
        editRegion("oost-nederland");

        assertEquals("Let op: Raalte ligt dan voor PO en VO in geen regio meer. Verwijderen mag: dat laat een gat.",
                hoverNote(RAALTE));
        click(RAALTE);
        assertFalse(oost().hasMember(RAALTE), "the warning does not stop the edit");
    }

    @Test
    void removingRaalteWarnsOnlyOfTheSectorNoOtherRegionCovers() {
        interact(() -> model().perform(a -> Edits.setSectors(a, "noord-limburg", Set.of(Sector.VO), null)));
        interact(() -> model().perform(a -> Edits.addMembers(a, "noord-limburg", List.of(RAALTE), null)));
        editRegion("oost-nederland");

        assertEquals("Let op: Raalte ligt dan in geen PO-regio meer. Verwijderen mag: dat laat een gat.",
                hoverNote(RAALTE));
    }

    @Test
    void afterAClickTheStatusLineSaysWhatWasDoneWhileTheMenuNamesTheStepToUndo() {
        editRegion("oost-nederland");

        click(DEVENTER);

        assertEquals("Gedaan: Deventer toevoegen aan Oost-Nederland", state.statusProperty().get());
        assertEquals("Ongedaan maken: Deventer toevoegen aan Oost-Nederland", menuItem("menu-undo").getText());
    }

    @Test
    void redoNamesAStrokeOfFourAsUndoAndTheStatusLineDo() {
        editRegion("oost-nederland");
        click(DEVENTER, OLST_WIJHE, HENGELO, APELDOORN);
        String named = "Deventer, Olst-Wijhe, Hengelo (O.) en Apeldoorn toevoegen aan Oost-Nederland";
        assertEquals("Ongedaan maken: " + named, menuItem("menu-undo").getText());

        interact(model()::undo);

        assertEquals("Ongedaan gemaakt: " + named, state.statusProperty().get());
        assertEquals("Opnieuw: " + named, menuItem("menu-redo").getText());
    }

    @Test
    void aStrokeOfSixNamesTheFirstThreeAndCountsTheRest() {
        editRegion("oost-nederland");

        click(DEVENTER, OLST_WIJHE, HENGELO, APELDOORN, ARNHEM, UTRECHT);

        assertEquals("Gedaan: Deventer, Olst-Wijhe, Hengelo (O.) en 3 andere toevoegen aan Oost-Nederland",
                state.statusProperty().get());
        assertEquals("Ongedaan maken: Deventer, Olst-Wijhe, Hengelo (O.) en 3 andere toevoegen aan Oost-Nederland",
                menuItem("menu-undo").getText(), "the step as the status line told it");

        click(DEVENTER, OLST_WIJHE, HENGELO, APELDOORN);
        assertEquals("Gedaan: Deventer, Olst-Wijhe, Hengelo (O.) en Apeldoorn verwijderen uit Oost-Nederland",
                state.statusProperty().get(), "a fourth name is as short as 'en 1 andere'");
    }

    @Test
    void theOverlapNoteFollowsTheSelectedRegionsSectorsNotTheMapsSector() {
        interact(() -> model().perform(a -> Edits.setSectors(a, "oost-nederland", Set.of(Sector.VO), null)));
        interact(() -> model().perform(a -> Edits.setSectors(a, "noord-limburg", Set.of(Sector.VO), null)));
        interact(() -> model().perform(a -> Edits.setSectors(a, "noord-holland-noord", Set.of(Sector.PO), null)));
        interact(() -> state.sectorProperty().set(Sector.PO));

        editRegion("noord-limburg");
        assertTrue(hoverNote(RAALTE).startsWith("Let op: Raalte hoort al bij Oost-Nederland (VO)."), hoverNote(RAALTE));
        assertEquals("", hoverNote(ALKMAAR), "Noord-Holland Noord is a po region; Noord-Limburg serves vo only");

        interact(() -> model().perform(a -> Edits.setSectors(a, "noord-holland-noord", Set.of(Sector.PO, Sector.VO), null)));
        interact(() -> state.selectedRegionIdProperty().set("noord-holland-noord"));
        interact(() -> model().perform(a -> Edits.addMembers(a, "noord-limburg", List.of(RAALTE), null)));
        assertTrue(hoverNote(RAALTE).startsWith(
                "Let op: Raalte hoort al bij Oost-Nederland (VO), Noord-Limburg (VO)."), hoverNote(RAALTE));
    }

    @Test
    void aClickWithoutARegionAsksForOneAndChoosingOneClearsTheQuestion() {
        interact(() -> state.editModeProperty().set(true));
        click(ZWOLLE);
        assertEquals("Kies eerst een regio om gemeenten aan toe te voegen of uit te verwijderen",
                state.statusProperty().get());
        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));
        assertEquals("", state.statusProperty().get());
    }

    @Test
    void aReasonIsStoredWithTheEditsOfItsRegionAndNotCarriedToTheNext() {
        editRegion("oost-nederland");
        interact(() -> model().reasonProperty().set("Herindeling 2024: Olst-Wijhe hoort bij Deventer"));
        assertEquals("Deze reden wordt opgeslagen bij elke wijziging van Oost-Nederland, tot u opslaat, hem wist of een "
                + "andere regio kiest.", lookup("#editor-reason-note").queryLabeled().getText(), "the editor sees it still applies");
        click(OLST_WIJHE);
        assertTrue(state.statusProperty().get().endsWith("(reden: Herindeling 2024: Olst-Wijhe hoort bij Deventer)"),
                state.statusProperty().get());
        assertTrue(oost().corrections().stream()
                .anyMatch(c -> "Herindeling 2024: Olst-Wijhe hoort bij Deventer".equals(c.reason())));

        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));
        assertEquals("", lookup("#editor-reason").queryAs(TextField.class).getText());
        assertEquals("Met een reden legt de atlas elke wijziging van Noord-Limburg tot het opslaan vast als correctie op de "
                + "publicatie.",
                lookup("#editor-reason-note").queryLabeled().getText(), "no longer that the reason applies");
        click(ZWOLLE);
        assertTrue(state.atlas().region("noord-limburg").orElseThrow().corrections().stream()
                .noneMatch(c -> c.reason().contains("Olst-Wijhe")), "Oost-Nederland's reason is not Noord-Limburg's");
    }

    @Test
    void choosingARegionLeavesAnyOtherStatusMessageAlone() {
        interact(() -> state.editModeProperty().set(true));
        click(ZWOLLE);
        interact(() -> state.statusProperty().set("Opgeslagen"));
        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));
        assertEquals("Opgeslagen", state.statusProperty().get());
    }

    @Test
    void theModeBarSaysWhatTheNextClickDoesBeforeAndAfterOostNederlandIsChosen() {
        interact(() -> state.editModeProperty().set(true));
        assertFalse(state.mapEditHandlerProperty().get().armed(), "a click chooses a region first");
        assertEquals("Bewerkmodus: klik op een regio om die te bewerken, of kies er een in het paneel rechts",
                lookup("#edit-banner").queryLabeled().getText());

        interact(() -> state.selectedRegionIdProperty().set("oost-nederland"));
        assertTrue(state.mapEditHandlerProperty().get().armed());
        assertEquals("Bewerkmodus: klik gemeenten om ze aan Oost-Nederland toe te voegen of eruit te halen; "
                + "shift-slepen schildert meerdere", lookup("#edit-banner").queryLabeled().getText());
    }

    @Test
    void theModeBarNamesOostNederlandAnewAfterItIsRenamed() {
        editRegion("oost-nederland");
        interact(() -> model().perform(a -> Edits.rename(a, "oost-nederland", "Oost-Nederland PO", null)));
        assertTrue(lookup("#edit-banner").queryLabeled().getText().contains("aan Oost-Nederland PO toe te voegen"),
                lookup("#edit-banner").queryLabeled().getText());
    }

    @Test
    void theModeBarStandsAboveTheMapNotOverIt() {
        editRegion("noord-limburg");
        javafx.scene.control.Label banner = lookup("#edit-banner").queryAs(javafx.scene.control.Label.class);
        assertTrue(banner.isVisible());
        assertEquals("Bewerkmodus: klik gemeenten om ze aan Noord-Limburg toe te voegen of eruit te halen; "
                + "shift-slepen schildert meerdere", banner.getText());
        var map = lookup("#map-pane").query();
        double bannerBottom = banner.localToScene(banner.getLayoutBounds()).getMaxY();
        assertTrue(bannerBottom <= map.localToScene(map.getLayoutBounds()).getMinY() + 0.5,
                "the legend and the map's top stay in view");
    }

    private String hoverAction(String code) {
        return state.mapEditHandlerProperty().get().hoverAction(code).orElse("");
    }

    private String hoverNote(String code) {
        return state.mapEditHandlerProperty().get().hoverNote(code).orElse("");
    }
}
