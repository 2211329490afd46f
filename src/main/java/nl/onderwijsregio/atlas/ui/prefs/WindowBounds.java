package nl.onderwijsregio.atlas.ui.prefs;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * A window's place and size on the desktop, as remembered between runs.
 *
 * <p>{@link #fitTo} guarantees the window comes back fully visible: screens change between runs
 * (a laptop leaves its docking station), and a window restored off-screen is a window lost.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Smallest size worth restoring; anything smaller was a mistake, not a choice. */
    static final double MIN_WIDTH = 480;
    static final double MIN_HEIGHT = 320;

    /**
     * These bounds moved onto the screen they overlap most (the first screen when they overlap
     * none), shrunk to fit it and shifted so that every edge lies on that screen.
     *
     * @param screens the screens' visual bounds (without task bars); the first is the primary screen
     */
    public WindowBounds fitTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D screen = screens.get(0);
        double best = 0;
        for (Rectangle2D s : screens) {
            double overlap = overlap(s);
            if (overlap > best) {
                best = overlap;
                screen = s;
            }
        }
        double w = Math.min(Math.max(width, MIN_WIDTH), screen.getWidth());
        double h = Math.min(Math.max(height, MIN_HEIGHT), screen.getHeight());
        double nx;
        double ny;
        if (best == 0) {
            nx = screen.getMinX() + (screen.getWidth() - w) / 2;
            ny = screen.getMinY() + (screen.getHeight() - h) / 2;
        } else {
            nx = Math.min(Math.max(x, screen.getMinX()), screen.getMaxX() - w);
            ny = Math.min(Math.max(y, screen.getMinY()), screen.getMaxY() - h);
        }
        return new WindowBounds(nx, ny, w, h, maximized);
    }

    /** Share of the primary screen the very first window takes: a map wants room. */
    static final double FIRST_RUN_SHARE = 0.9;

    /**
     * The window of a first run: most of the primary screen, centred, but no smaller than
     * {@code minWidth} × {@code minHeight} where the screen has that room.
     */
    public static WindowBounds firstRun(double minWidth, double minHeight, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return centred(minWidth, minHeight, screens);
        }
        Rectangle2D s = screens.get(0);
        return centred(Math.max(minWidth, Math.floor(s.getWidth() * FIRST_RUN_SHARE)),
                Math.max(minHeight, Math.floor(s.getHeight() * FIRST_RUN_SHARE)), screens);
    }

    /** A window of the given size centred on the first screen. */
    public static WindowBounds centred(double width, double height, List<Rectangle2D> screens) {
        Rectangle2D s = screens.isEmpty() ? new Rectangle2D(0, 0, width, height) : screens.get(0);
        return new WindowBounds(s.getMinX() + (s.getWidth() - width) / 2, s.getMinY() + (s.getHeight() - height) / 2,
                width, height, false).fitTo(screens);
    }

    private double overlap(Rectangle2D s) {
        double w = Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX());
        double h = Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
