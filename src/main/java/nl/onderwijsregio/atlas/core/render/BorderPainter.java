package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.onderwijsregio.atlas.core.geo.BorderLines;
import org.locationtech.jts.geom.Envelope;

/**
 * Municipality borders, province borders and region outlines of one frame, all drawn from one network
 * in which every stretch of border occurs once ({@link BorderLines}). Each stretch is drawn once, in
 * the strongest role it has:
 * <ol>
 * <li>a region outline, when a region of the layer holds the municipality on one side but not the one
 * on the other (emphasised over plain over dimmed, when it is the outline of several regions);</li>
 * <li>a province border, when the two sides lie in different provinces, or on the coast and the
 * national border;</li>
 * <li>otherwise a faint municipality border.</li>
 * </ol>
 * An outline thus replaces the lines beneath it, and two neighbouring regions share one line instead of
 * stroking their common border twice.
 *
 * <p>Lines are stroked one path per column of {@link #COLUMN_PX} screen pixels: a software rasteriser
 * composites every pixel between the leftmost and the rightmost mark of a path on each row, so one
 * path across the country would cost the full canvas width on every row.
 */
final class BorderPainter {

    static final double COLUMN_PX = 200;

    private final Viewport v;
    private final List<BorderLines.Line> inner = new ArrayList<>();
    private final List<BorderLines.Line> provinces = new ArrayList<>();
    private final List<BorderLines.Line> labourMarkets = new ArrayList<>();
    private final Map<Outline, List<BorderLines.Line>> outlines = new LinkedHashMap<>();

    /**
     * Sorts the visible border lines of {@code geometry} by role in {@code scene}; without a layer (the
     * basemap alone) there are no outlines.
     */
    BorderPainter(MapGeometry geometry, Viewport v, MapScene scene) {
        this.v = v;
        SectorLayer layer = scene.layer();
        Envelope visible = v.visible();
        for (BorderLines.Line line : geometry.municipalityBorders().lines()) {
            if (!visible.intersects(line.bounds())) {
                continue;
            }
            if (scene.labourMarkets() && separatesLabourMarkets(geometry, line)) {
                labourMarkets.add(line);
            }
            String region = layer == null ? null : strongest(line, layer, scene);
            if (region != null) {
                outlines.computeIfAbsent(style(scene, layer, region), k -> new ArrayList<>()).add(line);
            } else if (layer == null || !outlinedBySelected(line, layer, scene.selectedRegionId())) {
                boolean provinceBorder = line.otherSide() == null
                        || !Objects.equals(geometry.province(line.side()), geometry.province(line.otherSide()));
                (provinceBorder ? provinces : inner).add(line);
            }
        }
    }

    void strokeInner(Surface s, Rgb colour, double opacity, double width) {
        stroke(s, inner, 2.0, colour, opacity, width);
    }

    void strokeProvinces(Surface s, Rgb colour, double opacity, double width) {
        stroke(s, provinces, 2.0, colour, opacity, width);
    }

    /**
     * Borders between labour-market regions, dashed: an overlay over whatever role the line has below
     * it, so a region outline that follows such a border shows it as a dashed line on the outline. The
     * coast and the national border are left out; they bound every division alike.
     */
    void strokeLabourMarkets(Surface s, Rgb ink, double pixelScale) {
        stroke(s, labourMarkets, 2.0, () -> MapPainter.strokeLabourMarketBorder(s, ink, pixelScale));
    }

    private static boolean separatesLabourMarkets(MapGeometry geometry, BorderLines.Line line) {
        if (line.otherSide() == null) {
            return false;
        }
        var one = geometry.labourMarket(line.side());
        var other = geometry.labourMarket(line.otherSide());
        return one != null && other != null && !one.equals(other);
    }

    /** Region outlines in the scene's styles, but not the selected region's: the painter draws that last. */
    void strokeOutlines(Surface s) {
        outlines.forEach((style, lines) -> stroke(s, lines, 1.0, style.colour(), style.opacity(), style.width()));
    }

    /**
     * Of the regions whose outline runs along {@code line} (those covering exactly one of its sides),
     * except the selected one, the one whose style wins; null when there is none.
     */
    private static String strongest(BorderLines.Line line, SectorLayer layer, MapScene scene) {
        List<String> one = layer.covering(line.side());
        List<String> other = line.otherSide() == null ? List.of() : layer.covering(line.otherSide());
        String best = null;
        int bestRank = -1;
        for (int pass = 0; pass < 2; pass++) {
            List<String> mine = pass == 0 ? one : other;
            List<String> theirs = pass == 0 ? other : one;
            for (String region : mine) {
                if (theirs.contains(region) || region.equals(scene.selectedRegionId())) {
                    continue;
                }
                int rank = !scene.hasEmphasis() ? 1 : scene.isEmphasised(region) ? 2 : 0;
                if (rank > bestRank) {
                    best = region;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /** Whether the selected region's outline runs along {@code line}: its own strong stroke covers it. */
    private static boolean outlinedBySelected(BorderLines.Line line, SectorLayer layer, String selected) {
        if (selected == null) {
            return false;
        }
        boolean one = layer.covering(line.side()).contains(selected);
        boolean other = line.otherSide() != null && layer.covering(line.otherSide()).contains(selected);
        return one != other;
    }

    private static Outline style(MapScene scene, SectorLayer layer, String region) {
        double px = scene.pixelScale();
        if (scene.overlapView()) {
            return new Outline(scene.style().text(), 0.55, 1.2 * px);
        }
        Rgb colour = RegionPalette.outline(layer.colour(region));
        if (scene.isDimmed(region)) {
            return new Outline(colour, scene.spotlight() ? 0.15 : 0.35, px);
        }
        return new Outline(colour, 0.9, (scene.isEmphasised(region) ? 2.4 : 1.4) * px);
    }

    private record Outline(Rgb colour, double opacity, double width) {
    }

    /** Strokes {@code lines}, one path per screen column; vertices closer than {@code stepPx} are skipped. */
    private void stroke(Surface s, List<BorderLines.Line> lines, double stepPx, Rgb colour, double opacity,
                        double width) {
        stroke(s, lines, stepPx, () -> s.strokePath(colour, opacity, width));
    }

    /** Traces {@code lines} one path per screen column, each path finished by {@code strokeColumn}. */
    private void stroke(Surface s, List<BorderLines.Line> lines, double stepPx, Runnable strokeColumn) {
        int columns = (int) Math.ceil(v.width() / COLUMN_PX) + 1;
        List<List<BorderLines.Line>> byColumn = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            byColumn.add(new ArrayList<>());
        }
        for (BorderLines.Line line : lines) {
            int column = (int) Math.floor(v.x(line.bounds().getMinX()) / COLUMN_PX);
            byColumn.get(Math.max(0, Math.min(columns - 1, column))).add(line);
        }
        double minStep = stepPx / v.scale();
        for (List<BorderLines.Line> column : byColumn) {
            if (column.isEmpty()) {
                continue;
            }
            s.beginPath();
            for (BorderLines.Line line : column) {
                MapPainter.addLine(s, v, line.xy(), minStep);
            }
            strokeColumn.run();
        }
    }
}
