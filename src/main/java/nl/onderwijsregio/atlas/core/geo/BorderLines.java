package nl.onderwijsregio.atlas.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>Segments are matched on exactly equal end points: the CBS boundaries form a coverage, so a
 * shared border has the same vertices on both sides.
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
        Set<Segment> traced = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        areas.values().forEach(shape -> shape.rings().forEach(ring -> trace(ring, sides, traced, lines)));
        return new BorderLines(lines);
    }

    /** The border network of unnamed areas, e.g. provinces, whose sides do not matter. */
    public static BorderLines of(List<ProjectedShape> areas) {
        Map<String, ProjectedShape> keyed = new LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            keyed.put(Integer.toString(i), areas.get(i));
        }
        return of(keyed);
    }

    /**
     * Walks a closed ring, starting a new line where a stretch was already traced from a neighbour and
     * where the area on the other side changes.
     */
    private static void trace(double[] ring, Map<Segment, String[]> sides, Set<Segment> traced, List<Line> lines) {
        double[] line = new double[ring.length];
        int m = 0;
        String[] current = null;
        for (int i = 0; i + 3 < ring.length; i += 2) {
            Segment segment = Segment.of(ring[i], ring[i + 1], ring[i + 2], ring[i + 3]);
            if (!traced.add(segment)) {
                m = finish(line, m, current, lines);
                continue;
            }
            String[] pair = sides.get(segment);
            if (m > 0 && !Arrays.equals(pair, current)) {
                m = finish(line, m, current, lines);
            }
            if (m == 0) {
                line[m++] = ring[i];
                line[m++] = ring[i + 1];
                current = pair;
            }
            line[m++] = ring[i + 2];
            line[m++] = ring[i + 3];
        }
        finish(line, m, current, lines);
    }

    private static int finish(double[] line, int m, String[] pair, List<Line> lines) {
        if (m >= 4) {
            double[] xy = Arrays.copyOf(line, m);
            Envelope bounds = new Envelope();
            for (int i = 0; i < m; i += 2) {
                bounds.expandToInclude(xy[i], xy[i + 1]);
            }
            lines.add(new Line(xy, bounds, Objects.requireNonNull(pair)[0], pair[1]));
        }
        return 0;
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
