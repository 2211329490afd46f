package nl.onderwijsregio.atlas.ui.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run tour shows on a first start, closes for now, or goes away for good. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTourTest {

    private final Preferences node = Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID());
    private final AtlasPreferences prefs = new AtlasPreferences(node);
    private StackPane map;
    private String skipProperty;

    @Start
    void start(Stage stage) {
        map = new StackPane();
        map.setId("map-pane");
        stage.setScene(new Scene(map, 900, 600));
        stage.show();
    }

    @BeforeEach
    void asOnARealFirstStart() {
        // The build skips the tour for other features' tests; this test is about the tour itself.
        skipProperty = System.clearProperty("atlas.firstRun");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (skipProperty != null) {
            System.setProperty("atlas.firstRun", skipProperty);
        }
        node.removeNode();
    }

    @Test
    void dontShowAgainHidesTheTourForGood(FxRobot robot) {
        robot.interact(() -> FirstRunTour.showIfWanted(map, prefs));
        assertNotNull(robot.lookup("#first-run-search").tryQuery().orElse(null), "step 1: search");
        assertNotNull(robot.lookup("#first-run-click").tryQuery().orElse(null), "step 2: click a region");
        assertNotNull(robot.lookup("#first-run-sector").tryQuery().orElse(null), "step 3: switch sector");

        robot.clickOn("#first-run-never");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(map.lookup("#first-run"));
        assertTrue(new AtlasPreferences(Preferences.userRoot().node(node.absolutePath())).firstRunDismissed());

        robot.interact(() -> FirstRunTour.showIfWanted(map, prefs));
        assertNull(map.lookup("#first-run"), "not shown at the next start");
    }

    @Test
    void closeHidesTheTourOnlyForNow(FxRobot robot) {
        robot.interact(() -> FirstRunTour.showIfWanted(map, prefs));
        robot.clickOn("#first-run-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(map.lookup("#first-run"));
        assertFalse(prefs.firstRunDismissed());

        robot.interact(() -> FirstRunTour.showIfWanted(map, prefs));
        assertNotNull(map.lookup("#first-run"), "shown again at the next start");
    }

    @Test
    void aUserWhoChoseARegionAndSwitchedSectorHasTheTourPutAwayForGood(FxRobot robot) {
        AtlasState state = new AtlasState();
        robot.interact(() -> {
            FirstRunTour.showIfWanted(map, prefs);
            FirstRunTour.retireOnceLearnt(map, state, prefs);
            state.selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        robot.clickOn("#first-run-close");
        robot.interact(() -> FirstRunTour.showIfWanted(map, prefs));
        assertNotNull(map.lookup("#first-run"), "chose a region, never switched sector: shown again");
        robot.interact(() -> state.sectorProperty().set(Sector.VO));
        assertNull(map.lookup("#first-run"), "did all it shows: the card goes at once");
        robot.interact(() -> FirstRunTour.showIfWanted(map, prefs));
        assertNull(map.lookup("#first-run"), "and not at the next start");
        assertTrue(new AtlasPreferences(Preferences.userRoot().node(node.absolutePath())).firstRunDismissed());
    }

    @Test
    void escClosesTheTourOnlyForNowBeforeTheMapTakesItToClearTheSelection(FxRobot robot) {
        AtomicBoolean mapTookEsc = new AtomicBoolean();
        robot.interact(() -> {
            map.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    mapTookEsc.set(true);
                    e.consume();
                }
            });
            FirstRunTour.showIfWanted(map, prefs);
            // as in the atlas, where the map has the keys after a click on it
            map.setFocusTraversable(true);
            map.requestFocus();
        });
        robot.clickOn("#first-run-search");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(map.lookup("#first-run"), "Esc closes the card, as Close does");
        assertFalse(prefs.firstRunDismissed(), "for now, not for good");
        assertFalse(mapTookEsc.get(), "that Esc was the card's");

        robot.type(KeyCode.ESCAPE);
        assertTrue(mapTookEsc.get(), "with the card gone, Esc is the map's again");
    }

    @Test
    void theTourStandsBesideTheLegendAndLeavesItReadable(FxRobot robot) {
        VBox legend = new VBox();
        legend.setPrefSize(230, 420);
        legend.setMaxSize(230, 420);
        robot.interact(() -> {
            StackPane.setAlignment(legend, Pos.TOP_LEFT);
            StackPane.setMargin(legend, new Insets(10));
            map.getChildren().add(legend);
            FirstRunTour.showIfWanted(map, prefs);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node tour = map.lookup("#first-run");
        assertFalse(tour.getBoundsInParent().intersects(legend.getBoundsInParent()),
                "tour " + tour.getBoundsInParent() + " covers the legend " + legend.getBoundsInParent());
        assertTrue(tour.getBoundsInParent().getMaxX() <= map.getWidth(), "the tour stays inside the map");

        robot.interact(() -> legend.setMaxWidth(40));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tour.getBoundsInParent().getMinX() < 80, "a folded legend gives its room back");
    }

    @Test
    void besideATableTheTourStandsUnderTheFoldedLegendRatherThanWrappingAWordALine(FxRobot robot) {
        VBox foldedLegend = new VBox();
        foldedLegend.setPrefSize(260, 36);
        foldedLegend.setMaxSize(260, 36);
        robot.interact(() -> {
            StackPane.setAlignment(foldedLegend, Pos.TOP_LEFT);
            StackPane.setMargin(foldedLegend, new Insets(10));
            map.getChildren().add(foldedLegend);
            map.getScene().getWindow().setWidth(430);
            FirstRunTour.showIfWanted(map, prefs);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node tour = map.lookup("#first-run");
        assertFalse(tour.getBoundsInParent().intersects(foldedLegend.getBoundsInParent()),
                "tour " + tour.getBoundsInParent() + " covers the legend " + foldedLegend.getBoundsInParent());
        assertTrue(tour.getBoundsInParent().getWidth() >= 340,
                "the steps keep lines of several words: " + tour.getBoundsInParent().getWidth() + " px wide");
        assertTrue(tour.getBoundsInParent().getMaxX() <= map.getWidth(), "the tour stays inside the map");
    }

    /**
     * Shown at the start, before anything has the keyboard, the card takes it to its Close button and is read out by
     * its welcome; Enter closes it and leaves the keyboard on the map it stood on.
     */
    @Test
    void atTheStartTheCardHasTheKeyboardOnCloseAndEnterLeavesItOnTheMap(FxRobot robot) {
        Region mapView = new Region();
        robot.interact(() -> {
            mapView.setFocusTraversable(true);
            map.getChildren().add(mapView);
            map.getScene().getRoot().requestFocus();
            FirstRunTour.showIfWanted(map, prefs);
        });
        Node tour = map.lookup("#first-run");
        assertEquals("first-run-close", focusOwner().getId());
        assertEquals("Welkom bij de Onderwijsregio Atlas", tour.getAccessibleText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(map.lookup("#first-run"));
        assertSame(mapView, focusOwner());
    }

    /** Brought back from the Help menu while the search field had the keyboard, Esc gives the field its keyboard back. */
    @Test
    void escGivesTheKeyboardBackToTheSearchFieldItWasIn(FxRobot robot) {
        TextField search = new TextField();
        robot.interact(() -> {
            StackPane.setAlignment(search, Pos.BOTTOM_RIGHT);
            search.setMaxWidth(200);
            map.getChildren().add(search);
            search.requestFocus();
            FirstRunTour.show(map, prefs);
        });
        assertEquals("first-run-close", focusOwner().getId());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(map.lookup("#first-run"));
        assertSame(search, focusOwner());
    }

    private Node focusOwner() {
        return map.getScene().getFocusOwner();
    }

    @Test
    void theHelpMenuBringsTheTourBackAfterItWasDismissed(FxRobot robot) {
        prefs.setFirstRunDismissed(true);
        robot.interact(() -> FirstRunTour.showIfWanted(map, prefs));
        assertNull(map.lookup("#first-run"));
        robot.interact(() -> FirstRunTour.show(map, prefs));
        assertNotNull(map.lookup("#first-run"));
        robot.interact(() -> FirstRunTour.show(map, prefs));
        assertTrue(map.getChildren().stream().filter(n -> "first-run".equals(n.getId())).count() == 1,
                "asking twice shows one tour");
    }
}
