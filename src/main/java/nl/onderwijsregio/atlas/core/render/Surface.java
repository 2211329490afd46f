package nl.onderwijsregio.atlas.core.render;

/**
 * Where the {@link MapPainter} draws: a JavaFX canvas on screen, or a PNG, SVG or PDF file.
 * Coordinates are pixels of the target. Paths are filled with the even-odd rule so holes stay holes.
 * Implementations must draw exactly what is asked, so every export looks like the screen.
 */
public interface Surface {

    /** Starts a named group (an SVG {@code <g id>}); surfaces without groups ignore it. */
    default void beginGroup(String id) {
    }

    default void endGroup() {
    }

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    void fillPath(Rgb colour, double opacity);

    void strokePath(Rgb colour, double opacity, double width);

    /** Restricts later drawing to the current path until {@link #popClip()}. */
    void pushClip();

    void popClip();

    /** Fills the whole surface. */
    void fillBackground(Rgb colour, double opacity);

    /**
     * Draws text centred on (x, y) when {@code centred}, else starting at x on the baseline y;
     * a halo in {@code haloColour} keeps it legible on any fill.
     */
    void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb haloColour,
              boolean centred);

    /** Width of {@code text} in pixels, for label placement. */
    double textWidth(String text, double size, boolean bold);
}
