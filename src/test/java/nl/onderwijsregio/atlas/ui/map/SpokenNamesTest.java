package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader says of the map and what lies over it: the map names its sector, a sign on a button is said as
 * what the button does, a legend entry with its number and whether it is chosen, a region on a municipality's card
 * with its sector.
 */
class SpokenNamesTest extends BundledAtlasWindow {

    @Test
    void theMapSaysWhichSectorsRegionsItShowsAndWhereToChooseOne() {
        assertEquals("Kaart van de PO-regio’s; kies een regio in de legenda", app.window().mapView().getAccessibleText());
        interact(() -> state.sectorProperty().set(Sector.MBO));
        assertEquals("Kaart van de MBO-regio’s; kies een regio in de legenda", app.window().mapView().getAccessibleText());
    }

    @Test
    void theZoomButtonsAndTheLegendsFoldAreSaidAsTheirTooltipsSayThem() {
        for (String id : List.of("#zoom-in", "#zoom-out", "#zoom-home", "#legend-fold")) {
            Labeled button = lookup(id).queryLabeled();
            assertEquals(button.getTooltip().getText(), button.getAccessibleText(), id);
        }
        assertEquals("Heel Nederland", lookup("#zoom-home").query().getAccessibleText());
        assertEquals("Legenda inklappen", lookup("#legend-fold").query().getAccessibleText());
        clickOn("#legend-fold");
        assertEquals("Legenda uitklappen", lookup("#legend-fold").query().getAccessibleText());
        clickOn("#legend-fold");
    }

    @Test
    void brabantOostsLegendEntrySaysItsNumberItsNameAndThatItIsChosen() {
        Node entry = lookup("#legend-brabant-oost-po").query();
        assertEquals("3", ((Labeled) entry.lookup(".legend-number")).getText(), "third in the key, after Amsterdam");
        assertEquals("3 Brabant-Oost (po)", entry.getAccessibleText());
        interact(() -> state.selectedRegionIdProperty().set("brabant-oost-po"));
        assertEquals("3 Brabant-Oost (po), gekozen", entry.getAccessibleText());
        interact(() -> state.selectedRegionIdProperty().set("haaglanden"));
        assertEquals("3 Brabant-Oost (po)", entry.getAccessibleText());
    }

    @Test
    void haaglandenOnTheHagueCardIsSaidWithItsSectorEachTime() {
        clickOn("#search-field").write("den haag").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        for (String sector : List.of("PO", "VO", "MBO")) {
            assertEquals(sector + ": Haaglanden", lookup("#card-" + sector + "-haaglanden").query().getAccessibleText());
        }
        clickOn("#municipality-card-close");
    }
}
