package nl.onderwijsregio.atlas.ui.map;

import nl.onderwijsregio.atlas.core.render.Viewport;

/**
 * A camera move from one viewport to another: the centre glides, the scale changes evenly in log
 * space (so zooming in by 8× feels as steady as zooming out), both eased in and out. The browsing map
 * and the presenter's fly the same way, so a region chosen in search arrives as it does on a clicker.
 */
public record Flight(Viewport from, Viewport to, long startNanos, long durationNanos) {

    /**
     * About 0.6 s: quick enough for a clicker, slow enough for the audience to follow. The browsing map
     * flies as long: someone who has just searched waits for the place as an audience does.
     */
    public static final long DURATION_NANOS = 600_000_000L;

    /** A flight of the usual length, starting at {@code startNanos}. */
    public static Flight of(Viewport from, Viewport to, long startNanos) {
        return new Flight(from, to, startNanos, DURATION_NANOS);
    }

    public boolean finishedAt(long now) {
        return now - startNanos >= durationNanos;
    }

    /** How far along the camera is, eased: 0 at the start, 1 on arrival. */
    public double progress(long now) {
        double t = durationNanos <= 0 ? 1 : Math.min(1, Math.max(0, (now - startNanos) / (double) durationNanos));
        return ease(t);
    }

    /** Where the camera is at {@code now}: exactly {@code to} on arrival, not a rounding short of it. */
    public Viewport at(long now) {
        double e = progress(now);
        if (e >= 1) {
            return to;
        }
        double scale = Math.exp(Math.log(from.scale()) + (Math.log(to.scale()) - Math.log(from.scale())) * e);
        return new Viewport(from.centerX() + (to.centerX() - from.centerX()) * e,
                from.centerY() + (to.centerY() - from.centerY()) * e, scale, to.width(), to.height());
    }

    /**
     * Cubic ease-in-out: the camera leaves and lands more gently than with a quadratic, which the eye
     * follows better on a long zoom.
     */
    static double ease(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }
}
