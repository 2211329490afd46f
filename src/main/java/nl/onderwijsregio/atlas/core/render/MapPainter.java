package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.geo.BorderLines;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.model.Region;
import org.locationtech.jts.geom.Envelope;

/**
 * The one painter of the map. The screen, the PNG, SVG and PDF exports and the presenter all call it,
 * so what you see is what you export. It knows nothing of JavaFX: it draws on a {@link Surface}.
 *
 * <p>Layers, bottom to top: basemap (if the scene asks for it), municipality fills (region colour,
 * diagonal stripes in every covering region's colour where regions overlap, or the cover count in the
 * overlap view), thin municipality borders, province borders, region outlines, the borders of the
 * labour-market regions (when the scene asks for them), the hovered municipality, labels.
 */
public final class MapPainter {

    /** Width of one stripe of an overlap, in pixels (times the scene's pixel scale). */
    static final double STRIPE_PX = 6;

    /** Spacing and width of the lines of a gap's cross-hatch, in pixels (times the scene's pixel scale). */
    static final double HATCH_PERIOD_PX = 5;
    static final double HATCH_LINE_PX = 1.1;

    /** Dash length and line width of a labour-market border, in pixels (times the scene's pixel scale). */
    static final double LABOUR_MARKET_DASH_PX = 7;
    static final double LABOUR_MARKET_LINE_PX = 2;

    private final MapGeometry geometry;
    private final MapStyle style;

    public MapPainter(MapGeometry geometry, MapStyle style) {
        this.geometry = geometry;
        this.style = style;
    }

    public MapPainter(MapGeometry geometry) {
        this(geometry, MapStyle.light());
    }

    public MapGeometry geometry() {
        return geometry;
    }

    public MapStyle style() {
        return style;
    }

    /** Paints the basemap and the municipality borders in this painter's style, without regions. */
    public void paint(Surface s, Viewport v) {
        paint(s, v, MapScene.basemapOnly(style));
    }

    /**
     * Paints {@code scene} as seen through {@code v}. Every export calls this same method, so the
     * picture is the same everywhere.
     */
    public void paint(Surface s, Viewport v, MapScene scene) {
        paint(s, v, scene, List.of());
    }

    /**
     * Paints {@code scene} with no region name under {@code covered}: the parts of the picture, in its
     * pixels, that panels (a legend, buttons) lie over on screen. A name half under a panel reads as a
     * mistake, like a name cut by the edge; the selection's name is drawn wherever it falls.
     */
    public void paint(Surface s, Viewport v, MapScene scene, List<Envelope> covered) {
        MapStyle st = scene.style();
        double px = scene.pixelScale();
        if (scene.basemap()) {
            paintBasemap(s, v, st);
        }
        SectorLayer layer = scene.layer();
        BorderPainter borders = new BorderPainter(geometry, v, scene);
        s.beginGroup("municipalities");
        if (layer != null) {
            paintFills(s, v, scene, layer);
        }
        borders.strokeInner(s, st.municipalityBorder(), layer == null ? 0.8 : 0.35, 0.5 * px);
        s.endGroup();
        s.beginGroup("provinces");
        borders.strokeProvinces(s, st.provinceBorder(), layer == null ? 0.9 : 0.5, 1.1 * px);
        s.endGroup();
        if (layer != null) {
            s.beginGroup("regions");
            borders.strokeOutlines(s);
            paintSelectedOutline(s, v, scene, layer);
            s.endGroup();
        }
        if (scene.labourMarkets()) {
            s.beginGroup("labour-market-regions");
            borders.strokeLabourMarkets(s, st.labourMarketBorder(), px);
            s.endGroup();
        }
        paintHover(s, v, scene);
        if (layer != null && scene.labels()) {
            s.beginGroup("labels");
            new LabelPlacer(s, v, scene, layer, covered).paint();
            s.endGroup();
        }
    }

    /**
     * The calm background: sea, neighbouring countries, Dutch land. On a transparent surface only the
     * Dutch land: a designer puts the country on a slide without grey Belgium and Germany, and the land
     * keeps the country's shape (and its gaps) readable.
     */
    public void paintBasemap(Surface s, Viewport v) {
        paintBasemap(s, v, style);
    }

    private void paintBasemap(Surface s, Viewport v, MapStyle st) {
        s.beginGroup("basemap");
        s.fillBackground(st.sea(), 1);
        Envelope visible = v.visible();
        for (ProjectedShape c : s.transparentBackground() ? List.<ProjectedShape>of() : geometry.countries()) {
            if (trace(s, v, c, visible)) {
                s.fillPath(st.foreignLand(), 1);
                s.strokePath(st.provinceBorder(), 0.6, 0.8);
            }
        }
        if (geometry.netherlands() != null && trace(s, v, geometry.netherlands(), visible)) {
            s.fillPath(st.land(), 1);
        }
        s.endGroup();
    }

    /** Province borders (and the coast), drawn above region fills so the country stays readable. */
    public void paintProvinceBorders(Surface s, Viewport v) {
        new BorderPainter(geometry, v, MapScene.basemapOnly(style)).strokeProvinces(s, style.provinceBorder(), 0.9, 1.1);
    }

    /**
     * Municipality fills. The part of a region that it alone covers is filled as one dissolved path, in
     * the group {@code region-<id>}: a few large fills without inner borders are much cheaper for a
     * rasteriser than hundreds of small ones, and an SVG export gets one group per region for designers
     * to restyle. Overlaps, striped in
     * every covering region's colour, follow, each in its group {@code overlap-<code>}; each colour's
     * bands are marked as part of their region ({@link Surface#partOf}). They cannot move into the
     * region's group: they must lie above every sole fill, as the labels above every outline. Single-region fills never
     * overlap each other, so the order does not change the picture.
     */
    private void paintFills(Surface s, Viewport v, MapScene scene, SectorLayer layer) {
        Envelope visible = v.visible();
        if (scene.overlapView()) {
            Map<Rgb, List<ProjectedShape>> byCount = new LinkedHashMap<>();
            geometry.municipalities().forEach((code, shape) -> {
                if (isVisible(shape, visible)) {
                    byCount.computeIfAbsent(RegionPalette.cover(layer.covering(code).size()),
                            k -> new ArrayList<>()).add(shape);
                }
            });
            byCount.forEach((colour, shapes) -> {
                if (traceAll(s, v, shapes, visible, 0.75)) {
                    s.fillPath(colour, 1);
                }
            });
            return;
        }
        for (Region r : layer.regions()) {
            s.beginGroup("region-" + r.id());
            s.partOf(r.id());
            if (traceAll(s, v, List.of(layer.soleFill(r.id())), visible, 0.75)) {
                s.fillPath(fillOf(scene, layer, r.id()), 1);
            }
            s.partOf(null);
            s.endGroup();
        }
        geometry.municipalities().forEach((code, shape) -> {
            List<String> covering = layer.covering(code);
            if (covering.size() < 2 || !isVisible(shape, visible)) {
                return;
            }
            Rgb[] colours = stripeColours(scene, layer, covering);
            s.beginGroup("overlap-" + code);
            double band = STRIPE_PX * scene.pixelScale();
            if (!(trace(s, v, shape, visible) && s.fillStriped(colours, band, StripePainter.anchor(v)))) {
                StripePainter.paint(s, v, shape, colours, covering, band);
            }
            s.endGroup();
        });
        paintGaps(s, v, scene, layer);
    }

    /**
     * Municipalities no region of the sector covers, cross-hatched in a neutral grey: bare land would
     * look like the background, and a gap is what the map must show up. In a spotlight the hatch steps back
     * with the rest of what is not in it: at full contrast beside faded neighbours it drew the eye from the
     * spotlighted region to a gap its card has no key for.
     */
    private void paintGaps(Surface s, Viewport v, MapScene scene, SectorLayer layer) {
        Envelope visible = v.visible();
        MapStyle st = scene.style();
        double px = scene.pixelScale();
        Rgb ink = scene.spotlight() ? dimmed(st.gapHatch(), scene) : st.gapHatch();
        geometry.municipalities().forEach((code, shape) -> {
            if (layer.covering(code).isEmpty() && isVisible(shape, visible)) {
                s.beginGroup("gap-" + code);
                StripePainter.hatch(s, v, shape, st.land(), ink, HATCH_PERIOD_PX * px, HATCH_LINE_PX * px);
                s.endGroup();
            }
        });
    }

    /**
     * A square of {@code size} pixels hatched as a gap is ({@code ink} lines on {@code land}, at
     * {@code pixelScale}): the legends' key shows the map's own hatch.
     */
    public static void paintHatchedSquare(Surface s, double x, double y, double size, Rgb land, Rgb ink,
                                          double pixelScale) {
        double[] ring = {x, y, x + size, y, x + size, y + size, x, y + size};
        StripePainter.hatchRings(s, List.of(ring), land, ink, HATCH_PERIOD_PX * pixelScale,
                HATCH_LINE_PX * pixelScale, x, y, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    private static boolean isVisible(ProjectedShape shape, Envelope visible) {
        return shape != null && !shape.isEmpty() && visible.intersects(shape.bounds());
    }

    /** The colours of the stripes of a municipality in the {@code covering} regions: each one's fill in this scene. */
    private static Rgb[] stripeColours(MapScene scene, SectorLayer layer, List<String> covering) {
        Rgb[] colours = new Rgb[covering.size()];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = fillOf(scene, layer, covering.get(i));
        }
        return colours;
    }

    /**
     * The colours a key to the scene's stripes shows: those this scene paints a municipality in several regions in,
     * one of an emphasised region's where there is one (that region's colour first: on a spotlight, its colour
     * with its faded neighbour's), else the first one of the sector's regions; null when it stripes none. A key in
     * two colours of the palette would send the audience looking for stripes the picture does not have.
     */
    public static Rgb[] keyStripes(MapScene scene) {
        SectorLayer layer = scene.layer();
        if (layer == null || scene.overlapView()) {
            return null;
        }
        List<Region> order = new ArrayList<>(layer.regions());
        // the emphasised regions first, the selection before them all; otherwise the sector's order
        order.sort(java.util.Comparator.comparing((Region r) -> !r.id().equals(scene.selectedRegionId()))
                .thenComparing(r -> !scene.isEmphasised(r.id())));
        for (Region r : order) {
            for (String code : r.memberCodes()) {
                if (layer.isOverlap(code)) {
                    List<String> covering = new ArrayList<>(layer.covering(code));
                    covering.remove(r.id());
                    covering.add(0, r.id());
                    return stripeColours(scene, layer, covering);
                }
            }
        }
        return null;
    }

    /** The fill of a region in this scene: its colour, faded toward the land when others are emphasised. */
    static Rgb fillOf(MapScene scene, SectorLayer layer, String regionId) {
        Rgb c = layer.colour(regionId);
        if (scene.isDimmed(regionId)) {
            return dimmed(c, scene);
        }
        return c;
    }

    /**
     * A region colour {@code c} faded toward the land, as a region beside the emphasised ones is filled. Beside a
     * selection it keeps about a third of its colour: with more, the palest colours (sand, sky) came out mid-grey
     * in the dark style, where no text colour reads at 4.5:1 on them.
     */
    static Rgb dimmed(Rgb c, MapScene scene) {
        return c.mix(scene.style().land(), scene.spotlight() ? 0.85 : 0.65);
    }

    /** The selected region's outline, last and strongest; the other outlines come from {@link BorderPainter}. */
    private void paintSelectedOutline(Surface s, Viewport v, MapScene scene, SectorLayer layer) {
        Envelope visible = v.visible();
        double px = scene.pixelScale();
        RegionShape selected = scene.selectedRegionId() == null ? null : layer.shape(scene.selectedRegionId());
        if (selected != null && trace(s, v, selected.outline(), visible)) {
            s.strokePath(scene.style().textHalo(), 0.9, 5 * px);
            s.strokePath(scene.style().text(), 1, 2.6 * px);
        } else if (selected == null && scene.selectedRegionId() != null) {
            // selected, but not a region of this sector: where it lies is still shown, quietly
            ProjectedShape elsewhere = territoryElsewhere(scene);
            if (elsewhere != null && trace(s, v, elsewhere, visible)) {
                s.strokePath(scene.style().text(), 0.45, 1.6 * px);
            }
        }
    }

    /** The outline of the selected region in another sector it serves, or null (e.g. a national region). */
    private static ProjectedShape territoryElsewhere(MapScene scene) {
        for (nl.onderwijsregio.atlas.core.model.Sector other : nl.onderwijsregio.atlas.core.model.Sector.values()) {
            RegionShape shape = scene.regions().layer(other).shape(scene.selectedRegionId());
            if (shape != null) {
                return shape.outline();
            }
        }
        return null;
    }

    /** Only the hovered municipality's highlight: the screen paints it on a layer of its own. */
    public void paintHover(Surface s, Viewport v, MapScene scene) {
        String code = scene.hoveredMunicipalityCode();
        if (code == null) {
            return;
        }
        if (trace(s, v, geometry.municipality(code), v.visible())) {
            s.fillPath(scene.style().textHalo(), 0.3);
            s.strokePath(scene.style().text(), 0.9, 2 * scene.pixelScale());
        }
    }

    /**
     * A square of {@code size} pixels striped as a municipality in several regions is (bands of
     * {@code band} pixels through {@code colours}): the legend's key shows the map's own stripes.
     */
    public static void paintStripedSquare(Surface s, double x, double y, double size, Rgb[] colours, double band) {
        double[] ring = {x, y, x + size, y, x + size, y + size, x, y + size};
        // bands from the square's corner, so every swatch shows whole bands wherever the legend puts it
        StripePainter.paintRings(s, List.of(ring), colours, null, band, x + y, Double.POSITIVE_INFINITY);
    }

    /**
     * A square of {@code size} pixels of {@code land} crossed by a labour-market border as the map
     * draws it, in {@code ink} at {@code pixelScale}: the legends' key to the dashed line.
     */
    public static void paintLabourMarketSquare(Surface s, double x, double y, double size, Rgb land, Rgb ink,
                                               double pixelScale) {
        s.rect(x, y, size, size);
        s.fillPath(land, 1);
        s.beginPath();
        s.moveTo(x, y + size / 2);
        s.lineTo(x + size, y + size / 2);
        strokeLabourMarketBorder(s, ink, pixelScale);
    }

    /** Strokes the current path as a labour-market border: dashed, in the style's own colour, above the regions. */
    static void strokeLabourMarketBorder(Surface s, Rgb ink, double pixelScale) {
        double dash = LABOUR_MARKET_DASH_PX * pixelScale;
        s.strokeDashedPath(ink, 0.9, LABOUR_MARKET_LINE_PX * pixelScale, dash, dash * 0.6);
    }

    /**
     * Puts {@code shape} on the surface as the current path; false (and no path) when it lies
     * outside {@code visible}. Vertices closer than half a pixel to the previous one are skipped:
     * invisible at this scale and the main cost of a full redraw.
     */
    public static boolean trace(Surface s, Viewport v, ProjectedShape shape, Envelope visible) {
        if (shape == null || shape.isEmpty() || !visible.intersects(shape.bounds())) {
            return false;
        }
        return addRings(s, v, shape, 0.5, reach(visible), true);
    }

    /**
     * Puts all visible {@code shapes} on the surface as one path; false (and no path) when none is
     * visible. A vertex closer than {@code stepPx} pixels to the previous one is skipped.
     */
    public static boolean traceAll(Surface s, Viewport v, Iterable<ProjectedShape> shapes, Envelope visible,
                                   double stepPx) {
        boolean any = false;
        Envelope reach = reach(visible);
        for (ProjectedShape shape : shapes) {
            if (shape == null || shape.isEmpty() || !visible.intersects(shape.bounds())) {
                continue;
            }
            any |= addRings(s, v, shape, stepPx, reach, !any);
        }
        return any;
    }

    /**
     * Adds the rings of {@code shape} whose bounds meet {@code reach} (a path begun first when {@code begin}),
     * true when there was one. A ring wholly beyond the picture changes nothing in it, even-odd or not, but costs
     * a vector file its size: an island, a neighbouring country's far coast.
     */
    private static boolean addRings(Surface s, Viewport v, ProjectedShape shape, double stepPx, Envelope reach,
                                    boolean begin) {
        double minStep = stepPx / v.scale();
        boolean any = false;
        List<double[]> rings = shape.rings();
        List<Envelope> ringBounds = shape.ringBounds();
        for (int i = 0; i < rings.size(); i++) {
            if (!reach.intersects(ringBounds.get(i))) {
                continue;
            }
            if (begin && !any) {
                s.beginPath();
            }
            any = true;
            addLine(s, v, rings.get(i), minStep);
            s.closePath();
        }
        return any;
    }

    /**
     * How far beyond the picture, as a share of its size, a ring is still drawn: the thickest line, the
     * selection's outline (5 pixels for every 900 of the picture's short side), reaches half that past
     * its ring, well within this.
     */
    static final double RING_REACH = 0.02;

    /** {@code visible} widened by {@link #RING_REACH}, where a thick stroke of a ring outside may still show. */
    private static Envelope reach(Envelope visible) {
        Envelope reach = new Envelope(visible);
        reach.expandBy(visible.getWidth() * RING_REACH, visible.getHeight() * RING_REACH);
        return reach;
    }

    /** Moves to the first vertex and draws to the others, skipping those within {@code minStep} but never the last. */
    static void addLine(Surface s, Viewport v, double[] xy, double minStep) {
        int n = xy.length / 2;
        double lastX = xy[0];
        double lastY = xy[1];
        s.moveTo(v.x(lastX), v.y(lastY));
        for (int i = 1; i < n; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            if (i < n - 1 && Math.abs(x - lastX) < minStep && Math.abs(y - lastY) < minStep) {
                continue;
            }
            s.lineTo(v.x(x), v.y(y));
            lastX = x;
            lastY = y;
        }
    }
}
