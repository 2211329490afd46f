package nl.onderwijsregio.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Surface;

/**
 * How a picture's legend is laid out at one size: each entry's name wrapped within the width the screen's legend
 * gives a name, the entries down a column and on into the next where the column would pass nine tenths of the
 * picture's height. Names on one line each ("Landelijke Groene Onderwijsregio (landelijk, niet op de kaart)") made
 * the legend take nearly half a full-HD picture, and the map beside it shrank to well below the screen's scale,
 * names the presenter saw turning into numbers.
 *
 * @param names each entry's name, in lines
 * @param xs where each entry starts, from the panel's left edge
 * @param ys where each entry's swatch starts, from the panel's top edge
 * @param size the legend's text size in pixels
 * @param numberWidth the room before the names for the regions' numbers in the key, their space after them
 *                    included; 0 when no line has a number
 */
record LegendLayout(List<List<String>> names, double[] xs, double[] ys, double width, double height, double size,
                    double numberWidth) {

    /** Padding inside the panel at scale 1. */
    static final double PAD = 10;
    /** The widest a name runs before it wraps, in the legend's type: about what the screen's 20em legend leaves. */
    static final double NAME_EMS = 15;

    /** The legend at scale {@code u} (1 = its full-HD size) on a picture {@code pictureHeight} high. */
    static LegendLayout of(List<LegendEntry> legend, double pictureHeight, double u, double margin,
                           OverlayFit.TextWidth textWidth) {
        double size = 13 * u;
        double gap = size * 1.55 - swatch(size);
        double pad = PAD * u;
        double room = pictureHeight * 0.9 - 2 * margin - 2 * pad;
        double numbers = 0;
        for (LegendEntry e : legend) {
            if (e.number() > 0) {
                numbers = Math.max(numbers, textWidth.of(Integer.toString(e.number()), size, true) + size * 0.45);
            }
        }
        // every line's name starts after the numbers' room, so the names stand in one line down the column
        double before = nameOffset(size, numbers);
        List<List<String>> names = new ArrayList<>();
        double[] xs = new double[legend.size()];
        double[] ys = new double[legend.size()];
        double x = pad;
        double y = 0;
        double column = 0;
        double tallest = 0;
        for (int i = 0; i < legend.size(); i++) {
            List<String> lines = CaptionCard.wrap(legend.get(i).label(), size, false, NAME_EMS * size, textWidth);
            double tall = entryHeight(lines.size(), size);
            if (y > 0 && y + tall > room) {
                x += column + size * 1.5;
                y = 0;
                column = 0;
            }
            names.add(lines);
            xs[i] = x;
            ys[i] = pad + y;
            for (String line : lines) {
                column = Math.max(column, before + textWidth.of(line, size, false));
            }
            tallest = Math.max(tallest, y + tall);
            y += tall + gap;
        }
        return new LegendLayout(names, xs, ys, x + column + pad, 2 * pad + tallest, size, numbers);
    }

    /** How many columns the entries take. */
    int columns() {
        return (int) java.util.Arrays.stream(xs).distinct().count();
    }

    /** An entry of {@code lines} lines: its swatch, and a line's step below it for each line after the first. */
    private static double entryHeight(int lines, double size) {
        return swatch(size) + (lines - 1) * lineStep(size);
    }

    /** A swatch's side, for text {@code size} pixels high. */
    private static double swatch(double size) {
        return size * 1.05;
    }

    /** Where names start, from an entry's left edge: after its swatch and the room for the numbers. */
    private static double nameOffset(double size, double numberWidth) {
        return swatch(size) + size * 0.6 + numberWidth;
    }

    private static double lineStep(double size) {
        return size * 1.25;
    }

    /** Draws the entries of {@code legend} on the panel whose top left corner is at {@code left}, {@code top}. */
    void draw(Surface s, List<LegendEntry> legend, double left, double top, double e, MapStyle style) {
        double swatch = swatch(size);
        for (int i = 0; i < legend.size(); i++) {
            LegendEntry entry = legend.get(i);
            double x = left + xs[i];
            double y = top + ys[i];
            LegendSwatch.draw(s, entry, x, y, swatch, style.municipalityBorder(), Math.max(0.5, 0.6 * e), e);
            double name = x + nameOffset(size, numberWidth);
            double baseline = y + swatch * 0.82;
            if (entry.number() > 0) {
                // right-aligned, so 9 and 10 end in one line before the names
                String number = Integer.toString(entry.number());
                s.text(number, name - size * 0.45 - s.textWidth(number, size, true), baseline, size, true,
                        style.text(), null, false);
            }
            for (String line : names.get(i)) {
                s.text(line, name, baseline, size, false, style.text(), null, false);
                baseline += lineStep(size);
            }
        }
    }
}
