package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.AtlasApp;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MapEditHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The map in the real window on the bundled data: sector keys, hover, click, the overlap chooser, search. */
class MapFeatureTest extends FxRobot {

    private static AtlasApp app;
    private static AtlasState state;

    @BeforeAll
    static void start() throws Exception {
        app = RunningAtlas.start();
        state = app.state();
        assertTrue(RunningAtlas.stage().isShowing());
    }

    @AfterAll
    static void stop() throws Exception {
        RunningAtlas.stop(app);
    }

    @BeforeEach
    void reset() {
        interact(() -> {
            state.sectorProperty().set(Sector.PO);
            state.selectedRegionIdProperty().set(null);
            state.editModeProperty().set(false);
            state.mapEditHandlerProperty().set(null);
        });
        interact(() -> ((javafx.scene.control.TextField) lookup("#search-field").query()).clear());
        // a test that failed with the legend folded must not fail the ones after it
        interact(() -> lookup("#map-legend").queryAs(MapLegend.class).foldedProperty().set(false));
        clickOn("#zoom-home");
        waitUntilTheMapStandsStill();
    }

    private void waitUntilTheMapStandsStill() {
        RunningAtlas.waitUntilTheMapStandsStill(app);
    }

    private Point2D onScreen(String code) {
        return RunningAtlas.onScreen(app, code);
    }

    /** Paints a stroke: a Shift-drag from one municipality to another. */
    private void shiftDrag(String fromCode, String toCode) {
        press(KeyCode.SHIFT);
        try {
            drag(onScreen(fromCode), MouseButton.PRIMARY).dropTo(onScreen(toCode));
        } finally {
            release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

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
        assertTrue(text.contains("Zwolle") && text.contains("Overijssel") && text.contains("Zwolle en omgeving"), text);
    }

    @Test
    void ctrlFPutsTheCursorInTheSearchField() {
        clickOn("#zoom-home");
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#search-field").query().isFocused());
    }

    @Test
    void aChosenNationalRegionStandsOutInTheLegend() {
        interact(() -> state.selectedRegionIdProperty().set("progressus"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#legend-progressus").query().getStyleClass().contains("selected"));
    }

    @Test
    void inEditModeTheHoverCardCarriesTheEditorsNote() {
        moveTo(onScreen("GM0193"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#map-tooltip .note").query().isVisible(), "browsing: no note");
        interact(() -> {
            state.editModeProperty().set(true);
            state.mapEditHandlerProperty().set(new MapEditHandler() {
                @Override
                public void stroke(List<String> codes) {
                }

                @Override
                public Optional<String> hoverNote(String code) {
                    return Optional.of("Let op: " + code + " hoort al bij een andere regio");
                }
            });
        });
        Labeled note = lookup("#map-tooltip .note").queryLabeled();
        assertTrue(note.isVisible(), "the card says it without waiting for a move");
        assertEquals("Let op: GM0193 hoort al bij een andere regio", note.getText());
    }

    @Test
    void aNewRegionWithoutMunicipalitiesIsListedAsSuchNotAsNational() throws Exception {
        var original = state.atlas();
        var edited = Edits.createRegion(original, "Regio Waddeneilanden", java.util.Set.of(Sector.PO)).apply(original);
        try {
            showOnTheMap(edited);
            WaitForAsyncUtils.waitForFxEvents();
            String unmapped = texts(lookup("#map-legend .legend-unmapped").query());
            String national = unmapped.substring(0, unmapped.indexOf("Nog zonder gemeenten"));
            String empty = unmapped.substring(unmapped.indexOf("Nog zonder gemeenten"));
            assertTrue(national.contains("Progressus") && !national.contains("Regio Waddeneilanden"), national);
            assertTrue(empty.contains("Regio Waddeneilanden") && !empty.contains("Progressus"), empty);
        } finally {
            showOnTheMap(original);
        }
    }

    @Test
    void theHoverCardFollowsAnEditWithoutAMove() throws Exception {
        var original = state.atlas();
        var zwolle = original.region("zwolle-en-omgeving").orElseThrow();
        var edited = original.withRegion(zwolle.withMembers(zwolle.members().stream()
                .filter(m -> !"GM0193".equals(m.code())).toList()));
        moveTo(onScreen("GM0193"));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            showOnTheMap(edited);
            WaitForAsyncUtils.waitForFxEvents();
            String text = texts(lookup("#map-tooltip").query());
            assertFalse(text.contains("Zwolle en omgeving"), "Zwolle left its region: " + text);
        } finally {
            showOnTheMap(original);
        }
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
    void inEditModeAClickGoesToTheEditor() {
        List<String> stroked = new ArrayList<>();
        interact(() -> {
            state.editModeProperty().set(true);
            state.mapEditHandlerProperty().set(stroked::addAll);
        });
        clickOn(onScreen("GM0193"), MouseButton.PRIMARY);
        assertEquals(List.of("GM0193"), stroked);
        assertNull(state.selectedRegionIdProperty().get());
    }

    @Test
    void inEditModeAShiftDragPaintsOneStrokeAndLeavesTheMapWhereItIs() {
        List<List<String>> strokes = new ArrayList<>();
        interact(() -> {
            state.editModeProperty().set(true);
            state.mapEditHandlerProperty().set(codes -> strokes.add(List.copyOf(codes)));
        });
        Viewport before = app.window().mapLayer().viewport();
        shiftDrag("GM0193", "GM0148");
        assertEquals(1, strokes.size(), "one stroke, one undo step: " + strokes);
        List<String> stroke = strokes.get(0);
        assertEquals("GM0193", stroke.get(0), "starts in Zwolle");
        assertEquals("GM0148", stroke.get(stroke.size() - 1), "ends in Dalfsen");
        assertEquals(before, app.window().mapLayer().viewport(), "painting does not pan");
    }

    /** The whole way, with the real editor: a robot's Shift-drag, the members it added, one Ctrl+Z. */
    @Test
    void aShiftDragAddsZwolleAndDalfsenToNoordNederlandAndOneUndoTakesTheWholeStrokeBack() {
        interact(() -> {
            state.editModeProperty().set(true);
            state.selectedRegionIdProperty().set("noord-nederland-po");
        });
        Atlas before = state.atlas();
        shiftDrag("GM0193", "GM0148");
        var grown = state.atlas().region("noord-nederland-po").orElseThrow();
        assertTrue(grown.hasMember("GM0193") && grown.hasMember("GM0148"), "Zwolle and Dalfsen painted in");

        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.data(), state.atlas().data(), "the stroke was one step");
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
    void theOverlapViewExplainsCoverCounts() {
        clickOn("#overlap-toggle");
        String legend = texts(lookup("#map-legend").query());
        assertTrue(legend.contains("gat") || legend.contains("gap"), legend);
        clickOn("#overlap-toggle");
        assertTrue(texts(lookup("#map-legend").query()).contains("Oost-Nederland"));
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
    void arrowKeysPanAndTheRegionsAreDrawnAnewWhenTheMapStandsStill() {
        clickOn("#zoom-in");
        waitUntilTheMapStandsStill();
        double before = app.window().mapLayer().viewport().centerX();
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.window().mapLayer().viewport().centerX() > before, "the view moved east");
        waitUntilTheMapStandsStill();
        sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, app.window().mapLayer().canvas().getTranslateX(), "drawn anew in place");
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
        sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(home, app.window().mapLayer().viewport().scale(), 1e-6 * home, "and back out with -");
        assertEquals(1, app.window().mapLayer().canvas().getScaleX(), "drawn anew at that scale, not stretched");
    }

    /** Puts {@code atlas} in the window, as an edit or a reload would, and waits until its map is built. */
    private void showOnTheMap(Atlas atlas) throws Exception {
        interact(() -> state.atlasProperty().set(atlas));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.regionMapsProperty().get() != null
                && state.regionMapsProperty().get().atlas() == atlas);
    }

    private static String texts(Node root) {
        StringBuilder sb = new StringBuilder();
        collect(root, sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
        if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), sb);
        }
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
}
