package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;

/**
 * Diagonal stripes as real polygons: each band (points with t ≤ x + y &lt; t + band) is cut out of the
 * municipality by clipping every ring to the band (Sutherland–Hodgman against two parallel lines).
 * Clipping rings one by one is exact for even-odd fills, because cutting to a band distributes over the
 * even-odd combination of rings. No clip region is needed, and SVG, PDF and the Java2D pictures get
 * real shapes. The screen's canvas lays the very same bands as a repeating tile instead
 * ({@link Surface#fillStriped}), which its rasteriser fills far faster than hundreds of thin bands.
 *
 * <p>Bands are anchored to the plane's origin, so stripes of neighbouring municipalities line up and
 * move with the map when it pans.
 */
final class StripePainter {

    private StripePainter() {
    }

    /**
     * Fills {@code shape} with bands of width {@code band} pixels, cycling through {@code colours}: the
     * first colour as one fill under the whole shape, every other as one path of bands. Each colour's
     * fill is marked as part of the region of the same index in {@code regions}.
     */
    static void paint(Surface s, Viewport v, ProjectedShape shape, Rgb[] colours, List<String> regions, double band) {
        paintRings(s, screenRings(v, shape), colours, regions, band, anchor(v), v.width() + v.height());
    }

    /**
     * As {@link #paint}, for rings already in pixels: bands start at {@code anchor} (in x + y) and stop
     * past {@code reach}, the largest x + y that can be seen; {@code regions} may be null (a legend's swatch).
     */
    static void paintRings(Surface s, List<double[]> rings, Rgb[] colours, List<String> regions, double band,
                           double anchor, double reach) {
        if (rings.isEmpty()) {
            return;
        }
        double[] ringMin = new double[rings.size()];
        double[] ringMax = new double[rings.size()];
        double[] extent = extents(rings, 1, ringMin, ringMax);
        // Bands beyond the rings or past the reach are clipped away anyway; on a zoomed-in map that is most of them.
        double uMin = Math.max(extent[0], -band);
        double uMax = Math.min(extent[1], reach + band);
        int k = colours.length;
        long j0 = (long) Math.floor((uMin - anchor) / band);
        // The first colour fills the whole municipality and the others are laid over it as bands: half the
        // band edges of painting every colour as bands, and no seam where two antialiased bands meet.
        traceRings(s, rings);
        partOf(s, regions, 0);
        s.fillPath(colours[0], 1);
        Clipper clipper = new Clipper();
        for (int c = 1; c < k; c++) {
            s.beginPath();
            if (addBands(s, clipper, rings, ringMin, ringMax, 1, anchor, band, j0 + Math.floorMod(c - j0, (long) k), k,
                    band, uMax)) {
                partOf(s, regions, c);
                s.fillPath(colours[c], 1);
            }
        }
        if (regions != null) {
            s.partOf(null);
        }
    }

    private static void partOf(Surface s, List<String> regions, int c) {
        if (regions != null) {
            s.partOf(regions.get(c));
        }
    }

    /**
     * A gap's fine cross-hatch: {@code land} under the whole shape, then lines {@code line} pixels wide
     * every {@code period} pixels along both diagonals in {@code ink}. The lines of one diagonal run
     * across the stripes of an overlap, so the hatch reads as "no region here" and never as a region's
     * colour. Anchored like the stripes, so it moves with the map.
     */
    static void hatch(Surface s, Viewport v, ProjectedShape shape, Rgb land, Rgb ink, double period, double line) {
        hatchRings(s, screenRings(v, shape), land, ink, period, line, v.x(0), v.y(0), v.width(), v.height());
    }

    /**
     * As {@link #hatch}, for rings already in pixels: lines are anchored at ({@code originX},
     * {@code originY}) and only those crossing a {@code width} × {@code height} screen are cut.
     */
    static void hatchRings(Surface s, List<double[]> rings, Rgb land, Rgb ink, double period, double line,
                           double originX, double originY, double width, double height) {
        if (rings.isEmpty()) {
            return;
        }
        traceRings(s, rings);
        s.fillPath(land, 1);
        Clipper clipper = new Clipper();
        // One fill per diagonal: in one even-odd path the crossings of the two would cancel out.
        for (int dir : new int[] {1, -1}) {
            double[] ringMin = new double[rings.size()];
            double[] ringMax = new double[rings.size()];
            double[] extent = extents(rings, dir, ringMin, ringMax);
            // only lines that can be seen: x + y runs over [0, w + h] on screen, x - y over [-h, w]
            double uMin = Math.max(extent[0], (dir > 0 ? 0 : -height) - period);
            double uMax = Math.min(extent[1], width + (dir > 0 ? height : 0) + period);
            double anchor = originX + dir * originY;
            s.beginPath();
            if (addBands(s, clipper, rings, ringMin, ringMax, dir, anchor, period,
                    (long) Math.floor((uMin - anchor) / period), 1, line, uMax)) {
                s.fillPath(ink, 1);
            }
        }
    }

    /** Starts a path of {@code rings} (pixel x, y pairs), each closed. */
    private static void traceRings(Surface s, List<double[]> rings) {
        s.beginPath();
        for (double[] ring : rings) {
            s.moveTo(ring[0], ring[1]);
            for (int i = 2; i < ring.length; i += 2) {
                s.lineTo(ring[i], ring[i + 1]);
            }
            s.closePath();
        }
    }

    /**
     * The range of {@code x + dir * y} over each ring (into {@code ringMin}, {@code ringMax}) and over all
     * of them (returned as min, max): bands and hatch lines run along it.
     */
    private static double[] extents(List<double[]> rings, int dir, double[] ringMin, double[] ringMax) {
        double uMin = Double.POSITIVE_INFINITY;
        double uMax = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rings.size(); r++) {
            double[] xy = rings.get(r);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < xy.length; i += 2) {
                double u = xy[i] + dir * xy[i + 1];
                lo = Math.min(lo, u);
                hi = Math.max(hi, u);
            }
            ringMin[r] = lo;
            ringMax[r] = hi;
            uMin = Math.min(uMin, lo);
            uMax = Math.max(uMax, hi);
        }
        return new double[] {uMin, uMax};
    }

    /**
     * Adds to the current path the bands {@code anchor + j * unit <= x + dir * y < anchor + j * unit + width}
     * for j from {@code j} in steps of {@code step} while they start below {@code uMax}, cut out of every
     * ring; true when any piece was added.
     */
    private static boolean addBands(Surface s, Clipper clipper, List<double[]> rings, double[] ringMin,
                                    double[] ringMax, int dir, double anchor, double unit, long j, int step,
                                    double width, double uMax) {
        boolean any = false;
        for (; anchor + j * unit < uMax; j += step) {
            double t = anchor + j * unit;
            for (int r = 0; r < rings.size(); r++) {
                if (ringMax[r] <= t || ringMin[r] >= t + width) {
                    continue;
                }
                int m = clipper.band(rings.get(r), dir, t, t + width);
                if (m >= 6) {
                    double[] piece = clipper.out;
                    s.moveTo(piece[0], piece[1]);
                    for (int i = 2; i < m; i += 2) {
                        s.lineTo(piece[i], piece[i + 1]);
                    }
                    s.closePath();
                    any = true;
                }
            }
        }
        return any;
    }

    /** Where the bands start on screen: at the plane's origin, so they move with the map. */
    static double anchor(Viewport v) {
        return v.x(0) + v.y(0);
    }

    /** Keeps the part of a ring between two band lines, reusing its buffers: no garbage per band. */
    private static final class Clipper {
        private double[] mid = new double[64];
        private double[] out = new double[64];

        /** Clips {@code xy} to {@code lo <= x + dir * y <= hi}; returns how many values of {@link #out} hold it. */
        int band(double[] xy, int dir, double lo, double hi) {
            int cap = xy.length * 4 + 8;
            if (mid.length < cap) {
                mid = new double[cap];
                out = new double[cap];
            }
            int m = clip(xy, xy.length, dir, lo, 1, mid);
            return m < 6 ? 0 : clip(mid, m, dir, hi, -1, out);
        }
    }

    /**
     * Keeps the part of closed ring {@code xy} (no repeated closing point needed) where
     * {@code side * (x + y - bound) >= 0}.
     */
    static double[] clip(double[] xy, double bound, int side) {
        double[] out = new double[xy.length * 2 + 4];
        int m = clip(xy, xy.length, 1, bound, side, out);
        return java.util.Arrays.copyOf(out, m);
    }

    /**
     * As {@link #clip(double[], double, int)} on the first {@code len} values, into {@code out}, for the
     * line {@code x + dir * y = bound}; returns its length.
     */
    private static int clip(double[] xy, int len, int dir, double bound, int side, double[] out) {
        int n = len / 2;
        if (n == 0) {
            return 0;
        }
        int m = 0;
        double px = xy[2 * (n - 1)];
        double py = xy[2 * (n - 1) + 1];
        double pd = side * (px + dir * py - bound);
        for (int i = 0; i < n; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            double d = side * (x + dir * y - bound);
            if (d >= 0) {
                if (pd < 0) {
                    double f = pd / (pd - d);
                    out[m++] = px + (x - px) * f;
                    out[m++] = py + (y - py) * f;
                }
                out[m++] = x;
                out[m++] = y;
            } else if (pd >= 0) {
                double f = pd / (pd - d);
                out[m++] = px + (x - px) * f;
                out[m++] = py + (y - py) * f;
            }
            px = x;
            py = y;
            pd = d;
        }
        return m;
    }

    /** The shape's rings in pixels, vertices closer than half a pixel merged, as {@link MapPainter#trace} does. */
    static List<double[]> screenRings(Viewport v, ProjectedShape shape) {
        List<double[]> out = new ArrayList<>();
        double minStep = 0.5 / v.scale();
        for (double[] ring : shape.rings()) {
            int n = ring.length / 2;
            double[] xy = new double[ring.length];
            int m = 0;
            double lastX = ring[0];
            double lastY = ring[1];
            xy[m++] = v.x(lastX);
            xy[m++] = v.y(lastY);
            for (int i = 1; i < n; i++) {
                double x = ring[2 * i];
                double y = ring[2 * i + 1];
                if (i < n - 1 && Math.abs(x - lastX) < minStep && Math.abs(y - lastY) < minStep) {
                    continue;
                }
                xy[m++] = v.x(x);
                xy[m++] = v.y(y);
                lastX = x;
                lastY = y;
            }
            if (m >= 6) {
                out.add(java.util.Arrays.copyOf(xy, m));
            }
        }
        return out;
    }
}
