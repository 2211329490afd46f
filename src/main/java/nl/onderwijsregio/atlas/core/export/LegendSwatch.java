package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;

/**
 * The little square before a legend line. A striped one is striped by the map's own stripe painter:
 * real polygons, which PowerPoint and other SVG readers show and a PDF needs no pattern for.
 */
final class LegendSwatch {

    private LegendSwatch() {
    }

    static void draw(Surface s, LegendEntry e, double x, double y, double size, Rgb border, double borderWidth) {
        if (e.stripes() != null) {
            MapPainter.paintStripedSquare(s, x, y, size, new Rgb[] {e.colour(), e.stripes()}, size / 4);
        } else {
            MapPicture.rect(s, x, y, size, size);
            s.fillPath(e.colour(), 1);
        }
        MapPicture.rect(s, x, y, size, size);
        s.strokePath(border, 1, borderWidth);
    }
}
