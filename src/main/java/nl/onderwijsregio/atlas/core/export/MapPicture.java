package nl.onderwijsregio.atlas.core.export;

import java.util.List;
import nl.onderwijsregio.atlas.core.geo.MunicipalityLocator;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;
import nl.onderwijsregio.atlas.core.render.Viewport;

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
 * @param caption      drawn below the title, or null
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

    private static final double MARGIN = 20;

    public MapPicture {
        legend = legend == null ? List.of() : List.copyOf(legend);
    }

    /** Just the map with the credit, in Dutch until {@link #withCredit} gives the caller's language. */
    public static MapPicture of(MapPainter painter, MapScene scene, Viewport viewport) {
        return new MapPicture(painter, scene, viewport, 1, null, null, List.of(),
                ExportTexts.credit(java.util.Locale.forLanguageTag("nl")));
    }

    public MapStyle style() {
        return scene.style();
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

    public MapPicture withOverlayScale(double scale) {
        return new MapPicture(painter, scene, viewport, scale, title, caption, legend, credit);
    }

    /** The same picture at {@code factor} times the pixels (×2, ×4 exports). */
    public MapPicture scaled(double factor) {
        return new MapPicture(painter, scene.withPixelScale(scene.pixelScale() * factor), viewport.scaled(factor),
                overlayScale * factor, title, caption, legend, credit);
    }

    /**
     * The same part of the map on a {@code width} × {@code height} picture (e.g. 1920 × 1080 from a
     * window of another shape): the visible area is fitted in, and lines, type and extras grow with it.
     */
    public MapPicture resizedTo(int width, int height) {
        Viewport v = Viewport.fit(viewport.visible(), width, height, 0);
        double factor = v.scale() / viewport.scale();
        return new MapPicture(painter, scene.withPixelScale(scene.pixelScale() * factor), v, overlayScale * factor,
                title, caption, legend, credit);
    }

    public int pixelWidth() {
        return (int) Math.round(viewport.width());
    }

    public int pixelHeight() {
        return (int) Math.round(viewport.height());
    }

    /** Draws the whole picture. */
    public void draw(Surface s) {
        s.beginGroup("map");
        painter.paint(s, viewport, scene);
        s.endGroup();
        double u = overlayScale;
        double top = MARGIN * u;
        if (title != null && !title.isBlank()) {
            s.beginGroup("title");
            double size = 30 * u;
            s.text(title, MARGIN * u, top + size, size, true, style().text(), style().textHalo(), false);
            s.endGroup();
            top += size * 1.5;
        }
        if (caption != null) {
            drawCaption(s, top, u);
        }
        if (!legend.isEmpty()) {
            drawLegend(s, u);
        }
        if (credit != null && !credit.isBlank()) {
            s.beginGroup("credit");
            double size = 12 * u;
            double w = s.textWidth(credit, size, false);
            s.text(credit, viewport.width() - MARGIN * u * 0.6 - w, viewport.height() - MARGIN * u * 0.6, size,
                    false, style().text(), style().textHalo(), false);
            s.endGroup();
        }
    }

    private void drawCaption(Surface s, double top, double u) {
        double headingSize = 26 * u;
        double lineSize = 17 * u;
        double pad = 14 * u;
        double w = s.textWidth(caption.heading(), headingSize, true);
        for (String line : caption.lines()) {
            w = Math.max(w, s.textWidth(line, lineSize, false));
        }
        double h = 2 * pad + headingSize * 1.35 + caption.lines().size() * lineSize * 1.45 + lineSize * 0.35;
        double left = MARGIN * u;
        s.beginGroup("caption");
        panel(s, left, top, w + 2 * pad, h, u);
        double y = top + pad + headingSize * 0.9;
        s.text(caption.heading(), left + pad, y, headingSize, true, style().text(), null, false);
        y += headingSize * 0.45;
        for (String line : caption.lines()) {
            y += lineSize * 1.45;
            s.text(line, left + pad, y, lineSize, false, style().text(), null, false);
        }
        s.endGroup();
    }

    /** How the legend is laid out: entries in columns of {@code rows}, filling at most half the height. */
    private record LegendLayout(int rows, double[] columnWidths, double width, double height, double size) {

        static LegendLayout of(List<LegendEntry> legend, double pictureHeight, double u,
                               java.util.function.ToDoubleBiFunction<String, Double> textWidth) {
            double size = 13 * u;
            double row = size * 1.55;
            double swatch = size * 1.05;
            double pad = 10 * u;
            double maxHeight = pictureHeight * 0.9 - 2 * MARGIN * u;
            int rows = Math.max(1, Math.min(legend.size(), (int) ((maxHeight - 2 * pad) / row)));
            int columns = (legend.size() + rows - 1) / rows;
            double[] widths = new double[columns];
            for (int i = 0; i < legend.size(); i++) {
                widths[i / rows] = Math.max(widths[i / rows],
                        swatch + size * 0.6 + textWidth.applyAsDouble(legend.get(i).label(), size));
            }
            double total = pad * 2 + (columns - 1) * size * 1.5;
            for (double w : widths) {
                total += w;
            }
            return new LegendLayout(rows, widths, total, pad * 2 + rows * row - (row - swatch), size);
        }
    }

    /**
     * The width the legend of {@code legend} takes in a picture {@code pictureHeight} high, margins
     * included, so a caller can keep the map clear of it.
     */
    public static double legendSpace(List<LegendEntry> legend, double pictureHeight, double overlayScale) {
        if (legend == null || legend.isEmpty()) {
            return 0;
        }
        return LegendLayout.of(legend, pictureHeight, overlayScale, (t, size) -> ExportFonts.width(t, size, false))
                .width() + 2 * MARGIN * overlayScale;
    }

    /** Where the legend stands on the picture: x, y, width, height (empty legend: zero size). */
    double[] legendBox(java.util.function.ToDoubleBiFunction<String, Double> textWidth) {
        if (legend.isEmpty()) {
            return new double[4];
        }
        double u = overlayScale;
        LegendLayout layout = LegendLayout.of(legend, viewport.height(), u, textWidth);
        double[] corner = legendCorner(layout.width(), layout.height(), u, titleBottom());
        return new double[] {corner[0], corner[1], layout.width(), layout.height()};
    }

    private double titleBottom() {
        double top = MARGIN * overlayScale;
        return title != null && !title.isBlank() ? top + 30 * overlayScale * 1.5 : top;
    }

    private void drawLegend(Surface s, double u) {
        LegendLayout layout = LegendLayout.of(legend, viewport.height(), u, (t, size) -> s.textWidth(t, size, false));
        double size = layout.size();
        double row = size * 1.55;
        double swatch = size * 1.05;
        double pad = 10 * u;
        int rows = layout.rows();
        double[] box = legendBox((t, sz) -> s.textWidth(t, sz, false));
        double left = box[0];
        double top = box[1];
        s.beginGroup("legend");
        panel(s, left, top, layout.width(), layout.height(), u);
        double x = left + pad;
        for (int c = 0; c < layout.columnWidths().length; c++) {
            for (int r = 0; r < rows && c * rows + r < legend.size(); r++) {
                LegendEntry e = legend.get(c * rows + r);
                double y = top + pad + r * row;
                LegendSwatch.draw(s, e, x, y, swatch, style().municipalityBorder(), Math.max(0.5, 0.6 * u), u);
                s.text(e.label(), x + swatch + size * 0.6, y + swatch * 0.82, size, false, style().text(), null,
                        false);
            }
            x += layout.columnWidths()[c] + size * 1.5;
        }
        s.endGroup();
    }

    /**
     * Where the legend goes: lower left, unless that covers the spotlighted region; then the first
     * other corner that leaves it free (lower right above the credit, upper right, upper left below the
     * title), else the corner covering least of it.
     */
    private double[] legendCorner(double w, double h, double u, double titleBottom) {
        double m = MARGIN * u;
        double pw = viewport.width();
        double ph = viewport.height();
        double creditRoom = 12 * u * 1.8;
        List<double[]> corners = new java.util.ArrayList<>();
        corners.add(new double[] {m, ph - m - h});
        corners.add(new double[] {pw - m - w, ph - m - creditRoom - h});
        corners.add(new double[] {pw - m - w, m});
        if (caption == null) {
            corners.add(new double[] {m, titleBottom});
        }
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
