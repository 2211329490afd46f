package nl.onderwijsregio.atlas.core.geo;

import java.util.Collection;
import java.util.List;
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
 * <p>Snapped, the CBS boundaries form a coverage (neighbours share exact vertices), so JTS {@link CoverageUnion}
 * dissolves them quickly and keeps shared borders identical. Should a set of parts not form a clean
 * coverage, the general (slower) union is used instead, so an outline is always returned. Exports, which
 * other programs check for validity, use {@link #dissolveOnGrid}.
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
        Geometry union = coverageUnion(parts);
        return union != null ? union : UnaryUnionNG.union(FACTORY.buildGeometry(parts), GRID);
    }

    /**
     * The dissolved union of unsnapped {@code parts} with every vertex on {@code grid}, and always valid: for
     * files that other programs check, where {@link #dissolve}'s speed matters less than its exactness.
     *
     * <p>Neighbouring boundaries in the bundled data differ by nanometres, so {@link CoverageUnion} on the raw
     * parts keeps the mismatches as zero-area holes and extra parts that touch the outline: invalid shapes.
     * Rounding each part to a grid much coarser than the mismatch (a centimetre, say) makes the shared borders
     * identical, and the coverage union then dissolves them exactly; real islands and enclaves are far larger
     * than a grid cell and stay. Rounding can still leave a border unmatched (the two copies of a vertex either
     * side of a cell boundary, or a vertex that only one neighbour has); that union is invalid, and then the
     * snap-rounding union is used instead: valid by construction, though it may keep a sliver about a cell wide.
     */
    public static Geometry dissolveOnGrid(Collection<Geometry> parts, PrecisionModel grid) {
        if (parts.isEmpty()) {
            return FACTORY.createPolygon();
        }
        List<Geometry> rounded = parts.stream().map(p -> GeometryPrecisionReducer.reduce(p, grid)).toList();
        Geometry union = coverageUnion(rounded);
        if (union != null && union.isValid()) {
            return union;
        }
        return UnaryUnionNG.union(FACTORY.buildGeometry(rounded), grid);
    }

    /** The coverage union, or null where the parts visibly do not form a coverage. */
    private static Geometry coverageUnion(Collection<Geometry> parts) {
        try {
            return CoverageUnion.union(parts.toArray(new Geometry[0]));
        } catch (RuntimeException notACoverage) {
            return null;
        }
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
