package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.geo.BorderLines;
import org.locationtech.jts.geom.Envelope;

/**
 * Municipality borders and region outlines, both drawn from one network in which every stretch of
 * border occurs once ({@link BorderLines}). A stretch between two municipalities lies on the outline of
 * every region that holds one of them but not the other; where there is no such region it is an inner
 * border, drawn faint. So each stretch is stroked once: an outline replaces the faint border beneath
 * it, and two neighbouring regions share one line instead of stroking their common border twice. On a
 * shared stretch the stronger style wins: emphasised over plain over dimmed.
 *
 * <p>Lines are stroked one path per column of {@link #COLUMN_PX} screen pixels: a software rasteriser
 * composites every pixel between the leftmost and the rightmost mark of a path on each row, so one
 * path across the country would cost the full canvas width on every row.
 */
final class BorderPainter {

    static final double COLUMN_PX = 200;

    private BorderPainter() {
    }

    /** Faint borders: every one without a layer, the inner ones of the layer's regions with one. */
    static void paintInner(Surface s, Viewport v, BorderLines borders, SectorLayer layer, Rgb colour,
                           double opacity, double width) {
        List<BorderLines.Line> inner = new ArrayList<>();
        for (BorderLines.Line line : visible(borders, v)) {
            if (layer == null || strongest(line, layer, null, null) == null) {
                inner.add(line);
            }
        }
        stroke(s, v, inner, 2.0, colour, opacity, width);
    }

    /**
     * Region outlines in the scene's styles. The selected region is left out: the painter draws its
     * outline last and strongest.
     */
    static void paintOutlines(Surface s, Viewport v, BorderLines borders, MapScene scene, SectorLayer layer) {
        Map<Outline, List<BorderLines.Line>> byStyle = new LinkedHashMap<>();
        for (BorderLines.Line line : visible(borders, v)) {
            String region = strongest(line, layer, scene, scene.selectedRegionId());
            if (region != null) {
                byStyle.computeIfAbsent(style(scene, layer, region), k -> new ArrayList<>()).add(line);
            }
        }
        byStyle.forEach((style, lines) -> stroke(s, v, lines, 1.0, style.colour(), style.opacity(), style.width()));
    }

    /**
     * Of the regions whose outline runs along {@code line} (those covering exactly one of its sides),
     * the one whose style wins; null for an inner border or only the skipped region.
     */
    private static String strongest(BorderLines.Line line, SectorLayer layer, MapScene scene, String skipped) {
        List<String> one = layer.covering(line.side());
        List<String> other = line.otherSide() == null ? List.of() : layer.covering(line.otherSide());
        String best = null;
        int bestRank = -1;
        for (int pass = 0; pass < 2; pass++) {
            List<String> mine = pass == 0 ? one : other;
            List<String> theirs = pass == 0 ? other : one;
            for (String region : mine) {
                if (theirs.contains(region) || region.equals(skipped)) {
                    continue;
                }
                int rank = scene == null ? 0 : rank(scene, region);
                if (rank > bestRank) {
                    best = region;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    private static int rank(MapScene scene, String region) {
        if (!scene.hasEmphasis()) {
            return 1;
        }
        return scene.isEmphasised(region) ? 2 : 0;
    }

    private static Outline style(MapScene scene, SectorLayer layer, String region) {
        double px = scene.pixelScale();
        if (scene.overlapView()) {
            return new Outline(scene.style().text(), 0.55, 1.2 * px);
        }
        Rgb colour = RegionPalette.outline(layer.colour(region));
        if (scene.hasEmphasis() && !scene.isEmphasised(region)) {
            return new Outline(colour, scene.spotlight() ? 0.15 : 0.35, px);
        }
        return new Outline(colour, 0.9, (scene.isEmphasised(region) ? 2.4 : 1.4) * px);
    }

    private record Outline(Rgb colour, double opacity, double width) {
    }

    static List<BorderLines.Line> visible(BorderLines borders, Viewport v) {
        Envelope visible = v.visible();
        List<BorderLines.Line> out = new ArrayList<>();
        for (BorderLines.Line line : borders.lines()) {
            if (visible.intersects(line.bounds())) {
                out.add(line);
            }
        }
        return out;
    }

    /** Strokes {@code lines}, one path per screen column; vertices closer than {@code stepPx} are skipped. */
    static void stroke(Surface s, Viewport v, List<BorderLines.Line> lines, double stepPx, Rgb colour,
                       double opacity, double width) {
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
            s.strokePath(colour, opacity, width);
        }
    }
}
