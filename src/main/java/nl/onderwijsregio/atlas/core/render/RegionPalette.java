package nl.onderwijsregio.atlas.core.render;

import java.util.List;

/**
 * The region colours and the overlap-view scale. Region fills use Paul Tol's "light" qualitative
 * scheme (without its grey, which would read as "no region"): distinguishable with the common forms of
 * colour blindness and light enough for dark labels. The overlap view uses the two arms of ColorBrewer's
 * colour-blind-safe PuOr scheme: an alarming orange for gaps against a purple sequence, darker for each
 * further covering region (1, 2, 3 or more). Purple, not blue: the lightest step must not pass for the
 * sea, nor the darkest for the dark style's sea and neighbouring countries.
 */
public final class RegionPalette {

    /** Ordered so the first {@link #PREFERRED} are the most distinct from each other. */
    private static final List<Rgb> REGION = List.of(
            Rgb.hex("#77aadd"), Rgb.hex("#ee8866"), Rgb.hex("#eedd88"), Rgb.hex("#44bb99"),
            Rgb.hex("#ffaabb"), Rgb.hex("#bbcc33"), Rgb.hex("#99ddff"), Rgb.hex("#aaaa00"));

    /** How many colours the colouring uses before it needs the less distinct rest. */
    public static final int PREFERRED = 6;

    private static final Rgb GAP = Rgb.hex("#e66100");
    private static final List<Rgb> COVER = List.of(Rgb.hex("#b2abd2"), Rgb.hex("#8a7fbb"), Rgb.hex("#6a51a3"));

    private RegionPalette() {
    }

    /** The fill of colour index {@code i}; beyond the palette, darker variants keep indices distinct. */
    public static Rgb region(int i) {
        Rgb base = REGION.get(i % REGION.size());
        int round = i / REGION.size();
        return round == 0 ? base : base.mix(new Rgb(0, 0, 0), Math.min(0.6, 0.22 * round));
    }

    /** Overlap view: the fill for a municipality covered by {@code count} regions (0 is a gap). */
    public static Rgb cover(int count) {
        return count <= 0 ? GAP : COVER.get(Math.min(count, COVER.size()) - 1);
    }

    /** A darker shade of a fill, for its outline. */
    public static Rgb outline(Rgb fill) {
        return fill.mix(new Rgb(0, 0, 0), 0.55);
    }
}
