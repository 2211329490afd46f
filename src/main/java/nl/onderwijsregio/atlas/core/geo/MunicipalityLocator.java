package nl.onderwijsregio.atlas.core.geo;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Answers "which municipality is here?" for a point of the Web Mercator plane, fast enough to run on
 * every mouse move: an STR-tree on the bounds, then an even-odd ring test on the projected coordinates.
 */
public final class MunicipalityLocator {

    private final STRtree index = new STRtree();

    public MunicipalityLocator(Map<String, ProjectedShape> shapes) {
        shapes.forEach((code, shape) -> {
            if (!shape.isEmpty()) {
                index.insert(shape.bounds(), new Entry(code, shape));
            }
        });
        index.build();
    }

    /** The code of the municipality containing (x, y), or null over water and abroad. */
    public String at(double x, double y) {
        @SuppressWarnings("unchecked")
        List<Entry> candidates = index.query(new Envelope(x, x, y, y));
        for (Entry e : candidates) {
            if (contains(e.shape(), x, y)) {
                return e.code();
            }
        }
        return null;
    }

    /** Even-odd test over all rings, so holes (enclaves such as Baarle-Nassau's) are outside. */
    public static boolean contains(ProjectedShape shape, double x, double y) {
        return shape.bounds().contains(x, y) && contains(shape.rings(), x, y);
    }

    /** Even-odd test over rings of x, y pairs in the plane (holes included). */
    public static boolean contains(List<double[]> rings, double x, double y) {
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private record Entry(String code, ProjectedShape shape) {
    }
}
