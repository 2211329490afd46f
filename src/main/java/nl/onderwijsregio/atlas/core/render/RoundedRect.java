package nl.onderwijsregio.atlas.core.render;

/**
 * A rectangle with rounded corners as the current path, each quarter circle in a few straight steps: every
 * surface (screen, PNG, SVG, PDF) draws straight lines alike. The caption card and the key's number pills use it.
 */
public final class RoundedRect {

    private RoundedRect() {
    }

    /** Its left corners rounded by {@code leftRadius}, its right ones by {@code rightRadius}. */
    public static void trace(Surface s, double x, double y, double w, double h, double leftRadius, double rightRadius) {
        s.beginPath();
        corner(s, x + leftRadius, y + leftRadius, leftRadius, 180, true);
        corner(s, x + w - rightRadius, y + rightRadius, rightRadius, 270, false);
        corner(s, x + w - rightRadius, y + h - rightRadius, rightRadius, 0, false);
        corner(s, x + leftRadius, y + h - leftRadius, leftRadius, 90, false);
        s.closePath();
    }

    private static void corner(Surface s, double cx, double cy, double radius, double fromDegrees, boolean first) {
        int steps = radius > 0 ? 6 : 0;
        for (int i = 0; i <= steps; i++) {
            double a = Math.toRadians(fromDegrees + 90.0 * i / Math.max(steps, 1));
            double px = cx + radius * Math.cos(a);
            double py = cy + radius * Math.sin(a);
            if (first && i == 0) {
                s.moveTo(px, py);
            } else {
                s.lineTo(px, py);
            }
        }
    }
}
