package nl.onderwijsregio.atlas.core.render;

/** An opaque sRGB colour; opacity is given separately where it is drawn, as SVG and PDF want it. */
public record Rgb(int r, int g, int b) {

    public Rgb {
        if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255) {
            throw new IllegalArgumentException("channel out of range");
        }
    }

    public static Rgb hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        int v = Integer.parseInt(h, 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    /** "#rrggbb", the form every SVG reader understands. */
    public String hex() {
        return String.format("#%02x%02x%02x", r, g, b);
    }

    /** Mixes towards {@code other}; t = 0 gives this colour, 1 gives other. */
    public Rgb mix(Rgb other, double t) {
        return new Rgb((int) Math.round(r + (other.r - r) * t), (int) Math.round(g + (other.g - g) * t),
                (int) Math.round(b + (other.b - b) * t));
    }

    /** Relative luminance (WCAG), to choose a readable text colour on top. */
    public double luminance() {
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
