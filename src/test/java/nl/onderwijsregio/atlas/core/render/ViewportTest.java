package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.onderwijsregio.atlas.core.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** A place fitted beside a panel shows in the middle of the part the panel leaves free, not half under it. */
class ViewportTest {

    /** Roughly Zwolle en omgeving, from Kampen to Raalte. */
    private final Envelope zwolle = new Envelope(WebMercator.x(5.85), WebMercator.x(6.35),
            WebMercator.y(52.60), WebMercator.y(52.38));

    @Test
    void zwolleBesideA300PixelLegendSitsInTheMiddleOfTheOther700() {
        Viewport fit = Viewport.fit(zwolle, 700, 600, 20);
        Viewport beside = fit.besidePanel(300, fit.scale(), 1000);
        double middle = (beside.x(zwolle.getMinX()) + beside.x(zwolle.getMaxX())) / 2;
        assertEquals(300 + 700 / 2.0, middle, 1e-6);
        assertEquals(1000, beside.width());
    }

    @Test
    void zoomedOutToLevel8ItStillSitsInTheMiddleOfTheFreePart() {
        Viewport beside = Viewport.fit(zwolle, 700, 600, 20).besidePanel(300, Viewport.scaleAt(8), 1000);
        assertEquals(8, beside.zoom(), 1e-12);
        assertEquals(650, (beside.x(zwolle.getMinX()) + beside.x(zwolle.getMaxX())) / 2, 1e-6);
    }
}
