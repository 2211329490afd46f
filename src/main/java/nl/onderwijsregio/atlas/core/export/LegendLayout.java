package nl.onderwijsregio.atlas.core.export;

import java.util.List;

/**
 * How a picture's legend is laid out at one size: entries in columns of {@code rows}, filling at most
 * nine tenths of the picture's height.
 *
 * @param size the legend's text size in pixels
 * @param numberWidth the room before the names for the regions' numbers in the key, their space after them
 *                    included; 0 when no line has a number
 */
record LegendLayout(int rows, double[] columnWidths, double width, double height, double size, double numberWidth) {

    /** Padding inside the panel at scale 1. */
    static final double PAD = 10;

    /** The legend at scale {@code u} (1 = its full-HD size) on a picture {@code pictureHeight} high. */
    static LegendLayout of(List<LegendEntry> legend, double pictureHeight, double u, double margin,
                           OverlayFit.TextWidth textWidth) {
        double size = 13 * u;
        double row = size * 1.55;
        double swatch = size * 1.05;
        double pad = PAD * u;
        double maxHeight = pictureHeight * 0.9 - 2 * margin;
        int rows = Math.max(1, Math.min(legend.size(), (int) ((maxHeight - 2 * pad) / row)));
        int columns = (legend.size() + rows - 1) / rows;
        double numbers = 0;
        for (LegendEntry e : legend) {
            if (e.number() > 0) {
                numbers = Math.max(numbers, textWidth.of(Integer.toString(e.number()), size, true) + size * 0.45);
            }
        }
        double[] widths = new double[columns];
        for (int i = 0; i < legend.size(); i++) {
            // every line's name starts after the numbers' room, so the names stand in one line down the column
            widths[i / rows] = Math.max(widths[i / rows],
                    swatch + size * 0.6 + numbers + textWidth.of(legend.get(i).label(), size, false));
        }
        double total = pad * 2 + (columns - 1) * size * 1.5;
        for (double w : widths) {
            total += w;
        }
        return new LegendLayout(rows, widths, total, pad * 2 + rows * row - (row - swatch), size, numbers);
    }
}
