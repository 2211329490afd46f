package nl.onderwijsregio.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.RoundedRect;
import nl.onderwijsregio.atlas.core.render.Surface;

/**
 * The caption card drawn on exported pictures, in the lower left as presenter mode shows it: a panel with
 * an accent bar on its left, the heading in large type, the municipalities under it, each figure as a
 * large number beside its label, the notes on the figures under them, and last the key to the region's stripes.
 * A slide made for a talk then looks like the screen shown in it.
 *
 * <p>Sizes are for overlay scale 1 (a picture 900 pixels on its short side); presenter mode's stylesheet
 * ({@code presenter.css}) sets the same card for a full-HD screen, 1.2 times these.
 */
final class CaptionCard {

    /**
     * The least the card shrinks to on a small picture: its labels are then 7.6 pixels, between the credit's
     * and the legend's least. Its type is larger than the other overlays', so it may shrink further than they
     * do; at this scale a 480 × 270 slide still shows the figures beside the region.
     */
    static final double SMALLEST_SCALE = 0.38;
    static final double HEADING = 46;
    private static final double SUB = 22;
    private static final double VALUE = 37;
    private static final double LABEL = 20;
    private static final double BAR = 8;
    private static final double RADIUS = 12;
    private static final double PAD_TOP = 23;
    private static final double PAD_RIGHT = 33;
    private static final double PAD_BOTTOM = 27;
    /** From the bar's inner edge to the text. */
    private static final double PAD_LEFT = 30;
    private static final double COLUMN_GAP = 18;
    private static final double ROW_GAP = 5;
    private static final double FIGURES_TOP = 10;
    private static final double NOTES_TOP = 12;
    private static final double NOTE_LINE = 1.3;
    /**
     * The least width notes wrap to: a card with few figures would otherwise break a doubt into many short lines,
     * while one as wide as the heading may run keeps it to two.
     */
    private static final double NOTE_ROOM = 420;
    private static final double KEY_TOP = 12;
    /** The key's swatch, as the legend sizes its own: a little over the text's size. */
    private static final double SWATCH = LABEL * 1.05;
    /** The widest the heading may run before it wraps, as presenter mode's card does. */
    private static final double HEADING_ROOM = 570;
    /** Distance from the picture's left and bottom edges. */
    static final double LEFT = 33;
    static final double BOTTOM = 58;

    private final Caption caption;
    private final double e;
    private final List<String> headingLines;
    private final List<String> noteLines = new ArrayList<>();
    private final double headingSize;
    private final double valueWidth;
    private final double width;
    private final double height;

    CaptionCard(Caption caption, double scale, OverlayFit.TextWidth measure) {
        this.caption = caption;
        this.e = scale;
        headingSize = HEADING * HEADING_PX[caption.headingStep()] / 56 * scale;
        headingLines = wrap(caption.heading(), headingSize, true, HEADING_ROOM * scale, measure);
        double content = 0;
        for (String line : headingLines) {
            content = Math.max(content, measure.of(line, headingSize, true));
        }
        if (caption.subheading() != null) {
            content = Math.max(content, measure.of(caption.subheading(), SUB * scale, false));
        }
        double values = 0;
        double labels = 0;
        for (Caption.Figure f : caption.figures()) {
            values = Math.max(values, measure.of(f.value(), VALUE * scale, true));
            labels = Math.max(labels, measure.of(f.label(), LABEL * scale, false));
        }
        valueWidth = values;
        if (!caption.figures().isEmpty()) {
            content = Math.max(content, values + COLUMN_GAP * scale + labels);
        }
        // Notes wrap to the card the name and figures make, rather than widen it over the map.
        double noteRoom = Math.max(content, NOTE_ROOM * scale);
        for (String note : caption.notes()) {
            noteLines.addAll(wrap(note, LABEL * scale, false, noteRoom, measure));
        }
        for (String line : noteLines) {
            content = Math.max(content, measure.of(line, LABEL * scale, false));
        }
        if (caption.key() != null) {
            content = Math.max(content, (SWATCH + LABEL * 0.6) * scale + measure.of(caption.key().label(),
                    LABEL * scale, false));
        }
        width = (BAR + PAD_LEFT + PAD_RIGHT) * scale + content;
        height = (PAD_TOP + PAD_BOTTOM) * scale + headingLines.size() * headingSize * 1.2
                + (caption.subheading() == null ? 0 : SUB * scale * 1.5)
                + (caption.figures().isEmpty() ? 0 : FIGURES_TOP * scale
                        + caption.figures().size() * (VALUE * 1.2 + ROW_GAP) * scale)
                + (noteLines.isEmpty() ? 0 : NOTES_TOP * scale + noteLines.size() * LABEL * NOTE_LINE * scale)
                + (caption.key() == null ? 0 : (KEY_TOP + SWATCH) * scale);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Full, long and very long headings: presenter.css's 56, 44 and 36 pixels, in proportion. */
    private static final double[] HEADING_PX = {56, 44, 36};

    /** {@code text} broken between words into lines no wider than {@code room}, but for a word wider on its own. */
    static List<String> wrap(String text, double size, boolean bold, double room,
                             OverlayFit.TextWidth measure) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.of(longer, size, bold) > room) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    /** Draws the card with its top left corner at (x, y). */
    void draw(Surface s, double x, double y, MapStyle style) {
        boolean dark = style.textHalo().luminance() < 0.5;
        // presenter.css: the accent and the figures' colour of the light and the dark presenter
        Rgb accent = Rgb.hex(dark ? "#ffd23f" : "#0a5bd3");
        Rgb numbers = Rgb.hex(dark ? "#ffd23f" : "#0a4fb8");
        Rgb ink = style.text();
        Rgb muted = ink.mix(style.textHalo(), 0.25);
        double bar = BAR * e;
        double r = RADIUS * e;
        RoundedRect.trace(s, x + bar, y, width - bar, height, 0, r);
        s.fillPath(style.textHalo(), 0.94);
        RoundedRect.trace(s, x, y, bar, height, Math.min(r, bar), 0);
        s.fillPath(accent, 1);

        double left = x + (BAR + PAD_LEFT) * e;
        double top = y + PAD_TOP * e;
        for (String line : headingLines) {
            s.text(line, left, top + headingSize * 0.95, headingSize, true, ink, null, false);
            top += headingSize * 1.2;
        }
        if (caption.subheading() != null) {
            s.text(caption.subheading(), left, top + SUB * e * 1.1, SUB * e, false, muted, null, false);
            top += SUB * e * 1.5;
        }
        top += caption.figures().isEmpty() ? 0 : FIGURES_TOP * e;
        for (Caption.Figure f : caption.figures()) {
            double baseline = top + VALUE * e * 0.95;
            double valueX = left + valueWidth - s.textWidth(f.value(), VALUE * e, true);
            s.text(f.value(), valueX, baseline, VALUE * e, true, numbers, null, false);
            // the label on the number's middle line, as the presenter's grid centres it
            double labelBaseline = baseline - (VALUE - LABEL) * e * 0.36;
            s.text(f.label(), left + valueWidth + COLUMN_GAP * e, labelBaseline, LABEL * e, false, ink, null, false);
            top += (VALUE * 1.2 + ROW_GAP) * e;
        }
        top += noteLines.isEmpty() ? 0 : NOTES_TOP * e;
        for (String line : noteLines) {
            s.text(line, left, top + LABEL * e, LABEL * e, false, ink, null, false);
            top += LABEL * NOTE_LINE * e;
        }
        if (caption.key() != null) {
            top += KEY_TOP * e;
            LegendSwatch.draw(s, caption.key(), left, top, SWATCH * e, style.municipalityBorder(),
                    Math.max(0.5, 0.6 * e), e);
            s.text(caption.key().label(), left + (SWATCH + LABEL * 0.6) * e, top + SWATCH * e * 0.82, LABEL * e, false,
                    ink, null, false);
        }
    }
}
