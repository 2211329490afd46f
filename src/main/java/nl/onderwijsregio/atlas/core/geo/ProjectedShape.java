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
    private final Envelope bounds;

    private ProjectedShape(List<double[]> rings, Envelope bounds) {
        this.rings = rings;
        this.bounds = bounds;
    }

    /** Projects a WGS84 (lon/lat) polygon or multipolygon; other geometry types give an empty shape. */
    public static ProjectedShape fromWgs84(Geometry g) {
        List<double[]> rings = new ArrayList<>();
        Envelope bounds = new Envelope();
        if (g != null) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    addRing(p.getExteriorRing(), rings, bounds);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        addRing(p.getInteriorRingN(h), rings, bounds);
                    }
                }
            }
        }
        return new ProjectedShape(List.copyOf(rings), bounds);
    }

    private static void addRing(LineString ring, List<double[]> rings, Envelope bounds) {
        Coordinate[] cs = ring.getCoordinates();
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            double x = WebMercator.x(cs[i].x);
            double y = WebMercator.y(cs[i].y);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            bounds.expandToInclude(x, y);
        }
        rings.add(xy);
    }

    /** Rings as interleaved x,y arrays in normalised Web Mercator. */
    public List<double[]> rings() {
        return rings;
    }

    /** Bounds in normalised Web Mercator. */
    public Envelope bounds() {
        return bounds;
    }

    public boolean isEmpty() {
        return rings.isEmpty();
    }

    public int vertexCount() {
        return rings.stream().mapToInt(r -> r.length / 2).sum();
    }
}
