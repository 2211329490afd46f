package nl.onderwijsregio.atlas.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import nl.onderwijsregio.atlas.ui.table.TableFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A region chosen by keyboard in a link or in search is read on in its details: the focus lands on the region's
 * title, ringed, and not on the map some 36 Tabs away or on the invisible row the search field stands in. A click
 * on the map leaves the focus with the map.
 */
class KeyboardAfterAChoiceTest extends InTheRunningAtlas {

    @BeforeEach
    void mapOfTheWholeCountry() {
        DetailFixture.run(() -> {
            app.state().sectorProperty().set(Sector.PO);
            app.state().selectedRegionIdProperty().set(null);
            app.table().viewProperty().set(TableFeature.View.MAP);
            ((TabPane) lookup("#detail-tabs").query()).getSelectionModel().select(0);
            ((javafx.scene.control.TextField) lookup("#search-field").query()).clear();
        });
    }

    @Test
    void enterOnMboNoordNederlandUnderZwollesNeighboursPutsTheFocusOnItsTitle() {
        DetailFixture.run(() -> {
            app.state().sectorProperty().set(Sector.MBO);
            app.state().selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        Hyperlink noord = lookup("#link-mbo-noord-nederland").queryAs(Hyperlink.class);
        DetailFixture.run(noord::requestFocus);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mbo-noord-nederland", app.state().selectedRegionIdProperty().get());
        assertTitleHasTheFocus("Mbo Noord-Nederland");
    }

    /**
     * Chosen by its link, Mbo Noord-Nederland lies mostly off the map; the next Tab reaches the small map beside its
     * title, read as a button that says what it does, and Enter flies the big map there.
     */
    @Test
    void theSmallMapAfterMboNoordNederlandsTitleShowsItOnTheMapWithEnter() {
        DetailFixture.run(() -> {
            app.state().sectorProperty().set(Sector.MBO);
            app.state().selectRegion("mbo-noord-nederland");
            app.state().keyboardToDetails();
        });
        type(KeyCode.TAB);
        Node locator = lookup("#detail-locator").query();
        assertEquals(locator, focusOwner());
        assertEquals("Toon Mbo Noord-Nederland op de kaart", locator.getAccessibleText());
        assertTrue(((javafx.scene.layout.Region) locator).getBorder().getStrokes().stream()
                .anyMatch(s -> s.getTopStroke().equals(Color.web("#0b6aa8")) && s.getWidths().getTop() == 2), "ringed");
        DetailFixture.run(() -> app.state().focusRequestProperty().set(null));
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var flight = app.state().focusRequestProperty().get();
        assertTrue(flight != null && "mbo-noord-nederland".equals(flight.regionId()), "the map flies there: " + flight);
    }

    @Test
    void choosingZwolleEnOmgevingInSearchPutsTheFocusOnItsTitleAndTabGoesOnInTheDetails() {
        clickOn("#search-field").write("Zwolle en omgeving");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTitleHasTheFocus("Zwolle en omgeving");
        type(KeyCode.TAB);
        assertTrue(isInside(focusOwner(), lookup("#detail-pane").query()), "the next Tab stays in the details: "
                + focusOwner());
    }

    @Test
    void choosingApeldoornInSearchPutsTheFocusOnTheFirstRegionOnItsCard() {
        clickOn("#search-field").write("Apeldoorn");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = focusOwner();
        assertTrue(owner instanceof Hyperlink && owner.getId().startsWith("card-PO-"), "the card's first region: " + owner);
        assertTrue(isInside(owner, lookup("#municipality-card").query()));
    }

    @Test
    void enterOnAPracticeExamplesRegionInTheThemesTabPutsTheFocusOnThatRegionsTitle() {
        TabPane tabs = lookup("#detail-tabs").query();
        DetailFixture.run(() -> tabs.getSelectionModel().select(1));
        clickOn("#theme-zij-instroom");
        Hyperlink region = lookup("#theme-panel .case-region").queryAs(Hyperlink.class);
        DetailFixture.run(region::requestFocus);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String chosen = app.state().selectedRegionIdProperty().get();
        assertTrue(chosen != null, "Enter opens the region, as a click does");
        assertEquals("tab-detail", tabs.getSelectionModel().getSelectedItem().getId());
        assertTitleHasTheFocus(app.state().atlas().region(chosen).orElseThrow().displayName());
    }

    @Test
    void clickingZwolleOnTheMapLeavesTheFocusWithTheMap() {
        RunningAtlas.waitUntilTheMapStandsStill(app);
        clickOn("#zoom-home");
        RunningAtlas.waitUntilTheMapStandsStill(app);
        clickOn(RunningAtlas.onScreen(app, "GM0193"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zwolle-en-omgeving", app.state().selectedRegionIdProperty().get());
        assertEquals(app.window().mapView(), focusOwner());
        assertNotEquals("detail-title", focusOwner().getId());
    }

    private void assertTitleHasTheFocus(String name) {
        Label title = lookup("#detail-title").queryAs(Label.class);
        assertEquals(title, focusOwner(), "the focus is on the title, not on " + focusOwner());
        assertEquals(name, title.getText());
        assertTrue(title.getBorder() != null && title.getBorder().getStrokes().get(0).getTopStroke()
                instanceof Color c && c.getOpacity() == 1, "ringed: " + title.getBorder());
    }

    private Node focusOwner() {
        return app.window().getScene().getFocusOwner();
    }

    private static boolean isInside(Node node, Node area) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }
}
