package nl.onderwijsregio.atlas.core.render;

import java.util.List;

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

    /**
     * Starts a named group whose drawing is cut off at the surface's edges, until its {@link #endGroup}:
     * the map, whose shapes run on past the picture. An image ends there by itself; a vector file would
     * carry everything beyond (which a slide program may show on converting it), and a picture set on a
     * larger page (a PDF's A4) would spill over its margins.
     */
    default void beginClippedGroup(String id) {
        beginGroup(id);
    }

    /**
     * The region that the following fills, strokes and texts belong to, or null for none. A region's
     * stripes and label are drawn apart from its group, above the other regions' fills; an SVG marks
     * each of them with the region, so a designer can select all its parts. Other surfaces ignore it,
     * so it never changes a picture.
     */
    default void partOf(String regionId) {
    }

    /**
     * Starts one mark of a region on the map, of {@code kind} ("label" for its name, "key-number" for its number
     * in the legend), until {@link #endMark}; what is drawn meanwhile is {@linkplain #partOf part of} the region.
     * An SVG holds the mark as one group, so a designer moves or restyles it whole instead of hunting for its
     * halo and its lines; other surfaces ignore the grouping, so it never changes a picture.
     */
    default void beginMark(String kind, String regionId) {
        partOf(regionId);
    }

    default void endMark() {
        partOf(null);
    }

    void beginPath();

    /** Makes the rectangle at (x, y), {@code w} by {@code h} pixels, the current path. */
    default void rect(double x, double y, double w, double h) {
        beginPath();
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        closePath();
    }

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    void fillPath(Rgb colour, double opacity);

    void strokePath(Rgb colour, double opacity, double width);

    /**
     * Strokes the current path in dashes {@code dash} pixels long with {@code gap} pixels between them,
     * each path starting with a dash: the labour-market borders, which must read as a reference
     * line over the regions' solid outlines.
     */
    void strokeDashedPath(Rgb colour, double opacity, double width, double dash, double gap);

    /**
     * Fills the current path with diagonal bands {@code band} pixels wide, cycling through
     * {@code colours}: the band where {@code anchor + j * band <= x + y < anchor + (j + 1) * band} in
     * {@code colours[j mod colours.length]}, exactly as {@link StripePainter} cuts them. A surface that
     * can fill with a repeating pattern does so and returns true; the others return false and the
     * painter cuts the bands as geometry (vector files need real shapes).
     */
    default boolean fillStriped(Rgb[] colours, double band, double anchor) {
        return false;
    }

    /**
     * Whether this surface has a transparent background (an export for a slide): it leaves out
     * {@link #fillBackground}, and the painter leaves out the neighbouring countries too, so only the
     * Netherlands remains.
     */
    default boolean transparentBackground() {
        return false;
    }

    /** Fills the whole surface, unless its background is transparent. */
    void fillBackground(Rgb colour, double opacity);

    /** Width of the halo stroked round text of {@code size}: it sets the name off, so it counts as part of it. */
    static double haloWidth(double size) {
        return Math.max(2, size / 4);
    }

    /** How far a text's halo reaches past its letters: half the stroke. */
    static double haloReach(double size) {
        return haloWidth(size) / 2;
    }

    /**
     * Draws text centred on (x, y) when {@code centred}, else starting at x on the baseline y;
     * a halo in {@code haloColour} keeps it legible on any fill.
     */
    void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb haloColour,
              boolean centred);

    /**
     * Draws {@code lines} centred on x, one under the other {@code lineHeight} apart, the first centred on y, each
     * with its halo as {@link #text} draws it. An SVG keeps them one text a designer edits as a whole name; other
     * surfaces draw line by line.
     */
    default void centredLines(List<String> lines, double x, double y, double lineHeight, double size, boolean bold,
                              Rgb colour, Rgb haloColour) {
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), x, y + i * lineHeight, size, bold, colour, haloColour, true);
        }
    }

    /** Width of {@code text} in pixels, for label placement. */
    double textWidth(String text, double size, boolean bold);
}
