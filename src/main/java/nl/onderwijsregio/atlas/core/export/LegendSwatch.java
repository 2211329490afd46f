package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;

/**
 * The little square before a legend line. A striped one is striped, and a gap's one hatched, by the map's
 * own painter: real polygons, which PowerPoint and other SVG readers show and a PDF needs no pattern for.
 * The legend on screen and presenter mode's caption draw their keys with it too, so the screen's key is the slide's.
 */
public final class LegendSwatch {

    private LegendSwatch() {
    }

    /** Draws the swatch of {@code e} at (x, y); {@code scale} is the picture's scale, for a hatch's lines. */
    public static void draw(Surface s, LegendEntry e, double x, double y, double size, Rgb border, double borderWidth,
                     double scale) {
        if (e.stripes() != null) {
            // four bands across: narrower ones blend into one flat colour at a legend's 14 pixels
            MapPainter.paintStripedSquare(s, x, y, size, new Rgb[] {e.colour(), e.stripes()}, size / 2);
        } else if (e.hatch() != null) {
            MapPainter.paintHatchedSquare(s, x, y, size, e.colour(), e.hatch(), scale);
        } else if (e.dashes() != null) {
            MapPainter.paintLabourMarketSquare(s, x, y, size, e.colour(), e.dashes(), scale);
        } else if (e.colour() != null) {
            s.rect(x, y, size, size);
            s.fillPath(e.colour(), 1);
        }
        s.rect(x, y, size, size);
        s.strokePath(border, 1, borderWidth);
    }
}
