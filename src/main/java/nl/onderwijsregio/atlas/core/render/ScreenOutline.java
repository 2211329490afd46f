package nl.onderwijsregio.atlas.core.render;

import java.util.List;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import org.locationtech.jts.geom.Envelope;

/** A region's outline as it lies on the picture, tested against the boxes of the marks placed on it. */
final class ScreenOutline {

    private ScreenOutline() {
    }

    /**
     * Whether {@code box} (left, top, right, bottom in the pixels of {@code v}) lies wholly inside {@code outline}: no
     * border runs through it, and its middle is inside.
     */
    static boolean contains(ProjectedShape outline, Viewport v, double[] box) {
        List<double[]> rings = outline.rings();
        if (rings.isEmpty()) {
            return false;
        }
        boolean inside = false;
        double px = (box[0] + box[2]) / 2;
        double py = (box[1] + box[3]) / 2;
        for (int r = 0; r < rings.size(); r++) {
            double[] ring = rings.get(r);
            Envelope b = outline.ringBounds().get(r);
            double left = v.x(b.getMinX());
            double right = v.x(b.getMaxX());
            double top = Math.min(v.y(b.getMinY()), v.y(b.getMaxY()));
            double bottom = Math.max(v.y(b.getMinY()), v.y(b.getMaxY()));
            boolean meetsBox = left <= box[2] && right >= box[0] && top <= box[3] && bottom >= box[1];
            boolean meetsRay = right >= px && top <= py && bottom >= py;
            if (!meetsBox && !meetsRay) {
                // far off: neither through the box nor across the ray that counts the crossings
                continue;
            }
            for (int i = 0; i + 3 < ring.length; i += 2) {
                double x0 = v.x(ring[i]);
                double y0 = v.y(ring[i + 1]);
                double x1 = v.x(ring[i + 2]);
                double y1 = v.y(ring[i + 3]);
                if (Math.max(x0, x1) >= box[0] && Math.min(x0, x1) <= box[2]
                        && Math.max(y0, y1) >= box[1] && Math.min(y0, y1) <= box[3]
                        && segmentMeetsBox(x0, y0, x1, y1, box)) {
                    return false;
                }
                // even-odd: rings keep their holes
                if ((y0 > py) != (y1 > py) && px < x0 + (py - y0) * (x1 - x0) / (y1 - y0)) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** Liang-Barsky clipping: whether the segment from (x0, y0) to (x1, y1) has a point inside {@code box}. */
    static boolean segmentMeetsBox(double x0, double y0, double x1, double y1, double[] box) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - box[0], box[2] - x0, y0 - box[1], box[3] - y0};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }
}
