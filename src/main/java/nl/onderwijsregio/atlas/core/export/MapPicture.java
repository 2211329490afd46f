package nl.onderwijsregio.atlas.core.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.geo.MunicipalityLocator;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * One exported picture: the map as the painter draws it, with the optional title, caption and legend
 * and the source credit on top. Everything is drawn on a {@link Surface}, so PNG, SVG and PDF hold the
 * same picture. Sizes of the extras are given for a 1× picture and multiplied by {@code overlayScale},
 * so a ×2 export is the ×1 picture at twice the pixels.
 *
 * @param painter      the one map painter
 * @param scene        what the map shows (sector, spotlight, style, ...)
 * @param viewport     what part of the plane, at how many pixels
 * @param overlayScale size factor of title, caption, legend and credit
 * @param title        drawn top left, or null
 * @param caption      the caption card in the lower left, or null
 * @param legend       drawn bottom left; empty for none
 * @param credit       drawn bottom right, or null
 */
public record MapPicture(MapPainter painter, MapScene scene, Viewport viewport, double overlayScale, String title,
                         Caption caption, List<LegendEntry> legend, String credit) {

    /**
     * The largest side an exported picture may have, in the app and on the command line: a 16384 × 16384
     * image is a gigabyte of pixels already, and Java2D's rasteriser works in int coordinates.
     */
    public static final int MAX_SIDE = 16_384;

    /**
     * The least that title, caption, legend and credit shrink to on a small picture, as a share of their
     * full-HD size: the credit's text is then 7 pixels, the legend's 8, about the least a reader can read.
     * What does not fit at this size is left out ({@link OverlayFit}).
     */
    public static final double SMALLEST_OVERLAY_SCALE = 0.6;

    /** The share of the regions' extent in view from which a view counts as the whole sector, not zoomed in. */
    private static final double WHOLE_IN_VIEW = 0.95;

    /** Space between the picture's edge and an overlay, at scale 1. */
    static final double MARGIN = 20;

    public MapPicture {
        legend = legend == null ? List.of() : List.copyOf(legend);
        if (!scene.withNumberedKey(true).numbersRegions()) {
            // a map without names (or coloured by cover counts) marks no region with its number either
            legend = legend.stream().map(LegendEntry::withoutNumber).toList();
        }
    }

    /** Just the map with the credit, in Dutch until {@link #withCredit} gives the caller's language. */
    public static MapPicture of(MapPainter painter, MapScene scene, Viewport viewport) {
        return new MapPicture(painter, scene, viewport, 1, null, null, List.of(),
                ExportTexts.credit(java.util.Locale.forLanguageTag("nl")));
    }

    /**
     * How thick the map's lines and how large its labels on a {@code width} × {@code height} picture:
     * they grow with the picture, so a 4K figure reads like a full-HD one, but never thinner than on screen.
     */
    public static double lineScaleFor(int width, int height) {
        return Math.max(1, Math.min(width, height) / 900.0);
    }

    /**
     * The size factor of title, caption, legend and credit on a {@code width} × {@code height} picture: in
     * proportion to the picture (1 at 900 pixels on the short side), but not below the legible floor.
     */
    public static double overlayScaleFor(int width, int height) {
        return Math.max(SMALLEST_OVERLAY_SCALE, Math.min(width, height) / 900.0);
    }

    /** The overlays a picture may leave out for want of room. */
    public enum Overlay {
        TITLE, CAPTION, LEGEND
    }

    /** The overlays this picture has but leaves out, because they do not fit it at a legible size. */
    public Set<Overlay> leftOut() {
        Set<Overlay> out = EnumSet.noneOf(Overlay.class);
        double w = viewport.width();
        double h = viewport.height();
        if (title != null && !title.isBlank() && OverlayFit.title(title, w, h, overlayScale, ExportFonts::width) == 0) {
            out.add(Overlay.TITLE);
        }
        if (caption != null && OverlayFit.fitting(caption, w, h, overlayScale, ExportFonts::width) == null) {
            out.add(Overlay.CAPTION);
        }
        if (!legend.isEmpty() && OverlayFit.legend(legend, w, h, overlayScale, ExportFonts::width) == 0) {
            out.add(Overlay.LEGEND);
        }
        return out;
    }

    public MapStyle style() {
        return scene.style();
    }

    /** The same picture in {@code style}: map, title, legend and caption alike. */
    public MapPicture inStyle(MapStyle style) {
        return new MapPicture(new MapPainter(painter.geometry(), style), scene.withStyle(style), viewport, overlayScale,
                title, caption, legend, credit);
    }

    public MapPicture withTitle(String newTitle) {
        return new MapPicture(painter, scene, viewport, overlayScale, newTitle, caption, legend, credit);
    }

    public MapPicture withCaption(Caption newCaption) {
        return new MapPicture(painter, scene, viewport, overlayScale, title, newCaption, legend, credit);
    }

    public MapPicture withLegend(List<LegendEntry> newLegend) {
        return new MapPicture(painter, scene, viewport, overlayScale, title, caption, newLegend, credit);
    }

    public MapPicture withCredit(String newCredit) {
        return new MapPicture(painter, scene, viewport, overlayScale, title, caption, legend, newCredit);
    }

    /** The same picture through {@code newViewport}: another part of the map, lines and overlays as they were. */
    public MapPicture withViewport(Viewport newViewport) {
        return new MapPicture(painter, scene, newViewport, overlayScale, title, caption, legend, credit);
    }

    public MapPicture withOverlayScale(double scale) {
        return new MapPicture(painter, scene, viewport, scale, title, caption, legend, credit);
    }

    /** The same picture at {@code factor} times the pixels (×2, ×4 exports). */
    public MapPicture scaled(double factor) {
        return new MapPicture(painter, scene.withPixelScale(scene.pixelScale() * factor), viewport.scaled(factor),
                overlayScale * factor, title, caption, legend, credit);
    }

    /**
     * The same map on a {@code width} × {@code height} picture (e.g. 1920 × 1080 from a window of another shape),
     * lines, type and extras grown with it, or shrunk, the extras not below the legible floor. A view of the whole
     * sector fits the regions drawn, as the command line's picture does: the window's view fitted in whole kept
     * its shape (sea above the country on a portrait slide) and the room it left for the screen's legend panel
     * (the country right of centre on a 4K picture without a legend). A view zoomed in on a part of the map keeps
     * what the user framed.
     */
    public MapPicture resizedTo(int width, int height) {
        Envelope whole = LegendRoom.drawnBounds(scene.layer(), null);
        Envelope seen = whole.intersection(viewport.visible());
        boolean wholeInView = !whole.isNull() && seen.getArea() >= WHOLE_IN_VIEW * whole.getArea();
        Viewport v = wholeInView ? LegendRoom.beside(whole, width, height, 0, Double.MAX_VALUE)
                : Viewport.fit(viewport.visible(), width, height, 0);
        double factor = v.scale() / viewport.scale();
        double overlays = Math.max(Math.min(overlayScale, SMALLEST_OVERLAY_SCALE), overlayScale * factor);
        return new MapPicture(painter, scene.withPixelScale(scene.pixelScale() * factor), v, overlays,
                title, caption, legend, credit);
    }

    public int pixelWidth() {
        return (int) Math.round(viewport.width());
    }

    public int pixelHeight() {
        return (int) Math.round(viewport.height());
    }

    /**
     * Draws the whole picture. Each overlay is drawn at the size {@link OverlayFit} gives it on this
     * picture, and left out when that is none. The map's names keep clear of the overlays, as on screen
     * they keep clear of the panels over the map. The map marks the regions whose names do not fit with their
     * numbers exactly when the legend drawn beside it numbers them: without a legend a number would mean nothing.
     */
    public void draw(Surface s) {
        OverlayFit.TextWidth measure = s::textWidth;
        PlacedText placedTitle = placedTitle(measure);
        PlacedCaption placedCaption = placedCaption(measure);
        PlacedLegend placedLegend = placedLegend(measure);
        PlacedText placedCredit = placedCredit(measure);
        List<Envelope> covered = java.util.stream.Stream.of(placedTitle == null ? null : placedTitle.box(),
                placedCaption == null ? null : placedCaption.box(), placedLegend == null ? null : placedLegend.box(),
                placedCredit == null ? null : placedCredit.box()).filter(java.util.Objects::nonNull).toList();
        boolean numbered = placedLegend != null && legend.stream().anyMatch(e -> e.number() > 0);
        s.beginClippedGroup("map");
        painter.paint(s, viewport, scene.withNumberedKey(numbered), covered);
        s.endGroup();
        if (placedTitle != null) {
            placedTitle.draw(s, "title", true, style());
        }
        if (placedCaption != null) {
            s.beginGroup("caption");
            placedCaption.card().draw(s, placedCaption.x(), placedCaption.y(), style());
            s.endGroup();
        }
        if (placedLegend != null) {
            drawLegend(s, placedLegend);
        }
        if (placedCredit != null) {
            placedCredit.draw(s, "credit", false, style());
        }
    }

    /** A line of text on the picture, with its halo: where its baseline starts, how large, and what it covers. */
    private record PlacedText(String text, double x, double baseline, double size, double width) {

        Envelope box() {
            // the export font's ascent and descent, roughly, and the halo around the letters
            return new Envelope(x, x + width, baseline - size, baseline + size * 0.3);
        }

        void draw(Surface s, String group, boolean bold, MapStyle style) {
            s.beginGroup(group);
            s.text(text, x, baseline, size, bold, style.text(), style.textHalo(), false);
            s.endGroup();
        }
    }

    /** The caption card and its upper left corner. */
    private record PlacedCaption(CaptionCard card, double x, double y) {

        Envelope box() {
            return new Envelope(x, x + card.width(), y, y + card.height());
        }
    }

    /** The title top left, or null when there is none or it does not fit. */
    private PlacedText placedTitle(OverlayFit.TextWidth measure) {
        double e = OverlayFit.title(title, viewport.width(), viewport.height(), overlayScale, measure);
        if (e == 0) {
            return null;
        }
        double size = 30 * e;
        return new PlacedText(title, MARGIN * overlayScale, MARGIN * overlayScale + size, size,
                measure.of(title, size, true));
    }

    /** The caption card in the lower left, as presenter mode shows it; null when there is none or it does not fit. */
    private PlacedCaption placedCaption(OverlayFit.TextWidth measure) {
        Caption shown = OverlayFit.fitting(caption, viewport.width(), viewport.height(), overlayScale, measure);
        if (shown == null) {
            return null;
        }
        double e = OverlayFit.caption(shown, viewport.width(), viewport.height(), overlayScale, measure);
        CaptionCard card = new CaptionCard(shown, e, measure);
        return new PlacedCaption(card, CaptionCard.LEFT * e, viewport.height() - CaptionCard.BOTTOM * e - card.height());
    }

    /** The credit bottom right, or null when there is none. */
    private PlacedText placedCredit(OverlayFit.TextWidth measure) {
        double e = OverlayFit.credit(credit, viewport.width(), overlayScale, measure);
        if (e == 0) {
            return null;
        }
        double size = 12 * e;
        double w = measure.of(credit, size, false);
        double margin = MARGIN * e * 0.6;
        return new PlacedText(credit, viewport.width() - margin - w, viewport.height() - margin, size, w);
    }

    /**
     * The width the legend of {@code legend} takes in a {@code pictureWidth} × {@code pictureHeight}
     * picture, margins included, so a caller can keep the map clear of it; 0 when it is left out there.
     */
    public static double legendSpace(List<LegendEntry> legend, double pictureWidth, double pictureHeight,
                                     double overlayScale) {
        double e = OverlayFit.legend(legend, pictureWidth, pictureHeight, overlayScale, ExportFonts::width);
        if (e == 0) {
            return 0;
        }
        double margin = MARGIN * overlayScale;
        return LegendLayout.of(legend, pictureHeight, e, margin, ExportFonts::width).width() + 2 * margin;
    }

    /**
     * The width the caption takes on a {@code pictureWidth} × {@code pictureHeight} picture, margins
     * included, so a caller can show the map beside it; 0 when it is left out there.
     */
    public static double captionSpace(Caption caption, double pictureWidth, double pictureHeight,
                                      double overlayScale) {
        Caption shown = OverlayFit.fitting(caption, pictureWidth, pictureHeight, overlayScale, ExportFonts::width);
        if (shown == null) {
            return 0;
        }
        double e = OverlayFit.caption(shown, pictureWidth, pictureHeight, overlayScale, ExportFonts::width);
        return new CaptionCard(shown, e, ExportFonts::width).width() + 2 * CaptionCard.LEFT * e;
    }

    /** The legend as drawn: where, at what scale, laid out how. */
    private record PlacedLegend(double x, double y, double scale, LegendLayout layout) {

        Envelope box() {
            return new Envelope(x, x + layout.width(), y, y + layout.height());
        }
    }

    /** Where the legend stands, or null when it is left out. */
    private PlacedLegend placedLegend(OverlayFit.TextWidth measure) {
        double e = OverlayFit.legend(legend, viewport.width(), viewport.height(), overlayScale, measure);
        if (e == 0) {
            return null;
        }
        LegendLayout layout = LegendLayout.of(legend, viewport.height(), e, MARGIN * overlayScale, measure);
        double[] corner = legendCorner(layout.width(), layout.height(), overlayScale, titleBottom(measure),
                OverlayFit.credit(credit, viewport.width(), overlayScale, measure));
        return new PlacedLegend(corner[0], corner[1], e, layout);
    }

    /** Where the legend stands on the picture: x, y, width, height (no legend drawn: zero size). */
    double[] legendBox(OverlayFit.TextWidth measure) {
        PlacedLegend placed = placedLegend(measure);
        return placed == null ? new double[4]
                : new double[] {placed.x(), placed.y(), placed.layout().width(), placed.layout().height()};
    }

    private double titleBottom(OverlayFit.TextWidth measure) {
        double top = MARGIN * overlayScale;
        double titleScale = OverlayFit.title(title, viewport.width(), viewport.height(), overlayScale, measure);
        return top + 30 * titleScale * 1.5;
    }

    private void drawLegend(Surface s, PlacedLegend placed) {
        LegendLayout layout = placed.layout();
        s.beginGroup("legend");
        panel(s, placed.x(), placed.y(), layout.width(), layout.height(), placed.scale());
        layout.draw(s, legend, placed.x(), placed.y(), placed.scale(), style());
        s.endGroup();
    }

    /**
     * Where the legend goes: lower left, unless that covers the spotlighted region; then the first
     * other corner that leaves it free (lower right above the credit, upper right, upper left below the
     * title), else the corner covering least of it.
     */
    private double[] legendCorner(double w, double h, double u, double titleBottom, double creditScale) {
        double m = MARGIN * u;
        double pw = viewport.width();
        double ph = viewport.height();
        double creditRoom = 12 * creditScale * 1.8;
        List<double[]> corners = new java.util.ArrayList<>();
        // never the lower left under a caption card: the legend would hide the caption
        if (caption == null) {
            corners.add(new double[] {m, ph - m - h});
        }
        corners.add(new double[] {pw - m - w, ph - m - creditRoom - h});
        corners.add(new double[] {pw - m - w, m});
        corners.add(new double[] {m, titleBottom});
        String id = scene.selectedRegionId();
        if (id == null || scene.layer() == null || scene.layer().shape(id) == null) {
            return corners.get(0);
        }
        List<double[]> rings = scene.layer().shape(id).outline().rings();
        double[] best = corners.get(0);
        double least = Double.MAX_VALUE;
        for (double[] c : corners) {
            double covered = coverage(rings, c[0], c[1], w, h);
            if (covered < least) {
                least = covered;
                best = c;
            }
            if (covered == 0) {
                break;
            }
        }
        return best;
    }

    /** The share of the panel at x, y (w × h pixels) that lies over the region's rings, sampled on a grid. */
    double coverage(List<double[]> rings, double x, double y, double w, double h) {
        int n = 16;
        int inside = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double px = viewport.planeX(x + (i + 0.5) * w / n);
                double py = viewport.planeY(y + (j + 0.5) * h / n);
                if (MunicipalityLocator.contains(rings, px, py)) {
                    inside++;
                }
            }
        }
        return inside / (double) (n * n);
    }

    /** A calm panel behind text, in the halo colour, so text reads on any map. */
    private void panel(Surface s, double x, double y, double w, double h, double u) {
        s.rect(x, y, w, h);
        Rgb fill = style().textHalo();
        s.fillPath(fill, 0.9);
        s.strokePath(style().provinceBorder(), 0.8, Math.max(0.5, 0.8 * u));
    }
}
