package nl.onderwijsregio.atlas.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * The borders of a polygon coverage as open lines in which every segment occurs once, each line
 * knowing the two areas it lies between. Two neighbouring municipalities share their border; stroking
 * each ring would draw it twice, which costs a redraw twice the stroking work and darkens translucent
 * lines where they overlap. Knowing both sides, a painter can also tell an inner border of a region
 * from a stretch of its outline.
 *
 * <p>Most shared segments have exactly equal end points on both sides and are matched as such. The
 * generalised CBS boundaries are not a perfect coverage, though: along about a third of the inland
 * borders the two neighbours have different vertices. For those the area across is found by looking a
 * few metres to either side of the segment, and the border is kept on the side with the smaller key,
 * so it is still drawn once and still knows both its sides.
 */
public final class BorderLines {

    /**
     * One open line in normalised Web Mercator, interleaved x,y, with its bounds for culling, the key of
     * the area it was traced from and the key of the area on its other side (null on the outer edge of
     * the coverage: the coast, the national border, a lake).
     */
    public record Line(double[] xy, Envelope bounds, String side, String otherSide) {
    }

    private final List<Line> lines;

    private BorderLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The border network of {@code areas}, by key (e.g. municipality code). */
    public static BorderLines of(Map<String, ProjectedShape> areas) {
        return of(areas, new MunicipalityLocator(areas));
    }

    /** As {@link #of(Map)}, finding the area across a border with {@code locator}, built on the same areas. */
    public static BorderLines of(Map<String, ProjectedShape> areas, MunicipalityLocator locator) {
        Map<Segment, String[]> sides = new HashMap<>();
        areas.forEach((key, shape) -> {
            for (double[] ring : shape.rings()) {
                for (int i = 0; i + 3 < ring.length; i += 2) {
                    String[] pair = sides.computeIfAbsent(
                            Segment.of(ring[i], ring[i + 1], ring[i + 2], ring[i + 3]), k -> new String[2]);
                    if (pair[0] == null) {
                        pair[0] = key;
                    } else if (!pair[0].equals(key)) {
                        pair[1] = key;
                    }
                }
            }
        });
        Tracer tracer = new Tracer(sides, locator);
        areas.forEach((key, shape) -> shape.rings().forEach(ring -> tracer.trace(key, ring)));
        return new BorderLines(tracer.lines);
    }

    /** Walks the rings, cutting them into lines wherever the area across changes. */
    private static final class Tracer {

        /** About two metres in the plane at Dutch latitudes: beyond the slivers, within any neighbour. */
        private static final double ACROSS = 5e-8;

        private final Map<Segment, String[]> sides;
        private final MunicipalityLocator locator;
        private final Set<Segment> traced = new HashSet<>();
        private final List<Line> lines = new ArrayList<>();

        Tracer(Map<Segment, String[]> sides, MunicipalityLocator locator) {
            this.sides = sides;
            this.locator = locator;
        }

        void trace(String key, double[] ring) {
            double[] line = new double[ring.length];
            int m = 0;
            String current = null;
            for (int i = 0; i + 3 < ring.length; i += 2) {
                Segment segment = Segment.of(ring[i], ring[i + 1], ring[i + 2], ring[i + 3]);
                String[] pair = sides.get(segment);
                String across;
                boolean mine;
                if (pair[1] != null) {
                    across = key.equals(pair[0]) ? pair[1] : pair[0];
                    mine = traced.add(segment);
                } else {
                    across = across(key, ring, i);
                    mine = across == null || key.compareTo(across) < 0;
                }
                if (!mine || (m > 0 && !Objects.equals(across, current))) {
                    m = finish(key, line, m, current);
                }
                if (!mine) {
                    continue;
                }
                if (m == 0) {
                    line[m++] = ring[i];
                    line[m++] = ring[i + 1];
                    current = across;
                }
                line[m++] = ring[i + 2];
                line[m++] = ring[i + 3];
            }
            finish(key, line, m, current);
        }

        /** The area a little way off the middle of segment {@code i}, on the side away from {@code key}. */
        private String across(String key, double[] ring, int i) {
            double dx = ring[i + 2] - ring[i];
            double dy = ring[i + 3] - ring[i + 1];
            double length = Math.hypot(dx, dy);
            if (length == 0) {
                return null;
            }
            double mx = (ring[i] + ring[i + 2]) / 2;
            double my = (ring[i + 1] + ring[i + 3]) / 2;
            double nx = -dy / length * ACROSS;
            double ny = dx / length * ACROSS;
            String left = locator.at(mx + nx, my + ny);
            String right = locator.at(mx - nx, my - ny);
            if (key.equals(left)) {
                return right;
            }
            if (key.equals(right)) {
                return left;
            }
            // on a sliver between neighbours: whatever lies beyond it
            return left != null ? left : right;
        }

        private int finish(String key, double[] line, int m, String across) {
            if (m >= 4) {
                double[] xy = Arrays.copyOf(line, m);
                Envelope bounds = new Envelope();
                for (int i = 0; i < m; i += 2) {
                    bounds.expandToInclude(xy[i], xy[i + 1]);
                }
                lines.add(new Line(xy, bounds, key, across));
            }
            return 0;
        }
    }

    public List<Line> lines() {
        return lines;
    }

    public int segmentCount() {
        return lines.stream().mapToInt(l -> l.xy().length / 2 - 1).sum();
    }

    /** A segment regardless of its direction. */
    private record Segment(double x1, double y1, double x2, double y2) {
        static Segment of(double ax, double ay, double bx, double by) {
            boolean aFirst = ax < bx || (ax == bx && ay <= by);
            return aFirst ? new Segment(ax, ay, bx, by) : new Segment(bx, by, ax, ay);
        }
    }
}
