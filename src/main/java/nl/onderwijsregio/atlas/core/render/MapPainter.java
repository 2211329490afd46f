package nl.onderwijsregio.atlas.core.render;

import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import org.locationtech.jts.geom.Envelope;

/**
 * The one painter of the map. The screen, the PNG, SVG and PDF exports and the presenter all call it,
 * so what you see is what you export. It knows nothing of JavaFX: it draws on a {@link Surface}.
 */
public final class MapPainter {

    private final MapGeometry geometry;
    private final MapStyle style;

    public MapPainter(MapGeometry geometry, MapStyle style) {
        this.geometry = geometry;
        this.style = style;
    }

    public MapGeometry geometry() {
        return geometry;
    }

    public MapStyle style() {
        return style;
    }

    /**
     * Paints the whole map as the screen shows it. Every export calls this same method, so the
     * picture is the same everywhere.
     */
    public void paint(Surface s, Viewport v) {
        paintBasemap(s, v);
        paintMunicipalityBorders(s, v, 0.8);
        paintProvinceBorders(s, v);
    }

    /** The calm background: sea, neighbouring countries, Dutch land and province borders. */
    public void paintBasemap(Surface s, Viewport v) {
        s.fillBackground(style.sea(), 1);
        Envelope visible = v.visible();
        for (ProjectedShape c : geometry.countries()) {
            if (trace(s, v, c, visible)) {
                s.fillPath(style.foreignLand(), 1);
                s.strokePath(style.provinceBorder(), 0.6, 0.8);
            }
        }
        if (geometry.netherlands() != null && trace(s, v, geometry.netherlands(), visible)) {
            s.fillPath(style.land(), 1);
        }
    }

    /** Province borders, drawn above region fills so the country stays readable. */
    public void paintProvinceBorders(Surface s, Viewport v) {
        Envelope visible = v.visible();
        for (ProjectedShape p : geometry.provinces()) {
            if (trace(s, v, p, visible)) {
                s.strokePath(style.provinceBorder(), 0.9, 1.1);
            }
        }
    }

    /** Thin, quiet municipality borders. */
    public void paintMunicipalityBorders(Surface s, Viewport v, double opacity) {
        Envelope visible = v.visible();
        for (ProjectedShape m : geometry.municipalities().values()) {
            if (trace(s, v, m, visible)) {
                s.strokePath(style.municipalityBorder(), opacity, 0.5);
            }
        }
    }

    /**
     * Puts {@code shape} on the surface as the current path; false (and no path) when it lies
     * outside {@code visible}. Vertices closer than half a pixel to the previous one are skipped:
     * invisible at this scale and the main cost of a full redraw.
     */
    public static boolean trace(Surface s, Viewport v, ProjectedShape shape, Envelope visible) {
        if (shape == null || shape.isEmpty() || !visible.intersects(shape.bounds())) {
            return false;
        }
        s.beginPath();
        double minStep = 0.5 / v.scale();
        for (double[] ring : shape.rings()) {
            int n = ring.length / 2;
            double lastX = ring[0];
            double lastY = ring[1];
            s.moveTo(v.x(lastX), v.y(lastY));
            for (int i = 1; i < n; i++) {
                double x = ring[2 * i];
                double y = ring[2 * i + 1];
                if (i < n - 1 && Math.abs(x - lastX) < minStep && Math.abs(y - lastY) < minStep) {
                    continue;
                }
                s.lineTo(v.x(x), v.y(y));
                lastX = x;
                lastY = y;
            }
            s.closePath();
        }
        return true;
    }
}
