package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The little square before a legend line. Stripes are filled polygons, not a pattern, for the same
 * reason as on the map: PowerPoint and other SVG readers show polygons, and a PDF needs no pattern.
 */
final class LegendSwatch {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private LegendSwatch() {
    }

    static void draw(Surface s, LegendEntry e, double x, double y, double size, Rgb border, double borderWidth) {
        MapPicture.rect(s, x, y, size, size);
        s.fillPath(e.colour(), 1);
        if (e.stripes() != null) {
            Geometry square = GEOMETRY.toGeometry(new Envelope(x, x + size, y, y + size));
            double band = size / 4;
            // bands between the diagonals u + v = c and u + v = c + band (u, v from the square's corner),
            // running bottom-left to top-right as the map's stripes do
            for (double c = band; c < 2 * size; c += 2 * band) {
                Geometry stripe = square.intersection(GEOMETRY.createPolygon(new Coordinate[] {
                        new Coordinate(x + c, y), new Coordinate(x + c + band, y),
                        new Coordinate(x + c + band - 2 * size, y + 2 * size),
                        new Coordinate(x + c - 2 * size, y + 2 * size), new Coordinate(x + c, y)}));
                Coordinate[] ring = stripe.getCoordinates();
                if (ring.length >= 3) {
                    s.beginPath();
                    s.moveTo(ring[0].x, ring[0].y);
                    for (int i = 1; i < ring.length; i++) {
                        s.lineTo(ring[i].x, ring[i].y);
                    }
                    s.closePath();
                    s.fillPath(e.stripes(), 1);
                }
            }
        }
        MapPicture.rect(s, x, y, size, size);
        s.strokePath(border, 1, borderWidth);
    }
}
