package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.Test;

/** The one camera move of the browsing map and the presenter's: eased, and even in zoom rather than in scale. */
class FlightTest {

    /** The whole country at about zoom 7.3, and Zwolle at zoom 10.5, on a 1600 × 1000 screen. */
    private static final Viewport COUNTRY = new Viewport(0.5140, 0.3290, 256 * Math.pow(2, 7.3), 1600, 1000);
    private static final Viewport ZWOLLE = new Viewport(0.5170, 0.3240, 256 * Math.pow(2, 10.5), 1600, 1000);
    private static final long START = 5_000_000_000L;

    private final Flight flight = Flight.of(COUNTRY, ZWOLLE, START);

    @Test
    void startsWhereTheCameraIsAndLandsExactlyOnTheTarget() {
        assertEquals(COUNTRY.scale(), flight.at(START).scale(), 1e-9 * COUNTRY.scale());
        assertEquals(COUNTRY.centerX(), flight.at(START).centerX(), 1e-15);
        assertSame(ZWOLLE, flight.at(START + Flight.DURATION_NANOS), "no rounding short of the place");
        assertTrue(flight.finishedAt(START + Flight.DURATION_NANOS));
        assertTrue(!flight.finishedAt(START + Flight.DURATION_NANOS - 1));
    }

    @Test
    void beforeItsStartAndAfterItsEndTheCameraStandsStill() {
        assertEquals(0, flight.progress(START - 1_000_000), 0);
        assertEquals(1, flight.progress(START + 2 * Flight.DURATION_NANOS), 0);
    }

    @Test
    void lastsSixTenthsOfASecondOnBothMaps() {
        assertEquals(0.6, Flight.DURATION_NANOS / 1e9, 1e-9, "the presenter's 0.6 s, and the browsing map's");
    }

    @Test
    void movesOnlyForwardAndSlowlyAtBothEnds() {
        double before = 0;
        for (int frame = 1; frame <= 36; frame++) {
            double p = flight.progress(START + Flight.DURATION_NANOS * frame / 36);
            assertTrue(p > before, "frame " + frame + ": " + p + " after " + before);
            before = p;
        }
        long tenth = Flight.DURATION_NANOS / 10;
        assertTrue(flight.progress(START + tenth) < 0.1, "eased in");
        assertTrue(flight.progress(START + 9 * tenth) > 0.9, "eased out");
    }

    @Test
    void halfWayInTimeItIsHalfWayInZoomAtTheGeometricMeanOfTheScales() {
        Viewport half = flight.at(START + Flight.DURATION_NANOS / 2);
        assertEquals((7.3 + 10.5) / 2, half.zoom(), 1e-9, "as steady zooming in as zooming out");
        assertEquals(Math.sqrt(COUNTRY.scale() * ZWOLLE.scale()), half.scale(), 1e-9 * half.scale());
        assertEquals((COUNTRY.centerX() + ZWOLLE.centerX()) / 2, half.centerX(), 1e-12);
        assertEquals((COUNTRY.centerY() + ZWOLLE.centerY()) / 2, half.centerY(), 1e-12);
    }

    @Test
    void zoomingOutRetracesZoomingIn() {
        Flight back = Flight.of(ZWOLLE, COUNTRY, START);
        for (int frame = 0; frame <= 10; frame++) {
            long t = Flight.DURATION_NANOS * frame / 10;
            assertEquals(flight.at(START + t).zoom(), back.at(START + Flight.DURATION_NANOS - t).zoom(), 1e-9);
        }
    }
}
