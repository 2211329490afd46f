package nl.onderwijsregio.atlas.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import nl.onderwijsregio.atlas.ui.InALaptopWideAtlas;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.table.TableFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane in a laptop's window, 1024 pixels wide, at Extra groot. */
class DetailOnALaptopTest extends InALaptopWideAtlas {

    @AfterEach
    void noRegionChosen() {
        interact(() -> app.state().selectedRegionIdProperty().set(null));
    }

    /**
     * Oost-Nederland's pane ran past the window's right edge, its scroll bar out of reach and its title cut to
     * "Oost-Nederlan" by the locator map; after a visit to Kaart en tabel it stayed so back at the map.
     */
    @Test
    void oostNederlandsPaneEndsWithinTheWindowAndStaysSoAfterMapAndTable() {
        interact(() -> {
            narrowToALaptop();
            app.state().textSizeProperty().set(TextSize.EXTRA_LARGE);
            app.state().selectedRegionIdProperty().set("oost-nederland");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertWithinTheWindow("beside the map");
        assertTitleWholeBesideTheLocator();
        double placed = lookup("#body-right").queryAs(Region.class).getWidth();

        interact(() -> app.table().viewProperty().set(TableFeature.View.SPLIT));
        WaitForAsyncUtils.waitForFxEvents();
        assertWithinTheWindow("beside map and table");
        interact(() -> app.table().viewProperty().set(TableFeature.View.MAP));
        WaitForAsyncUtils.waitForFxEvents();
        assertWithinTheWindow("back beside the map alone");
        assertEquals(placed, lookup("#body-right").queryAs(Region.class).getWidth(), 1,
                "back beside the map, the side pane as wide as it was placed there, not as squeezed beside the table");
    }

    /** The pane's scroll bar, its title, copy buttons and locator map end inside the window, to be read and used. */
    private void assertWithinTheWindow(String where) {
        double windowWidth = RunningAtlas.stage().getScene().getWidth();
        StringBuilder report = new StringBuilder();
        for (String part : new String[] {"#detail-scroll", "#detail-scroll .scroll-bar:vertical", "#detail-title",
                "#detail-copy-text", "#detail-copy-csv", "#detail-locator"}) {
            for (Node n : lookup(part).queryAll()) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (n.isVisible() && b.getMaxX() > windowWidth + 0.5) {
                    report.append(part).append(" ends at ").append(Math.round(b.getMaxX())).append("; ");
                }
            }
        }
        Region side = lookup("#body-right").query();
        assertTrue(report.length() == 0, where + ", in a window " + windowWidth + " wide, the side pane "
                + Math.round(side.getWidth()) + " wide: " + report);
    }

    /** The title's words unbroken, and the locator map beside or under it, never over it. */
    private void assertTitleWholeBesideTheLocator() {
        Label title = lookup("#detail-title").query();
        Node locator = lookup("#detail-locator").query();
        assertTrue(title.getWidth() >= WholeWords.longestWord(title.getText(), title.getFont()) - 0.5,
                "'" + title.getText() + "' has room for its longest word: " + title.getWidth());
        assertFalse(title.localToScene(title.getLayoutBounds()).intersects(locator.localToScene(locator.getLayoutBounds())),
                "the locator map lies clear of the title");
    }
}
