package nl.onderwijsregio.atlas.core.export;

import java.util.Arrays;

/**
 * The pieces of one SVG path as it is written (each begun by a move: a ring, a stripe band, a stretch of border)
 * and their bounds, so that {@link SvgSurface} can leave out those wholly beyond the picture. The painter culls
 * with room to spare for the screen's sake (a ring a little outside is kept, as its thick outline may reach in);
 * a file keeps only what can show, as the README promises.
 */
final class PathPieces {

    private int count;
    /** Per piece: its start in the path text, then min x, min y, max x, max y. */
    private double[] pieces = new double[5 * 64];

    void clear() {
        count = 0;
    }

    void begin(int at, double x, double y) {
        if (5 * (count + 1) > pieces.length) {
            pieces = Arrays.copyOf(pieces, pieces.length * 2);
        }
        int i = 5 * count++;
        pieces[i] = at;
        pieces[i + 1] = x;
        pieces[i + 2] = y;
        pieces[i + 3] = x;
        pieces[i + 4] = y;
    }

    void extend(double x, double y) {
        if (count == 0) {
            return;
        }
        int i = 5 * (count - 1);
        pieces[i + 1] = Math.min(pieces[i + 1], x);
        pieces[i + 2] = Math.min(pieces[i + 2], y);
        pieces[i + 3] = Math.max(pieces[i + 3], x);
        pieces[i + 4] = Math.max(pieces[i + 4], y);
    }

    /**
     * The text of {@code path} without the pieces lying wholly more than {@code reach} beyond the frame of
     * {@code width} × {@code height}; empty when none is left.
     */
    String within(CharSequence path, double width, double height, double reach) {
        if (count == 0) {
            return path.toString();
        }
        StringBuilder kept = new StringBuilder(path.length());
        for (int p = 0; p < count; p++) {
            int i = 5 * p;
            boolean meets = pieces[i + 1] <= width + reach && pieces[i + 3] >= -reach
                    && pieces[i + 2] <= height + reach && pieces[i + 4] >= -reach;
            if (meets) {
                int end = p + 1 < count ? (int) pieces[i + 5] : path.length();
                kept.append(path, (int) pieces[i], end);
            }
        }
        return kept.toString();
    }
}
