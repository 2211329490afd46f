package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.firstrun.FirstRunTour;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * At Extra groot in high contrast on a laptop (1280 × 768, the test screen's width) the open legend would take most of the map: it folds by
 * itself, and whatever the reader opens it for, the country and a region chosen lie beside it, never under it.
 */
class LegendRoomTest extends BundledAtlasWindow {

    private double width;
    private double height;

    @BeforeEach
    void onALaptopAtExtraLargeInHighContrast() {
        Stage stage = RunningAtlas.stage();
        width = stage.getWidth();
        height = stage.getHeight();
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(768);
            state.appearanceProperty().set(Appearance.HIGH_CONTRAST);
            state.textSizeProperty().set(TextSize.EXTRA_LARGE);
        });
        waitUntilTheMapStandsStill();
    }

    @AfterEach
    void asBefore() {
        interact(() -> {
            state.textSizeProperty().set(TextSize.NORMAL);
            state.appearanceProperty().set(Appearance.LIGHT);
            RunningAtlas.stage().setWidth(width);
            RunningAtlas.stage().setHeight(height);
        });
        waitUntilTheMapStandsStill();
    }

    @Test
    void theLegendFoldsByItselfAndTheWholeCountryFillsTheMap() {
        assertTrue(legend().foldedProperty().get(), "open it would take " + legend().openWidth() + " of "
                + mapWidth() + " pixels");
        clickOn("#zoom-home");
        waitUntilTheMapStandsStill();
        assertTrue(shown(country()), "the whole country in the map: " + screen(country()));
    }

    @Test
    void openedTheLegendHasTheCountryBesideItAndHaaglandenChosenToo() {
        clickOn("#legend-fold");
        waitUntilTheMapStandsStill();
        assertFalse(legend().foldedProperty().get(), "the reader opens it when they want it");
        assertBesideTheLegend(country(), "the country once the legend is open");

        interact(() -> {
            state.selectedRegionIdProperty().set("haaglanden");
            state.focus(FocusRequest.region("haaglanden"));
        });
        waitUntilTheMapStandsStill();
        assertBesideTheLegend(haaglanden(), "Haaglanden flown to");

        clickOn("#zoom-home");
        waitUntilTheMapStandsStill();
        assertBesideTheLegend(country(), "the country again after ⌂");
    }

    @Test
    void anotherAppearanceKeepsTheViewAndTheLegendAsTheReaderLeftThem() {
        clickOn("#legend-fold");
        interact(() -> {
            state.selectedRegionIdProperty().set("haaglanden");
            state.focus(FocusRequest.region("haaglanden"));
        });
        waitUntilTheMapStandsStill();
        double zoom = app.window().mapView().getZoom();
        double centre = app.window().mapView().getCenter().getLongitude();

        interact(() -> state.appearanceProperty().set(Appearance.DARK));
        waitUntilTheMapStandsStill();

        assertFalse(legend().foldedProperty().get(), "still open");
        assertEquals(zoom, app.window().mapView().getZoom(), 1e-9, "not back out to the country");
        assertEquals(centre, app.window().mapView().getCenter().getLongitude(), 1e-4, "within a pixel");
        assertBesideTheLegend(haaglanden(), "Haaglanden");
    }

    @Test
    void theCardOfAMunicipalityFoundStandsClearOfTheLegendsTitleAndFoldButton() {
        clickOn("#search-field").write("den haag").type(KeyCode.ENTER);
        waitUntilTheMapStandsStill();
        Node card = lookup("#municipality-card").query();
        assertTrue(card.isVisible(), "the card of 's-Gravenhage");
        Bounds cardBounds = card.getBoundsInParent();
        Bounds legendBounds = legend().getBoundsInParent();
        assertFalse(cardBounds.intersects(legendBounds), "card " + cardBounds + " over the legend " + legendBounds);
        clickOn("#municipality-card-close");
    }

    @Test
    void onAFirstStartTheCardOfAMunicipalityFoundStandsClearOfTheWelcomeCardToo() {
        AtlasPreferences prefs = new AtlasPreferences(
                Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID()));
        interact(() -> {
            state.textSizeProperty().set(TextSize.NORMAL);
            FirstRunTour.show(app.window().mapPane(), prefs);
        });
        try {
            clickOn("#search-field").write("zwolle").type(KeyCode.ENTER);
            waitUntilTheMapStandsStill();
            Bounds card = lookup("#municipality-card").query().getBoundsInParent();
            Bounds welcome = lookup("#first-run").query().getBoundsInParent();
            assertFalse(card.intersects(welcome), "card " + card + " over the welcome card " + welcome);
        } finally {
            interact(() -> {
                lookup("#first-run").queryAs(FirstRunTour.class).hide();
                lookup("#search-field").queryAs(TextField.class).clear();
            });
            clickOn("#municipality-card-close");
        }
    }

    /**
     * The audit's laptop, 1024 pixels wide: Apeldoorn found was flown to the middle of the map, and its card, under
     * the legend's title, covered the top half of Apeldoorn itself. The flight keeps the place clear of the card.
     */
    @Test
    void apeldoornFoundStandsClearOfItsCard() {
        interact(() -> RunningAtlas.stage().setWidth(1024));
        waitUntilTheMapStandsStill();
        clickOn("#search-field").write("Apeldoorn").type(KeyCode.ENTER);
        waitUntilTheMapStandsStill();
        try {
            Node card = lookup("#municipality-card").query();
            assertTrue(card.isVisible(), "the card of Apeldoorn");
            Bounds cardBounds = card.getBoundsInParent();
            Envelope apeldoorn = screen(state.geometryProperty().get().municipality("GM0200").bounds());
            assertFalse(cardBounds.intersects(apeldoorn.getMinX(), apeldoorn.getMinY(), apeldoorn.getWidth(),
                    apeldoorn.getHeight()), "card " + cardBounds + " over Apeldoorn " + apeldoorn);
            assertTrue(shown(state.geometryProperty().get().municipality("GM0200").bounds()), "Apeldoorn in the map");
        } finally {
            clickOn("#municipality-card-close");
        }
    }

    private void assertBesideTheLegend(Envelope place, String what) {
        double legendRight = legend().getBoundsInParent().getMaxX();
        Envelope onScreen = screen(place);
        assertTrue(onScreen.getMinX() >= legendRight, what + " from x=" + onScreen.getMinX()
                + ", right of the legend (to x=" + legendRight + ")");
        assertTrue(shown(place), what + " within the map: " + onScreen + ", map " + mapWidth() + " wide");
    }

    private boolean shown(Envelope place) {
        Envelope s = screen(place);
        Viewport v = app.window().mapLayer().viewport();
        return s.getMinX() >= 0 && s.getMaxX() <= v.width() && s.getMinY() >= 0 && s.getMaxY() <= v.height();
    }

    private Envelope screen(Envelope plane) {
        Viewport v = app.window().mapLayer().viewport();
        return new Envelope(v.x(plane.getMinX()), v.x(plane.getMaxX()), v.y(plane.getMinY()), v.y(plane.getMaxY()));
    }

    private Envelope country() {
        return state.geometryProperty().get().bounds();
    }

    private Envelope haaglanden() {
        return state.regionMapsProperty().get().layer(state.sectorProperty().get()).shape("haaglanden").outline().bounds();
    }

    private MapLegend legend() {
        return lookup("#map-legend").queryAs(MapLegend.class);
    }

    private double mapWidth() {
        return app.window().mapPane().getWidth();
    }
}
