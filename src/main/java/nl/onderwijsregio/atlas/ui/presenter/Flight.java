package nl.onderwijsregio.atlas.ui.presenter;

import nl.onderwijsregio.atlas.core.render.Viewport;

/**
 * A camera move from one viewport to another: the centre glides, the scale changes evenly in log
 * space (so zooming in by 8× feels as steady as zooming out), both eased in and out.
 */
record Flight(Viewport from, Viewport to, long startNanos, long durationNanos) {

    /** About 0.6 s: quick enough for a clicker, slow enough for the audience to follow. */
    static final long DEFAULT_NANOS = 600_000_000L;

    boolean finishedAt(long now) {
        return now - startNanos >= durationNanos;
    }

    /** How far along the camera is, eased: 0 at the start, 1 on arrival. */
    double progress(long now) {
        double t = durationNanos <= 0 ? 1 : Math.min(1, Math.max(0, (now - startNanos) / (double) durationNanos));
        return ease(t);
    }

    Viewport at(long now) {
        double e = progress(now);
        double scale = Math.exp(Math.log(from.scale()) + (Math.log(to.scale()) - Math.log(from.scale())) * e);
        return new Viewport(from.centerX() + (to.centerX() - from.centerX()) * e,
                from.centerY() + (to.centerY() - from.centerY()) * e, scale, to.width(), to.height());
    }

    /** Cubic ease-in-out. */
    static double ease(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }
}
