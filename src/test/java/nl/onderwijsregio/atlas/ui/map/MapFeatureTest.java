package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import nl.onderwijsregio.atlas.core.export.ExportPictures;
import nl.onderwijsregio.atlas.core.export.LegendEntry;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The map in the real window on the bundled data: sector keys, hover, click, the overlap chooser, the legend, navigation. */
class MapFeatureTest extends BundledAtlasWindow {

    @Test
    void regionNamesKeepClearOfTheLegendAndFollowItWhenItFolds() {
        AtlasMapLayer layer = app.window().mapLayer();
        Node legend = lookup("#map-legend").query();
        javafx.geometry.Bounds open = layer.sceneToLocal(legend.localToScene(legend.getBoundsInLocal()));
        assertTrue(covers(layer, open), "the open legend at " + open + " in " + layer.paintedCover());
        clickOn("#legend-fold");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds folded = layer.sceneToLocal(legend.localToScene(legend.getBoundsInLocal()));
        assertTrue(folded.getHeight() < open.getHeight() / 2, "folded to its title: " + folded);
        assertTrue(covers(layer, folded), "names may stand where the legend no longer reaches: " + layer.paintedCover());
        assertFalse(covers(layer, open));
        clickOn("#legend-fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(covers(layer, open));
    }

    @Test
    void regionNamesKeepClearOfTheFirstRunCardUntilItIsClosed() throws Exception {
        AtlasMapLayer layer = app.window().mapLayer();
        var node = java.util.prefs.Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + java.util.UUID.randomUUID());
        try {
            interact(() -> nl.onderwijsregio.atlas.ui.firstrun.FirstRunTour.show(app.window().mapPane(),
                    new nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences(node)));
            WaitForAsyncUtils.waitForFxEvents();
            Node card = lookup("#first-run").query();
            javafx.geometry.Bounds shown = layer.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
            assertTrue(covers(layer, shown), "the card at " + shown + " in " + layer.paintedCover());
            clickOn("#first-run-close");
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(covers(layer, shown), "its names come back when it is closed: " + layer.paintedCover());
        } finally {
            node.removeNode();
        }
    }

    private static boolean covers(AtlasMapLayer layer, javafx.geometry.Bounds panel) {
        return layer.paintedCover().stream().anyMatch(c -> Math.abs(c.getMinX() - panel.getMinX()) < 0.5
                && Math.abs(c.getMaxX() - panel.getMaxX()) < 0.5 && Math.abs(c.getMaxY() - panel.getMaxY()) < 0.5);
    }

    @Test
    void keys1To3SwitchTheSector() {
        press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        assertEquals(Sector.VO, state.sectorProperty().get());
        press(KeyCode.DIGIT3).release(KeyCode.DIGIT3);
        assertEquals(Sector.MBO, state.sectorProperty().get());
        press(KeyCode.DIGIT1).release(KeyCode.DIGIT1);
        assertEquals(Sector.PO, state.sectorProperty().get());
        clickOn("#sector-VO");
        assertEquals(Sector.VO, state.sectorProperty().get());
    }

    @Test
    void hoveringZwolleNamesItsProvinceAndRegion() {
        moveTo(onScreen("GM0193"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("GM0193", state.hoveredMunicipalityCodeProperty().get());
        Node tooltip = lookup("#map-tooltip").query();
        assertTrue(tooltip.isVisible());
        String text = texts(tooltip);
        assertTrue(text.contains("Zwolle") && text.contains("Overijssel") && text.contains("• Zwolle en omgeving"), text);
    }

    @Test
    void aChosenNationalRegionStandsOutInTheLegend() {
        interact(() -> state.selectedRegionIdProperty().set("progressus"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#legend-progressus").query().getStyleClass().contains("selected"));
        assertEquals("• Progressus", lookup("#legend-progressus").queryAs(Labeled.class).getText());
    }

    @Test
    void clickingZwolleSelectsItsOnlyRegion() {
        clickOn(onScreen("GM0193"), MouseButton.PRIMARY);
        assertEquals("zwolle-en-omgeving", state.selectedRegionIdProperty().get());
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertNull(state.selectedRegionIdProperty().get());
    }

    @Test
    void clickingApeldoornOffersBothItsPoRegions() {
        clickOn(onScreen("GM0200"), MouseButton.PRIMARY);
        assertNull(state.selectedRegionIdProperty().get(), "nothing is chosen for the user");
        List<String> offered = new ArrayList<>();
        lookup(".context-menu .menu-item .label").queryAll().forEach(n -> offered.add(((Labeled) n).getText()));
        assertTrue(offered.contains("Oost-Nederland") && offered.contains("Zwolle en omgeving"), offered.toString());
        assertEquals("Apeldoorn ligt in 2 PO-regio’s; kies er één:", offered.get(0), "the heading names the place clicked");
        clickOn("Oost-Nederland");
        assertEquals("oost-nederland", state.selectedRegionIdProperty().get());
    }

    @Test
    void theHeadingOfApeldoornsChoiceIsNotLitUpAsIfPicked() {
        clickOn(onScreen("GM0200"), MouseButton.PRIMARY);
        Node heading = lookup(".context-menu .chooser-title").query();
        Node zwolle = lookup(".context-menu #choose-zwolle-en-omgeving").query();
        moveTo(heading);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(litUp(heading), "the list opens under the pointer; its heading is no choice");
        assertEquals(1.0, heading.getOpacity(), "the heading is not faded like a disabled choice");
        moveTo(zwolle);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(litUp(zwolle), "Zwolle en omgeving, pointed at, shows it will be picked");
        type(KeyCode.ESCAPE);
    }

    private static boolean litUp(Node item) {
        var background = ((javafx.scene.layout.Region) item).getBackground();
        return background != null && background.getFills().stream()
                .anyMatch(f -> !javafx.scene.paint.Color.TRANSPARENT.equals(f.getFill()));
    }

    @Test
    void switchingToMboClosesTheListOfApeldoornsPoRegions() {
        clickOn(onScreen("GM0200"), MouseButton.PRIMARY);
        assertTrue(chooserShowing(), "Apeldoorn lies in two PO regions");
        interact(() -> state.sectorProperty().set(Sector.MBO));
        assertFalse(chooserShowing(), "the PO regions are no longer offered on the MBO map");
    }

    private boolean chooserShowing() {
        return listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing());
    }

    @Test
    void zwolleChosenOnTheMboMapIsScrolledIntoViewInTheLegend() {
        interact(() -> {
            state.sectorProperty().set(Sector.MBO);
            state.selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = lookup("#legend-zwolle-en-omgeving").query();
        javafx.scene.control.ScrollPane scroll = lookup(".legend-scroll").query();
        Bounds rowOnScreen = row.localToScreen(row.getBoundsInLocal());
        Bounds viewOnScreen = scroll.localToScreen(scroll.getBoundsInLocal());
        assertTrue(viewOnScreen.contains(rowOnScreen.getCenterX(), rowOnScreen.getCenterY()),
                "row " + rowOnScreen + " in view " + viewOnScreen);
    }

    @Test
    void theWheelZoomsInAndADragPans() {
        Viewport whole = app.window().mapLayer().viewport();
        Point2D zwolle = onScreen("GM0193");
        // Two notches of a wheel, as a desktop sends them (the headless robot's wheel runs the other way).
        interact(() -> {
            Node map = app.window().mapView();
            Point2D scene = map.getScene().getRoot().screenToLocal(zwolle);
            for (int notch = 0; notch < 2; notch++) {
                javafx.event.Event.fireEvent(map, new javafx.scene.input.ScrollEvent(
                        javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), zwolle.getX(), zwolle.getY(),
                        false, false, false, false, false, false, 0, 40, 0, 40,
                        javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, 1, 0, null));
            }
        });
        waitUntilTheMapStandsStill();
        Viewport zoomed = app.window().mapLayer().viewport();
        assertTrue(zoomed.scale() > whole.scale() * 1.9, "zoomed in a level: " + whole.scale() + " → " + zoomed.scale());
        assertEquals(zwolle.getX(), onScreen("GM0193").getX(), 2, "Zwolle stays under the pointer");
        assertEquals(zwolle.getY(), onScreen("GM0193").getY(), 2);

        Point2D from = onScreen("GM0193");
        drag(from, MouseButton.PRIMARY).dropTo(new Point2D(from.getX() - 150, from.getY()));
        waitUntilTheMapStandsStill();
        Point2D after = onScreen("GM0193");
        assertEquals(from.getX() - 150, after.getX(), 20, "Zwolle moved with the pointer");
        assertEquals(zoomed.scale(), app.window().mapLayer().viewport().scale(), 1e-9, "a drag does not zoom");
    }

    @Test
    void theOverlapViewExplainsCoverCounts() {
        String coverTitle = Messages.t("map.legend.coverTitle", Sector.PO.name());
        String twoRegions = Messages.t("export.legend.cover2");
        assertFalse(texts(lookup("#map-legend").query()).contains(twoRegions), "the region legend counts no covers");

        clickOn("#overlap-toggle");
        String legend = texts(lookup("#map-legend").query());
        assertTrue(legend.contains(coverTitle) && legend.contains(twoRegions), legend);
        assertFalse(legend.contains("Oost-Nederland"), "colours by count, not by region: " + legend);

        clickOn("#overlap-toggle");
        legend = texts(lookup("#map-legend").query());
        assertTrue(legend.contains("Oost-Nederland") && !legend.contains(twoRegions), legend);
    }

    @Test
    void theLegendOnScreenHasThePicturesLinesWordForWordInTheOverlapViewToo() {
        interact(() -> state.sectorProperty().set(Sector.VO));
        clickOn("#labour-markets-toggle");
        try {
            for (boolean overlapView : new boolean[] {false, true}) {
                MapScene scene = app.window().mapLayer().scene();
                assertEquals(overlapView, scene.overlapView());
                List<String> lines = ExportPictures.legend(scene, null, Locale.forLanguageTag("nl")).stream()
                        .filter(e -> !e.isUnmapped()).map(LegendEntry::label).toList();
                assertTrue(lines.contains("Streepjeslijn: grens van een arbeidsmarktregio"), lines.toString());
                String onScreen = texts(lookup("#map-legend .legend-scroll").query());
                assertTrue(onScreen.endsWith(String.join("\n", lines.subList(lines.size() - 3, lines.size())) + "\n"),
                        "the keys as the pictures word them: " + onScreen);
                for (String line : lines) {
                    assertTrue(onScreen.contains(line + "\n"), line + " in " + onScreen);
                }
                clickOn("#overlap-toggle");
            }
        } finally {
            clickOn("#labour-markets-toggle");
        }
    }

    @Test
    void theLegendShowsEachRegionsNumberInTheKeyAsLongAsTheMapMarksRegionsWithIt() {
        assertEquals(Sector.PO, state.sectorProperty().get());
        assertTrue(app.window().mapLayer().scene().numbersRegions(), "the legend goes with the main window's map");
        assertEquals("2", lookup("#legend-amsterdam .legend-number").queryAs(Labeled.class).getText(),
                "after Almere en Lelystad");
        clickOn("#labels-toggle");
        assertTrue(lookup(".legend-number").tryQuery().isEmpty(), "no names, so no numbers in their place");
        clickOn("#labels-toggle");
        clickOn("#overlap-toggle");
        assertTrue(lookup(".legend-number").tryQuery().isEmpty(), "the overlap view keys cover counts");
        clickOn("#overlap-toggle");
        assertEquals("2", lookup("#legend-amsterdam .legend-number").queryAs(Labeled.class).getText());
    }

    @Test
    void theLabourMarketButtonDrawsTheirBordersExplainsTheLineAndNamesTheOneUnderThePointer() {
        assertFalse(app.window().mapLayer().scene().labourMarkets());
        assertTrue(lookup("#legend-labour-market").tryQuery().isEmpty());

        clickOn("#labour-markets-toggle");
        assertTrue(app.window().mapLayer().scene().labourMarkets());
        assertEquals("Streepjeslijn: grens van een arbeidsmarktregio",
                lookup("#legend-labour-market .label").queryAs(javafx.scene.control.Label.class).getText());
        moveTo(onScreen("GM0193"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(texts(lookup("#map-tooltip").query()).contains("Arbeidsmarktregio Regio Zwolle"),
                "the hover card over Zwolle names its labour-market region");

        clickOn("#labour-markets-toggle");
        assertFalse(app.window().mapLayer().scene().labourMarkets());
        assertTrue(lookup("#legend-labour-market").tryQuery().isEmpty());
    }

    @Test
    void otherBoundariesWithoutLabourMarketRegionsTurnTheSwitchOffAndTheOldLayersNeverAnswer() throws Exception {
        Atlas bundled = state.atlas();
        MapGeometry bundledGeometry = state.geometryProperty().get();
        java.nio.file.Path shp = state.municipalityFileProperty().get();
        java.nio.file.Path json = state.regionFileProperty().get();
        // The same municipalities as a CBS original would have them: own geometries, no labour-market fields.
        Atlas plain = new Atlas(bundled.municipalities().values().stream().map(m -> new Municipality(m.code(), m.name(),
                m.province(), m.geometryRd().copy(), m.geometryWgs84().copy())).toList(), bundled.basemap(), bundled.data());
        clickOn("#labour-markets-toggle");
        javafx.scene.control.ToggleButton toggle = lookup("#labour-markets-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(toggle.isSelected());
        try {
            var whileBuilding = new java.util.concurrent.atomic.AtomicReference<Object>("not looked at");
            interact(() -> {
                state.showLoaded(plain, MapGeometry.of(plain), shp, json);
                whileBuilding.set(state.regionMapsProperty().get());
            });
            assertNull(whileBuilding.get(), "hover and click get no layers of the old boundaries while the new ones are built");
            assertFalse(toggle.isSelected(), "no labour-market regions to show: the switch is off");
            assertTrue(toggle.isDisabled());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.regionMapsProperty().get() != null);
            assertFalse(app.window().mapLayer().scene().labourMarkets());
            assertTrue(lookup("#legend-labour-market").tryQuery().isEmpty(), "no key to a line that is not drawn");
        } finally {
            interact(() -> state.showLoaded(bundled, bundledGeometry, shp, json));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.regionMapsProperty().get() != null
                    && state.regionMapsProperty().get().atlas() == bundled);
        }
        assertFalse(toggle.isDisabled(), "the bundled boundaries have them again");
    }

    @Test
    void aRegionChosenIsFlownToAndWithReducedMotionCutToTheSameView() throws Exception {
        boolean reduced = state.reducedMotionProperty().get();
        try {
            Object[] cut = WaitForAsyncUtils.asyncFx(() -> {
                state.reducedMotionProperty().set(true);
                state.focus(nl.onderwijsregio.atlas.ui.FocusRequest.region("zwolle-en-omgeving"));
                return new Object[] {app.window().mapView().getZoom(), app.window().mapView().getCenter()};
            }).get();
            waitUntilTheMapStandsStill();
            clickOn("#zoom-home");
            waitUntilTheMapStandsStill();

            Object[] flying = WaitForAsyncUtils.asyncFx(() -> {
                double home = app.window().mapView().getZoom();
                state.reducedMotionProperty().set(false);
                state.focus(nl.onderwijsregio.atlas.ui.FocusRequest.region("zwolle-en-omgeving"));
                return new Object[] {home, app.window().mapView().getZoom()};
            }).get();
            assertTrue((double) cut[0] > (double) flying[0] + 1, "the cut is at Zwolle at once: " + cut[0]);
            assertEquals((double) flying[0], (double) flying[1], 1e-9, "the flight leaves the country over the next frames");
            waitUntilTheMapStandsStill();
            assertEquals((double) cut[0], app.window().mapView().getZoom(), 1e-9, "and lands where the cut went");
            com.gluonhq.maps.MapPoint landed = app.window().mapView().getCenter();
            assertEquals(((com.gluonhq.maps.MapPoint) cut[1]).getLatitude(), landed.getLatitude(), 1e-6);
            assertEquals(((com.gluonhq.maps.MapPoint) cut[1]).getLongitude(), landed.getLongitude(), 1e-6);
        } finally {
            interact(() -> state.reducedMotionProperty().set(reduced));
        }
    }

    @Test
    void arrowKeysPanAndTheRegionsAreDrawnAnewWhenTheMapStandsStill() {
        clickOn("#zoom-in");
        waitUntilTheMapStandsStill();
        double before = app.window().mapLayer().viewport().centerX();
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.window().mapLayer().viewport().centerX() > before, "the view moved east");
        waitUntilTheMapStandsStill();
        assertEquals(0, app.window().mapLayer().canvas().getTranslateX(), "drawn anew in place");
    }

    @Test
    void afterAClickOnTheOverlapSwitchTheArrowKeysStillPanTheMap() {
        clickOn("#map-pane");
        clickOn("#overlap-toggle");
        double before = app.window().mapLayer().viewport().centerX();
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitUntilTheMapStandsStill();
        assertTrue(app.window().mapLayer().viewport().centerX() > before, "the view moved east");
    }

    @Test
    void theMapReachedWithTabIsRingedAndAClickedMapIsNot() {
        clickOn("#search-field");
        for (int i = 0; i < 12 && app.window().getScene().getFocusOwner() != app.window().mapView(); i++) {
            push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(app.window().mapView(), app.window().getScene().getFocusOwner(),
                "Tab goes from the search over the tool bar to the map");
        javafx.scene.layout.Region ring = lookup(".map-focus-ring").queryAs(javafx.scene.layout.Region.class);
        assertTrue(ring.isVisible(), "the keys now go to the map: it shows");
        assertTrue(ring.getBorder() != null && ring.getBorder().getStrokes().get(0).getTopStroke()
                instanceof javafx.scene.paint.Color c && c.getOpacity() == 1, "a ring to see: " + ring.getBorder());
        interact(() -> app.window().mapView().requestFocus());
        assertFalse(ring.isVisible(), "a click shows by itself where it went");
    }

    /**
     * Every switch of the tool bar, the legend's entries (one stop) and the zoom buttons are reached with Tab, not only
     * the map, the search and the detail pane; and where the focus goes, a ring shows it.
     */
    @Test
    void tabFromTheSearchReachesTheSectorButtonsTheLegendEntriesAndTheZoomButtons() {
        clickOn("#search-field");
        List<Node> stops = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            stops.add(app.window().getScene().getFocusOwner());
        }
        List<String> ids = stops.stream().map(n -> n == null ? "none" : n.getId() == null ? n.getClass().getSimpleName()
                : n.getId()).toList();
        for (String id : List.of("sector-PO", "overlap-toggle", "labels-toggle", "labour-markets-toggle", "view-map",
                "edit-mode-toggle", "presenter-button", "map-view", "legend-fold", "zoom-in", "zoom-home", "detail-tabs")) {
            assertTrue(ids.contains(id), id + " is reached by Tab: " + ids);
        }
        assertEquals(1, ids.stream().filter(id -> id.startsWith("legend-") && !id.equals("legend-fold")).distinct().count(),
                "the legend's entries are one stop: " + ids);
        assertTrue(ids.indexOf("sector-PO") < ids.indexOf("map-view") && ids.indexOf("map-view") < ids.indexOf("legend-fold")
                && ids.indexOf("legend-fold") < ids.indexOf("zoom-in"), "in the order they stand: " + ids);
        for (Node stop : stops) {
            assertTrue(stop != null && stop.isFocusTraversable(), "no invisible stop: " + ids);
        }
        // A switch of several is one stop, its chosen button; the arrow keys step to the others.
        interact(() -> lookup("#sector-PO").query().requestFocus());
        push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("sector-VO", app.window().getScene().getFocusOwner().getId());
    }

    @Test
    void theLegendsFoldSwitchAndEntriesReachedWithTabAreRinged() {
        clickOn("#search-field");
        Node fold = lookup("#legend-fold").query();
        for (int i = 0; i < 80 && !fold.isFocused(); i++) {
            push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(fold.isFocusVisible(), "reached by Tab");
        assertTrue(ringed((javafx.scene.layout.Region) fold), "the fold switch shows its focus");
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        var entry = (javafx.scene.layout.Region) app.window().getScene().getFocusOwner();
        assertTrue(entry.getStyleClass().contains("legend-region"), "then the first entry: " + entry);
        assertTrue(ringed(entry), "the entry shows its focus");
        String id = entry.getId().substring("legend-".length());
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(id, state.selectedRegionIdProperty().get(), "Enter chooses the region as a click does");
        assertTrue(entry.isFocused(), "and the entry keeps the focus");
        push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        var next = (javafx.scene.layout.Region) app.window().getScene().getFocusOwner();
        assertTrue(next != entry && next.getStyleClass().contains("legend-region"), "Down goes to the next entry: " + next);
        assertTrue(ringed(next), "ringed too");
        press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Sector.VO, state.sectorProperty().get(), "2 still chooses VO from the legend");
    }

    /**
     * The PO legend's 29 regions and its two national ones are one Tab stop, where they were 31 between the map and
     * the zoom buttons: Down walks them all, the list scrolling along, and Enter chooses the one reached.
     */
    @Test
    void thePoLegendsThirtyOneEntriesAreOneTabStopWalkedWithDown() {
        MapLegend legend = lookup("#map-legend").queryAs(MapLegend.class);
        List<Node> entries = legend.lookupAll(".legend-region").stream().toList();
        assertEquals(31, entries.size());
        assertEquals(1, entries.stream().filter(Node::isFocusTraversable).count(), "one stop");
        javafx.scene.control.ScrollPane scroll = lookup("#map-legend .legend-scroll").query();
        interact(() -> entries.get(0).requestFocus());
        for (int i = 1; i < entries.size(); i++) {
            push(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = app.window().getScene().getFocusOwner();
            assertEquals(entries.get(i), focused, "Down " + i);
            if (focused.getParent() == scroll.getContent()) {
                Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
                Bounds entry = focused.localToScene(focused.getBoundsInLocal());
                assertTrue(entry.getMinY() >= shown.getMinY() - 0.5 && entry.getMaxY() <= shown.getMaxY() + 0.5,
                        "entry " + i + " in sight: " + entry + " in " + shown);
            }
        }
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("legend-" + state.selectedRegionIdProperty().get(), entries.get(30).getId());
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zoom-in", app.window().getScene().getFocusOwner().getId(), "one Tab leaves the legend");
    }

    private static boolean ringed(javafx.scene.layout.Region r) {
        return r.getBackground() != null && r.getBackground().getFills().stream()
                .anyMatch(f -> f.getFill().equals(Color.web("#0b6aa8")));
    }

    @Test
    void afterAClickOnTheSectorButtonsTheArrowKeysStillPanTheMap() {
        clickOn("#map-pane");
        clickOn("#sector-VO");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(app.window().mapView(), app.window().getScene().getFocusOwner(), "the click gave the focus back");
        double before = app.window().mapLayer().viewport().centerX();
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitUntilTheMapStandsStill();
        assertTrue(app.window().mapLayer().viewport().centerX() > before, "the view moved east");
    }

    @Test
    void theViewMenuSwitchesTheLayersAsTheToolBarDoes() {
        var view = app.window().menu("menu-view");
        var overlap = (javafx.scene.control.CheckMenuItem) view.getItems().stream()
                .filter(i -> "menu-overlap".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("_Overlapweergave", overlap.getText(), "the words, with O for its Alt key");
        interact(() -> overlap.setSelected(true));
        assertTrue(lookup("#overlap-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        clickOn("#overlap-toggle");
        assertFalse(overlap.isSelected());
    }

    @Test
    void theZoomButtonsAndPlusAndMinusKeysRedrawTheRegionsAtTheNewScale() {
        clickOn("#zoom-home");
        waitUntilTheMapStandsStill();
        double home = app.window().mapLayer().viewport().scale();
        clickOn("#zoom-in");
        waitUntilTheMapStandsStill();
        assertEquals(2 * home, app.window().mapLayer().viewport().scale(), 1e-6 * home,
                "the regions follow the basemap one level in");
        press(KeyCode.MINUS).release(KeyCode.MINUS);
        waitUntilTheMapStandsStill();
        assertEquals(home, app.window().mapLayer().viewport().scale(), 1e-6 * home, "and back out with -");
        assertEquals(1, app.window().mapLayer().canvas().getScaleX(), "drawn anew at that scale, not stretched");
    }

    @Test
    void theWholeCountryLiesBesideTheLegendAndTheLegendFolds() {
        Node legend = lookup("#map-legend").query();
        Viewport v = app.window().mapLayer().viewport();
        double legendRight = legend.getBoundsInParent().getMaxX();
        double zeelandWest = v.x(state.geometryProperty().get().bounds().getMinX());
        assertTrue(zeelandWest >= legendRight, "the west coast (x=" + zeelandWest
                + ") is not hidden behind the legend (right edge " + legendRight + ")");

        interact(() -> state.sectorProperty().set(Sector.VO));
        javafx.scene.control.Label title = lookup("#map-legend .legend-title").queryAs(javafx.scene.control.Label.class);
        assertEquals("VO-regio’s (25)", title.getText());
        assertEquals("Grijs gearceerd: in geen enkele regio (gat)",
                lookup("#legend-gap .label").queryAs(javafx.scene.control.Label.class).getText(),
                "a gap such as Zutphen is not mistaken for background");
        for (String row : new String[] {"#legend-stripes", "#legend-gap"}) {
            var swatch = ((javafx.scene.Parent) lookup(row).query()).getChildrenUnmodifiable().get(0).getBoundsInParent();
            assertTrue(swatch.getWidth() <= 16 && swatch.getHeight() <= 16, row + "'s swatch is a small square: " + swatch);
        }
        clickOn("#legend-fold");
        Node regionList = lookup("#map-legend .legend-scroll").query();
        assertFalse(regionList.isVisible(), "folded to its title");
        assertEquals("VO-regio’s (25) + 2 landelijk", title.getText(), "the national regions are still counted");
        clickOn("#legend-fold");
        assertTrue(regionList.isVisible());
        assertEquals("VO-regio’s (25)", title.getText());
    }

    @Test
    void theFoldedMboLegendKeepsItsTitleOnOneLine() {
        interact(() -> state.sectorProperty().set(Sector.MBO));
        javafx.scene.control.Label title = lookup("#map-legend .legend-title").queryAs(javafx.scene.control.Label.class);
        clickOn("#legend-fold");
        try {
            assertEquals("MBO-regio’s (20) + 2 landelijk", title.getText());
            double oneLine = title.getFont().getSize() * 1.6;
            assertTrue(title.getHeight() < oneLine, "the title on one line, " + title.getHeight() + " px high");
            assertTrue(title.getWidth() >= title.prefWidth(-1) - 0.5, "the title whole: " + title.getWidth()
                    + " px for " + title.prefWidth(-1));
            Node legend = lookup("#map-legend").query();
            assertTrue(legend.getBoundsInParent().getMaxX() <= app.window().mapPane().getWidth(), "within the map");
        } finally {
            clickOn("#legend-fold");
            interact(() -> state.sectorProperty().set(Sector.PO));
        }
    }
}
