package nl.onderwijsregio.atlas.core.export;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/** The pictures the atlas exports: a sector map, and a region spotlighted on its sector map. */
public final class ExportPictures {

    private static final List<Rgb> PALETTE = List.of(
            Rgb.hex("#4e79a7"), Rgb.hex("#f28e2b"), Rgb.hex("#59a14f"), Rgb.hex("#e15759"),
            Rgb.hex("#76b7b2"), Rgb.hex("#edc948"), Rgb.hex("#b07aa1"), Rgb.hex("#ff9da7"),
            Rgb.hex("#9c755f"), Rgb.hex("#86bcb6"), Rgb.hex("#8cd17d"), Rgb.hex("#d4a6c8"));

    private ExportPictures() {
    }

    /** Regions of {@code sector} drawn on the map: those with a territory. */
    public static List<Region> mappedRegions(Atlas atlas, Sector sector) {
        return atlas.regionsServing(sector).stream()
                .filter(r -> r.scope() == Scope.REGIONAL && !r.memberCodes().isEmpty())
                .toList();
    }

    /** A region's colour: the same on every sector's map, so small multiples compare at a glance. */
    public static Rgb colourOf(Atlas atlas, Region region) {
        List<Region> all = atlas.regions().stream()
                .filter(r -> r.scope() == Scope.REGIONAL && !r.memberCodes().isEmpty()).toList();
        return PALETTE.get(Math.max(0, all.indexOf(region)) % PALETTE.size());
    }

    /** The map of one sector with every region in its colour and a legend naming them. */
    public static MapPicture sectorMap(Atlas atlas, MapGeometry geometry, Sector sector, Viewport viewport,
                                       MapStyle style) {
        MapPainter painter = new MapPainter(geometry, style);
        List<LegendEntry> legend = new ArrayList<>();
        for (Region r : mappedRegions(atlas, sector)) {
            legend.add(new LegendEntry(colourOf(atlas, r), r.displayName()));
        }
        return MapPicture.of(sectorDrawing(painter, atlas, sector, Set.of()), viewport, style).withLegend(legend);
    }

    /** One region spotlighted on its sector map, framed to fit, with its key figures as caption. */
    public static MapPicture regionSpotlight(Atlas atlas, MapGeometry geometry, Sector sector, Region region,
                                             int width, int height, MapStyle style, Caption caption) {
        Envelope bounds = regionBounds(geometry, region);
        Viewport v = Viewport.fit(bounds.isNull() ? geometry.bounds() : bounds, width, height,
                Math.min(width, height) * 0.12);
        MapPainter painter = new MapPainter(geometry, style);
        return MapPicture.of(sectorDrawing(painter, atlas, sector, Set.of(region.id())), v, style).withCaption(caption);
    }

    /**
     * The sector map with {@code spotlight} regions in full colour and the others dimmed; with an empty
     * spotlight every region is in full colour.
     */
    public static MapDrawing sectorDrawing(MapPainter painter, Atlas atlas, Sector sector, Set<String> spotlight) {
        return (s, v) -> {
            painter.paintBasemap(s, v);
            Envelope visible = v.visible();
            for (Region r : mappedRegions(atlas, sector)) {
                boolean dimmed = !spotlight.isEmpty() && !spotlight.contains(r.id());
                s.beginGroup("region-" + r.id());
                Rgb colour = colourOf(atlas, r);
                for (String code : r.memberCodes()) {
                    ProjectedShape shape = painter.geometry().municipality(code);
                    if (MapPainter.trace(s, v, shape, visible)) {
                        s.fillPath(dimmed ? colour.mix(painter.style().land(), 0.75) : colour, 0.6);
                    }
                }
                s.endGroup();
            }
            painter.paintMunicipalityBorders(s, v, 0.6);
            painter.paintProvinceBorders(s, v);
        };
    }

    /** The region's extent in the plane: the union of its member municipalities' bounds. */
    public static Envelope regionBounds(MapGeometry geometry, Region region) {
        Envelope e = new Envelope();
        for (String code : region.memberCodes()) {
            ProjectedShape shape = geometry.municipality(code);
            if (shape != null && !shape.isEmpty()) {
                e.expandToInclude(shape.bounds());
            }
        }
        return e;
    }

    /**
     * The region's key figures as caption lines, e.g. "Leerlingen en studenten: 58.632", numbers in
     * the locale's format; absent figures are left out (absent is not zero).
     */
    public static Caption caption(Region region, Locale locale, Function<KeyFigure, String> label) {
        NumberFormat nf = NumberFormat.getIntegerInstance(locale);
        List<String> lines = new ArrayList<>();
        for (KeyFigure f : KeyFigure.values()) {
            region.keyFigures().get(f).ifPresent(v -> lines.add(label.apply(f) + ": " + nf.format(v)));
        }
        return new Caption(region.displayName(), lines);
    }
}
