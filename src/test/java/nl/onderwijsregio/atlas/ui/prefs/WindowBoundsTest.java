package nl.onderwijsregio.atlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A restored window always lands fully on a screen that exists now. */
class WindowBoundsTest {

    /** A laptop screen (primary, with a 40 px task bar) and a monitor to its right. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D MONITOR = new Rectangle2D(1920, 0, 2560, 1440);

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        WindowBounds b = new WindowBounds(100, 50, 1280, 820, false);
        assertEquals(b, b.fitTo(List.of(LAPTOP, MONITOR)));
    }

    @Test
    void aWindowOnTheMonitorStaysOnTheMonitor() {
        WindowBounds b = new WindowBounds(2200, 100, 1600, 1000, true);
        assertEquals(b, b.fitTo(List.of(LAPTOP, MONITOR)));
    }

    @Test
    void aWindowLeftOnAnUnpluggedMonitorComesBackCentredOnThePrimaryScreen() {
        WindowBounds onMonitor = new WindowBounds(2200, 100, 1280, 820, false);
        WindowBounds back = onMonitor.fitTo(List.of(LAPTOP));
        assertEquals(new WindowBounds(320, 110, 1280, 820, false), back);
    }

    @Test
    void aWindowHangingOverTheEdgeIsPulledIn() {
        WindowBounds b = new WindowBounds(1500, 600, 1280, 820, false);
        assertEquals(new WindowBounds(640, 220, 1280, 820, false), b.fitTo(List.of(LAPTOP)));
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToTheScreen() {
        WindowBounds b = new WindowBounds(-50, -30, 3000, 2000, false);
        assertEquals(new WindowBounds(0, 0, 1920, 1040, false), b.fitTo(List.of(LAPTOP)));
    }

    @Test
    void aTinyWindowGrowsToAUsableSize() {
        WindowBounds b = new WindowBounds(10, 10, 20, 10, false);
        assertEquals(new WindowBounds(10, 10, WindowBounds.MIN_WIDTH, WindowBounds.MIN_HEIGHT, false),
                b.fitTo(List.of(LAPTOP)));
    }

    @Test
    void theDefaultWindowIsCentredOnThePrimaryScreen() {
        assertEquals(new WindowBounds(320, 110, 1280, 820, false),
                WindowBounds.centred(1280, 820, List.of(LAPTOP, MONITOR)));
    }

    @Test
    void theFirstWindowTakesMostOfThePrimaryScreen() {
        assertEquals(new WindowBounds(96, 52, 1728, 936, false),
                WindowBounds.firstRun(1280, 820, List.of(LAPTOP, MONITOR)), "90 % of 1920 × 1040, centred");
    }

    @Test
    void onASmallScreenTheFirstWindowKeepsTheDefaultSizeAsFarAsTheScreenAllows() {
        Rectangle2D small = new Rectangle2D(0, 0, 1366, 728);
        assertEquals(new WindowBounds(43, 0, 1280, 728, false),
                WindowBounds.firstRun(1280, 820, List.of(small)));
    }
}
