package nl.onderwijsregio.atlas.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A polygonal geometry projected once to normalised Web Mercator and flattened into coordinate
 * arrays, so painting is a tight loop without object allocation. Rings keep their holes; painters
 * fill with the even-odd rule.
 */
public final class ProjectedShape {

    private final List<double[]> rings;
    /** Each ring's bounds, measured once, so a painter can pass over rings beyond the picture without a scan. */
    private final List<Envelope> ringBounds;
    private final Envelope bounds;

    private ProjectedShape(List<double[]> rings, List<Envelope> ringBounds, Envelope bounds) {
        this.rings = rings;
        this.ringBounds = ringBounds;
        this.bounds = bounds;
    }

    /** Projects a WGS84 (lon/lat) polygon or multipolygon; other geometry types give an empty shape. */
    public static ProjectedShape fromWgs84(Geometry g) {
        List<double[]> rings = new ArrayList<>();
        List<Envelope> ringBounds = new ArrayList<>();
        if (g != null) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    addRing(p.getExteriorRing(), rings, ringBounds);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        addRing(p.getInteriorRingN(h), rings, ringBounds);
                    }
                }
            }
        }
        Envelope bounds = new Envelope();
        ringBounds.forEach(bounds::expandToInclude);
        return new ProjectedShape(List.copyOf(rings), List.copyOf(ringBounds), bounds);
    }

    private static void addRing(LineString ring, List<double[]> rings, List<Envelope> ringBounds) {
        Coordinate[] cs = ring.getCoordinates();
        double[] xy = new double[cs.length * 2];
        Envelope bounds = new Envelope();
        for (int i = 0; i < cs.length; i++) {
            double x = WebMercator.x(cs[i].x);
            double y = WebMercator.y(cs[i].y);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            bounds.expandToInclude(x, y);
        }
        rings.add(xy);
        ringBounds.add(bounds);
    }

    /** Rings as interleaved x,y arrays in normalised Web Mercator. */
    public List<double[]> rings() {
        return rings;
    }

    /** The bounds of each of {@link #rings()}, in the same order. */
    public List<Envelope> ringBounds() {
        return ringBounds;
    }

    /** Bounds in normalised Web Mercator. */
    public Envelope bounds() {
        return bounds;
    }

    public boolean isEmpty() {
        return rings.isEmpty();
    }
}
