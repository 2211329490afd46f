package nl.onderwijsregio.atlas.core.export;

import java.util.List;
import java.util.function.DoublePredicate;

/**
 * At what size each overlay of a picture is drawn. Each starts at the picture's overlay scale and is
 * shrunk to fit its room if need be, but never below {@link MapPicture#SMALLEST_OVERLAY_SCALE} (or the
 * picture's own scale, if that is smaller), where its text stops being legible; one that does not fit
 * even there is left out (scale 0): on a small picture the map matters more than a legend no one can
 * read, or a caption over the region it describes. The credit is the exception: it names the sources
 * of data and map, so it is always drawn, shrunk to the picture's width if that is what it takes.
 */
final class OverlayFit {

    /** Measures text as the surface will draw it. */
    interface TextWidth {
        double of(String text, double size, boolean bold);
    }

    /** The most of the picture's width a legend may take, so at least the rest is map (as in a sector map). */
    static final double LEGEND_SHARE = 0.6;
    /** The most of the picture's width a caption may take; the spotlighted region is shown beside it. */
    static final double CAPTION_SHARE = 0.5;
    /** The most of the picture's height the title may take. */
    private static final double TITLE_SHARE = 0.3;
    private static final double STEP = 0.95;
    /** The least share of its size a legend shrinks to, to stay in one column. */
    private static final double ONE_COLUMN_LEAST = 0.8;

    private OverlayFit() {
    }

    /** The largest scale from {@code u} down to the floor at which {@code fits}; 0 when none. */
    static double shrink(double u, DoublePredicate fits) {
        return shrink(u, MapPicture.SMALLEST_OVERLAY_SCALE, fits);
    }

    /** As {@link #shrink(double, DoublePredicate)}, down to {@code smallest} (or {@code u} if less). */
    static double shrink(double u, double smallest, DoublePredicate fits) {
        double floor = Math.min(u, smallest);
        double e = u;
        while (!fits.test(e)) {
            if (e <= floor) {
                return 0;
            }
            e = Math.max(floor, e * STEP);
        }
        return e;
    }

    /** The title's scale: on one line between the side margins, in the top part of the picture. */
    static double title(String title, double width, double height, double u, TextWidth measure) {
        if (title == null || title.isBlank()) {
            return 0;
        }
        double margin = MapPicture.MARGIN * u;
        return shrink(u, e -> measure.of(title, 30 * e, true) + 2 * margin <= width
                && margin + 30 * e * 1.5 <= height * TITLE_SHARE);
    }

    /** The caption's scale: within its share of the width, and clear of title and credit in height. */
    static double caption(Caption caption, double width, double height, double u, TextWidth measure) {
        if (caption == null) {
            return 0;
        }
        // Below the title (at most its share of the height) and above the lower margin.
        return shrink(u, CaptionCard.SMALLEST_SCALE, e -> {
            CaptionCard card = new CaptionCard(caption, e, measure);
            return CaptionCard.LEFT * e + card.width() <= width * CAPTION_SHARE
                    && card.height() + CaptionCard.BOTTOM * e <= height * (1 - TITLE_SHARE / 2);
        });
    }

    /**
     * The caption as a picture shows it: whole, or without its key to the stripes where only that keeps the card
     * legible (the key explains the map; the figures, and the doubts about them, are what the card is for); null
     * when even then it does not fit, for figures are never shown without the doubts.
     */
    static Caption fitting(Caption caption, double width, double height, double u, TextWidth measure) {
        if (caption == null || caption(caption, width, height, u, measure) > 0) {
            return caption;
        }
        Caption withoutKey = caption.withKey(null);
        return caption.key() != null && caption(withoutKey, width, height, u, measure) > 0 ? withoutKey : null;
    }

    /** The legend's scale: within its share of the width, and inside the margins in height. */
    static double legend(List<LegendEntry> legend, double width, double height, double u, TextWidth measure) {
        if (legend == null || legend.isEmpty()) {
            return 0;
        }
        double margin = MapPicture.MARGIN * u;
        // A second column takes as much of the map's width as the first: slightly smaller type keeps the map larger.
        double oneColumn = shrink(u, Math.max(MapPicture.SMALLEST_OVERLAY_SCALE, u * ONE_COLUMN_LEAST), e -> {
            LegendLayout layout = LegendLayout.of(legend, height, e, margin, measure);
            return layout.columns() == 1 && layout.width() + 2 * margin <= width * LEGEND_SHARE;
        });
        return oneColumn > 0 ? oneColumn : shrink(u, e -> {
            LegendLayout layout = LegendLayout.of(legend, height, e, margin, measure);
            return layout.width() + 2 * margin <= width * LEGEND_SHARE && layout.height() + 2 * margin <= height;
        });
    }

    /**
     * The credit's scale: {@code u}, or less where the line would not fit the width with its margins (which
     * shrink with it). Never left out, whatever the size.
     */
    static double credit(String credit, double width, double u, TextWidth measure) {
        if (credit == null || credit.isBlank()) {
            return 0;
        }
        double atOne = measure.of(credit, 12, false) + 1.2 * MapPicture.MARGIN;
        return Math.min(u, width / atOne);
    }
}
