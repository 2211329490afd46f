package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Search in the real window on the bundled data: typos and diacritics, flying to the place, and what a choice selects. */
class MapSearchFeatureTest extends BundledAtlasWindow {

    @Test
    void ctrlFPutsTheCursorInTheSearchField() {
        clickOn("#zoom-home");
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#search-field").query().isFocused());
    }

    /** Ctrl+F stands in the View menu, where one looks for what the window can do, beside Beeld › Zoeken. */
    @Test
    void theViewMenusZoekenNamesCtrlFAndPutsTheCursorInTheSearchField() {
        var item = app.window().menu("menu-view").getItems().stream().filter(i -> "menu-search".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals("_Zoeken", item.getText());
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+F"), item.getAccelerator());
        clickOn("#zoom-home");
        interact(item::fire);
        assertTrue(lookup("#search-field").query().isFocused());
    }

    @Test
    void searchForgivesTyposAndDiacritics() {
        clickOn("#search-field").write("zwole").type(KeyCode.ENTER);
        String card = ((Labeled) lookup("#municipality-card .title").query()).getText();
        assertTrue(card.startsWith("Zwolle"), card);
        clickOn("#search-field").eraseText(5).write("sudwest").type(KeyCode.ENTER);
        card = ((Labeled) lookup("#municipality-card .title").query()).getText();
        assertTrue(card.startsWith("Súdwest-Fryslân"), card);
        clickOn("#search-field").eraseText(7).write("den haag").type(KeyCode.ENTER);
        card = ((Labeled) lookup("#municipality-card .title").query()).getText();
        assertTrue(card.startsWith("'s-Gravenhage"), card);
        assertTrue(texts(lookup("#municipality-card").query()).contains("Haaglanden"));
        clickOn("#search-field").eraseText(8).write("den hag").type(KeyCode.ENTER);
        card = ((Labeled) lookup("#municipality-card .title").query()).getText();
        assertTrue(card.startsWith("'s-Gravenhage"), "an everyday name, mistyped, chooses the official one: " + card);
    }

    @Test
    void vlielandFlownToFromTheGapsOfThePoMapGetsItsCardAsASearchWould() {
        interact(() -> {
            state.sectorProperty().set(Sector.PO);
            state.selectedRegionIdProperty().set(null);
        });
        clickOn("#gap-GM0096");
        WaitForAsyncUtils.waitForFxEvents();
        String card = ((Labeled) lookup("#municipality-card .title").query()).getText();
        assertTrue(card.startsWith("Vlieland"), "a hatched island is named: " + card);
        clickOn("#municipality-card-close");
    }

    @Test
    void apeldoornChosenInSearchIsShownWithItsNeighboursAroundIt() {
        clickOn("#search-field").write("apeldoorn").type(KeyCode.ENTER);
        waitUntilTheMapStandsStill();
        Viewport v = app.window().mapLayer().viewport();
        var apeldoorn = state.geometryProperty().get().municipality("GM0200").bounds();
        double left = v.x(apeldoorn.getMinX());
        double right = v.x(apeldoorn.getMaxX());
        double legendRight = lookup("#map-legend").query().getBoundsInParent().getMaxX();
        double free = v.width() - legendRight;
        assertTrue(left > legendRight && right < v.width(), "whole and beside the legend: " + left + "–" + right);
        assertTrue(right - left < free * 0.5, "room for its neighbours: " + (right - left) + " of " + free + " px");
        assertTrue(v.visible().contains(state.geometryProperty().get().municipality("GM0285").bounds().centre()),
                "Voorst, its neighbour, is in view");
    }

    @Test
    void apeldoornChosenInSearchStaysOutlinedWhileThePointerIsOnVoorst() {
        clickOn("#search-field").write("apeldoorn").type(KeyCode.ENTER);
        waitUntilTheMapStandsStill();
        interact(() -> state.hoveredMunicipalityCodeProperty().set("GM0285"));
        assertTrue(outlinedOnTheHoverLayer("GM0200"), "Apeldoorn, the place looked for");
        assertTrue(outlinedOnTheHoverLayer("GM0285"), "Voorst, under the pointer");
        assertFalse(outlinedOnTheHoverLayer("GM0193"), "Zwolle is neither");
    }

    private boolean outlinedOnTheHoverLayer(String code) {
        Canvas layer = app.window().mapLayer().hoverCanvas();
        Point2D p = layer.screenToLocal(onScreen(code));
        List<WritableImage> shot = new ArrayList<>();
        interact(() -> shot.add(layer.snapshot(transparentBackground(), null)));
        return shot.get(0).getPixelReader().getColor((int) p.getX(), (int) p.getY()).getOpacity() > 0.1;
    }

    private static javafx.scene.SnapshotParameters transparentBackground() {
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return params;
    }

    @Test
    void choosingARegionInSearchSelectsIt() {
        clickOn("#search-field").write("Oost-Nederland").type(KeyCode.ENTER);
        assertEquals("oost-nederland", state.selectedRegionIdProperty().get());
    }

    @Test
    void choosingAMunicipalityLetsGoOfARegionThatDoesNotCoverIt() {
        interact(() -> state.selectedRegionIdProperty().set("haaglanden"));
        clickOn("#search-field").write("zwole").type(KeyCode.ENTER);
        assertNull(state.selectedRegionIdProperty().get(), "Haaglanden has nothing to do with Zwolle");

        String zwollesRegion = state.atlas().regionsCovering("GM0193", Sector.PO).get(0).id();
        interact(() -> state.selectedRegionIdProperty().set(zwollesRegion));
        clickOn("#search-field").eraseText(5).write("zwole").type(KeyCode.ENTER);
        assertEquals(zwollesRegion, state.selectedRegionIdProperty().get(), "it covers Zwolle, so it stays");
    }

    @Test
    void choosingARegionClosesTheMunicipalityCard() {
        clickOn("#search-field").write("zwole").type(KeyCode.ENTER);
        assertTrue(lookup("#municipality-card").query().isVisible());
        clickOn("#search-field").eraseText(5).write("Haaglanden").type(KeyCode.ENTER);
        assertEquals("haaglanden", state.selectedRegionIdProperty().get());
        assertFalse(lookup("#municipality-card").query().isVisible());
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        clickOn("#search-field").write("xyzq");
        WaitForAsyncUtils.waitForFxEvents();
        Node none = lookup("#search-none").query();
        assertTrue(none != null && none.isVisible() && none.getScene().getWindow().isShowing());
        type(KeyCode.ESCAPE);
    }

    @Test
    void bothLeidenRegionsFoundForBollenstreekAreReadWholeWithoutScrollingSideways() {
        clickOn("#search-field").write("bollenstreek");
        WaitForAsyncUtils.waitForFxEvents();
        var list = lookup("#search-results").queryListView();
        assertTrue(list.getItems().size() >= 2, list.getItems().toString());
        var bars = list.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar s
                        && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible())
                .toList();
        assertTrue(bars.isEmpty(), "no sideways scroll bar over the rows");
        for (Node cell : list.lookupAll(".list-cell")) {
            Labeled line = (Labeled) cell;
            if (line.getText() != null) {
                assertEquals(line.getText(), ((javafx.scene.text.Text) line.lookup(".text")).getText(), "read whole");
            }
        }
        type(KeyCode.ESCAPE);
    }

    @Test
    void theCardOfCapelleAanDenIJsselNamesItAndItsProvinceWhole() {
        clickOn("#search-field").write("capelle aan den ijssel").type(KeyCode.ENTER);
        Labeled title = (Labeled) lookup("#municipality-card .title").query();
        assertEquals("Capelle aan den IJssel (Zuid-Holland)", title.getText());
        String shown = String.join(" ", title.lookupAll(".text").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
        assertEquals(title.getText(), shown.replace("\n", " "), "wrapped, not cut");
    }

    @Test
    void theFieldLetsGoOfZwolleOnceHaaglandenIsChosenElsewhere() {
        clickOn("#search-field").write("zwole").type(KeyCode.ENTER);
        var field = lookup("#search-field").queryTextInputControl();
        assertEquals("Zwolle", field.getText());
        interact(() -> state.selectRegion("haaglanden"));
        assertEquals("", field.getText(), "the field no longer names what the map shows");

        clickOn("#search-field").write("Haaglanden").type(KeyCode.ENTER);
        interact(() -> state.selectRegion("haaglanden"));
        assertEquals("Haaglanden", field.getText(), "chosen again, it stays named");
    }
}
