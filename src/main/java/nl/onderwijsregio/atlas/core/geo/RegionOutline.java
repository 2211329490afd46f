package nl.onderwijsregio.atlas.core.geo;

import java.util.Collection;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * A region's territory as one shape: the dissolved union of its municipalities, and the point where
 * its name fits best.
 *
 * <p>The CBS boundaries form a coverage (neighbours share exact vertices), so JTS {@link CoverageUnion}
 * dissolves them quickly and keeps shared borders identical. Should a set of parts not form a clean
 * coverage, the general (slower) union is used instead, so an outline is always returned.
 */
public final class RegionOutline {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private RegionOutline() {
    }

    /**
     * Grid of the coordinates {@link #snap} rounds to: 10⁻⁶ degree, about 10 cm. The bundled boundaries
     * are not quite a clean coverage (neighbours' vertices differ by millimetres); on this grid they are
     * close enough for {@link CoverageUnion}, and nobody sees 10 cm on a map.
     */
    public static final PrecisionModel GRID = new PrecisionModel(1e6);

    /** A municipality geometry rounded to {@link #GRID}: do this once per boundary edition. */
    public static Geometry snap(Geometry wgs84) {
        return GeometryPrecisionReducer.reduce(wgs84, GRID);
    }

    /**
     * The dissolved union of {@code parts} (snapped with {@link #snap}); an empty polygon for no parts.
     * Falls back to a general snap-rounding union when the parts do not form a coverage.
     */
    public static Geometry dissolve(Collection<Geometry> parts) {
        if (parts.isEmpty()) {
            return FACTORY.createPolygon();
        }
        try {
            Geometry union = CoverageUnion.union(parts.toArray(new Geometry[0]));
            if (union != null) {
                return union;
            }
        } catch (RuntimeException notACoverage) {
            // fall through to the general union
        }
        return UnaryUnionNG.union(FACTORY.buildGeometry(parts), GRID);
    }

    /**
     * Where the label of a region goes: the centre of the largest circle inside it, measured in the
     * normalised Web Mercator plane (where the map draws), with that circle's radius.
     *
     * @param outlineWgs84 the region's outline in WGS84 (x = lon, y = lat)
     */
    public static LabelAnchor labelAnchor(Geometry outlineWgs84) {
        if (outlineWgs84 == null || outlineWgs84.isEmpty()) {
            return null;
        }
        Geometry plane = outlineWgs84.copy();
        plane.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, WebMercator.x(seq.getX(i)));
                seq.setOrdinate(i, 1, WebMercator.y(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        double size = Math.max(plane.getEnvelopeInternal().getWidth(), plane.getEnvelopeInternal().getHeight());
        MaximumInscribedCircle mic = new MaximumInscribedCircle(plane, size / 300);
        Point centre = mic.getCenter();
        LineString radius = mic.getRadiusLine();
        return new LabelAnchor(centre.getX(), centre.getY(), radius.getLength());
    }

    /** A label position in the plane and the radius of free room around it, in plane units. */
    public record LabelAnchor(double x, double y, double radius) {
    }
}
