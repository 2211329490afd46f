package nl.onderwijsregio.atlas.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * The borders of a polygon coverage as open lines in which every segment occurs once. Two
 * neighbouring municipalities share their border; stroking each ring would draw it twice, which costs
 * a redraw twice the stroking work and darkens translucent lines where they overlap.
 *
 * <p>Segments are matched on exactly equal end points: the CBS boundaries form a coverage, so a
 * shared border has the same vertices on both sides.
 */
public final class BorderLines {

    /** One open line in normalised Web Mercator, interleaved x,y, with its bounds for culling. */
    public record Line(double[] xy, Envelope bounds) {
    }

    private final List<Line> lines;

    private BorderLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public static BorderLines of(Collection<ProjectedShape> shapes) {
        Set<Segment> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (ProjectedShape shape : shapes) {
            for (double[] ring : shape.rings()) {
                addRing(ring, seen, lines);
            }
        }
        return new BorderLines(lines);
    }

    /** Walks a closed ring, starting a new line after every stretch already drawn by a neighbour. */
    private static void addRing(double[] ring, Set<Segment> seen, List<Line> lines) {
        int n = ring.length / 2;
        double[] line = new double[ring.length];
        int m = 0;
        for (int i = 0; i + 1 < n; i++) {
            double ax = ring[2 * i];
            double ay = ring[2 * i + 1];
            double bx = ring[2 * i + 2];
            double by = ring[2 * i + 3];
            if (seen.add(Segment.of(ax, ay, bx, by))) {
                if (m == 0) {
                    line[m++] = ax;
                    line[m++] = ay;
                }
                line[m++] = bx;
                line[m++] = by;
            } else {
                m = finish(line, m, lines);
            }
        }
        finish(line, m, lines);
    }

    private static int finish(double[] line, int m, List<Line> lines) {
        if (m >= 4) {
            double[] xy = Arrays.copyOf(line, m);
            Envelope bounds = new Envelope();
            for (int i = 0; i < m; i += 2) {
                bounds.expandToInclude(xy[i], xy[i + 1]);
            }
            lines.add(new Line(xy, bounds));
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
