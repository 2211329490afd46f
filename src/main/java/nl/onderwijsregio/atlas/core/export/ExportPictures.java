package nl.onderwijsregio.atlas.core.export;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.geo.MunicipalityLocator;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionPalette;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.core.summary.FigureSource;
import nl.onderwijsregio.atlas.core.summary.NumberText;
import nl.onderwijsregio.atlas.core.summary.SectorOverview;
import nl.onderwijsregio.atlas.core.text.Language;
import org.locationtech.jts.geom.Envelope;
import nl.onderwijsregio.atlas.core.text.DutchOrder;

/** The pictures the atlas exports: a sector map with its legend, and a region spotlighted with its figures. */
public final class ExportPictures {

    private ExportPictures() {
    }

    /** The scene's map through {@code viewport} with a legend naming every drawn region in its colour. */
    public static MapPicture sectorMap(MapPainter painter, MapScene scene, Viewport viewport, Locale locale) {
        return MapPicture.of(painter, scene, viewport).withLegend(legend(scene, null, locale));
    }

    /**
     * {@code picture} with the legend of the regions it shows, its map moved beside the legend where the legend
     * would lie over a region ({@link LegendRoom#clearOf}): the export of the map as the screen shows it.
     */
    public static MapPicture withLegendClearOfTheMap(MapPicture picture, Locale locale) {
        return LegendRoom.clearOf(picture, locale);
    }

    /**
     * The whole country on a {@code width} × {@code height} picture, beside the legend when
     * {@code withLegend} and there is room for it (the legend is laid out first and the map fills the rest).
     */
    public static MapPicture sectorMap(MapPainter painter, MapScene scene, int width, int height,
                                       double overlayScale, boolean withLegend, Locale locale) {
        List<LegendEntry> legend = withLegend ? legend(scene, null, locale) : List.of();
        double reserved = MapPicture.legendSpace(legend, width, height, overlayScale);
        Viewport v = LegendRoom.beside(painter.geometry().bounds(), width, height, reserved, Double.MAX_VALUE);
        return MapPicture.of(painter, scene, v).withOverlayScale(overlayScale).withLegend(legend);
    }

    /**
     * The regions of the scene's sector that can be seen in {@code visible} (a part of the plane; null
     * for everywhere) in their colours and with their numbers in the key, in the key's order as on screen
     * ({@link SectorLayer#keyOrder}; a zoomed export names what it shows, no more, keeping the numbers),
     * then the keys to stripes, gaps and labour-market borders, in the language of {@code locale}. The overlap
     * view, coloured by cover count instead of by region, gets the key to its counts (and to the labour-market
     * borders). The legend on screen shows these same lines, so it and every picture key the map alike.
     */
    public static List<LegendEntry> legend(MapScene scene, Envelope visible, Locale locale) {
        if (scene.overlapView()) {
            if (scene.layer() == null) {
                return List.of();
            }
            List<LegendEntry> key = new ArrayList<>(coverKey(locale));
            // the regions the cover counts leave out, as the screen's legend lists them beside this view too
            if (wholeSectorInView(scene, regions(scene, visible))) {
                key.addAll(unmapped(scene, locale));
            }
            key.addAll(labourMarketKey(scene, locale));
            return key;
        }
        List<LegendEntry> legend = new ArrayList<>(regions(scene, visible));
        if (wholeSectorInView(scene, legend)) {
            legend.addAll(unmapped(scene, locale));
        }
        if (!legend.isEmpty()) {
            legend.addAll(keys(scene, locale));
        }
        return legend;
    }

    /** Whether the picture's {@code regions} are all the sector's: no zoomed view, which leaves the national ones out. */
    private static boolean wholeSectorInView(MapScene scene, List<LegendEntry> regions) {
        return scene.layer() != null && regions.size() == scene.layer().regions().size();
    }

    /**
     * The sector's regions without territory, after the others, each saying why it is not on the map: a
     * picture of the whole sector must not look as if they did not exist, as the screen's legend lists
     * them too. Only on a picture of the whole sector: a zoomed one names only what it shows.
     */
    static List<LegendEntry> unmapped(MapScene scene, Locale locale) {
        SectorLayer layer = scene.layer();
        if (layer == null) {
            return List.of();
        }
        ResourceBundle texts = Language.bundle("export", locale);
        List<LegendEntry> unmapped = new ArrayList<>();
        for (Region r : layer.withoutTerritory()) {
            String why = r.scope() == Scope.NATIONAL ? "export.legend.national" : "export.legend.noMembers";
            unmapped.add(LegendEntry.unmapped(r.id(), MessageFormat.format(texts.getString(why), r.displayName())));
        }
        unmapped.sort(Comparator.comparing(LegendEntry::label, DutchOrder.NAMES));
        return unmapped;
    }

    /**
     * The stripes of a municipality in several regions and the grey hatch of a gap, each only when the
     * sector's map has one; none in the overlap view, whose colours are cover counts.
     */
    static List<LegendEntry> keys(MapScene scene, Locale locale) {
        if (scene.layer() == null || scene.overlapView()) {
            return List.of();
        }
        SectorOverview cover = SectorOverview.of(scene.regions().atlas(), scene.sector());
        ResourceBundle texts = Language.bundle("export", locale);
        List<LegendEntry> keys = new ArrayList<>();
        if (cover.inSeveralRegions() > 0) {
            keys.add(stripesKey(scene, locale));
        }
        if (!cover.uncovered().isEmpty()) {
            keys.add(LegendEntry.hatched(scene.style().land(), scene.style().gapHatch(),
                    texts.getString("export.legend.gap")));
        }
        keys.addAll(labourMarketKey(scene, locale));
        return keys;
    }

    /**
     * The key to the stripes of a municipality in several regions, in the colours the scene stripes one in
     * ({@link MapPainter#keyStripes}); in two of the palette's only when it stripes none.
     */
    static LegendEntry stripesKey(MapScene scene, Locale locale) {
        Rgb[] stripes = MapPainter.keyStripes(scene);
        String label = Language.bundle("export", locale).getString("export.legend.stripes");
        return stripes == null ? LegendEntry.striped(RegionPalette.region(0), RegionPalette.region(1), label)
                : LegendEntry.striped(stripes[0], stripes[1], label);
    }

    /** The dashed line of a labour-market border, when the scene draws them. */
    static List<LegendEntry> labourMarketKey(MapScene scene, Locale locale) {
        if (!scene.labourMarkets()) {
            return List.of();
        }
        return List.of(LegendEntry.dashed(scene.style().land(), scene.style().labourMarketBorder(),
                Language.bundle("export", locale).getString("export.legend.labourMarket")));
    }

    /** The overlap view's colours: no region (a gap), one, two, three or more, as on screen. */
    static List<LegendEntry> coverKey(Locale locale) {
        ResourceBundle texts = Language.bundle("export", locale);
        List<LegendEntry> key = new ArrayList<>();
        for (int count = 0; count <= 3; count++) {
            key.add(new LegendEntry(RegionPalette.cover(count), texts.getString("export.legend.cover" + count)));
        }
        return key;
    }

    private static List<LegendEntry> regions(MapScene scene, Envelope visible) {
        List<LegendEntry> legend = new ArrayList<>();
        SectorLayer layer = scene.layer();
        if (layer != null) {
            for (Region r : layer.keyOrder()) {
                if (visible == null || shows(visible, layer.shape(r.id()))) {
                    legend.add(LegendEntry.region(r.id(), layer.colour(r.id()), r.displayName(),
                            layer.keyNumber(r.id())));
                }
            }
        }
        return legend;
    }

    /** Whether some of the shape lies in {@code visible}: a vertex inside, or the shape around its middle. */
    private static boolean shows(Envelope visible, nl.onderwijsregio.atlas.core.render.RegionShape shape) {
        if (shape == null || shape.outline().isEmpty() || !visible.intersects(shape.outline().bounds())) {
            return false;
        }
        for (double[] ring : shape.outline().rings()) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                if (visible.contains(ring[i], ring[i + 1])) {
                    return true;
                }
            }
        }
        // No corner on screen: the picture may lie wholly inside the region.
        org.locationtech.jts.geom.Coordinate c = visible.centre();
        return MunicipalityLocator.contains(shape.outline(), c.x, c.y);
    }

    /**
     * {@code region} spotlighted on the scene's sector map (the rest dimmed), framed to fit a
     * {@code width} × {@code height} picture, with {@code caption} beside it at {@code overlayScale}.
     */
    public static MapPicture regionSpotlight(MapPainter painter, MapScene scene, Region region, int width,
                                             int height, Caption caption, double overlayScale) {
        Envelope bounds = regionBounds(scene, region);
        Envelope country = painter.geometry().bounds();
        // A national region has no territory: its slide shows the whole country it works in, beside the card too.
        Viewport v = besideCaption(bounds.isNull() ? country : bounds, width, height,
                Viewport.fit(country, width, height, 0).scale() * 9,
                MapPicture.captionSpace(caption, width, height, overlayScale));
        // The name as large as presenter mode sets it on a screen of this size: the slide is projected in its place.
        MapScene spot = spotlit(scene, region).withHallLabels(height);
        return MapPicture.of(painter, spot, v).withOverlayScale(overlayScale).withCaption(caption);
    }

    /** The scene with {@code region} in the spotlight, the rest dimmed: its slide's map and its card's key. */
    static MapScene spotlit(MapScene scene, Region region) {
        return scene.withSelected(region.id()).withSpotlight(true);
    }

    /**
     * A viewport showing {@code bounds} in the right-hand part of the picture, right of a caption
     * {@code captionSpace} pixels wide (margins included) at the left, zoomed in no further than
     * {@code maxScale}. A caption takes a larger share of a small picture, so the region moves over for it.
     */
    public static Viewport besideCaption(Envelope bounds, double w, double h, double maxScale, double captionSpace) {
        double left = Math.max(w * 0.38, captionSpace);
        double areaW = w * 0.96 - left;
        double top = h * 0.1;
        double areaH = h * 0.8;
        double scale = Math.min(Viewport.fit(bounds, areaW, areaH, 0).scale(), maxScale);
        double cx = bounds.centre().x - (left + areaW / 2 - w / 2) / scale;
        double cy = bounds.centre().y - (top + areaH / 2 - h / 2) / scale;
        return new Viewport(cx, cy, scale, w, h);
    }

    /**
     * A viewport showing {@code bounds} as large as it fits (zoomed in no further than {@code maxScale})
     * in the free part of a {@code w} × {@code h} screen: below {@code top}, inside {@code margin}, and
     * clear of {@code card} (screen pixels, e.g. a caption in a corner). Of the free rectangles beside
     * and above or below the card, the one that shows the bounds largest is used.
     */
    public static Viewport fitClearOf(Envelope bounds, double w, double h, Envelope card, double top,
                                      double margin, double maxScale) {
        List<Envelope> free = new ArrayList<>();
        Envelope screen = new Envelope(margin, w - margin, top + margin, h - margin);
        if (card == null || card.isNull() || !card.intersects(screen)) {
            free.add(screen);
        } else {
            addIfUsable(free, card.getMaxX() + margin, w - margin, top + margin, h - margin);
            addIfUsable(free, margin, card.getMinX() - margin, top + margin, h - margin);
            addIfUsable(free, margin, w - margin, top + margin, card.getMinY() - margin);
            addIfUsable(free, margin, w - margin, card.getMaxY() + margin, h - margin);
            if (free.isEmpty()) {
                free.add(screen);
            }
        }
        Envelope best = null;
        double bestScale = -1;
        for (Envelope area : free) {
            double s = Math.min(fitScale(bounds, area), maxScale);
            // Strictly larger: on a tie the first (beside the card) wins, so regions do not jump about.
            if (s > bestScale * 1.0001) {
                best = area;
                bestScale = s;
            }
        }
        double cx = bounds.centre().x - (best.centre().x - w / 2) / bestScale;
        double cy = bounds.centre().y - (best.centre().y - h / 2) / bestScale;
        return new Viewport(cx, cy, bestScale, w, h);
    }

    private static double fitScale(Envelope bounds, Envelope area) {
        double bw = Math.max(bounds.getWidth(), 1e-9);
        double bh = Math.max(bounds.getHeight(), 1e-9);
        return Math.min(area.getWidth() / bw, area.getHeight() / bh);
    }

    /** Adds the rectangle unless it is too small to show a map (JTS would swap inverted corners). */
    private static void addIfUsable(List<Envelope> free, double x1, double x2, double y1, double y2) {
        if (x2 - x1 > 40 && y2 - y1 > 40) {
            free.add(new Envelope(x1, x2, y1, y2));
        }
    }

    /** The region's extent in the plane on the scene's sector map; null envelope when it is not drawn. */
    public static Envelope regionBounds(MapScene scene, Region region) {
        SectorLayer layer = scene.layer();
        if (layer == null || layer.shape(region.id()) == null) {
            return new Envelope();
        }
        return new Envelope(layer.shape(region.id()).outline().bounds());
    }

    /**
     * What a caption's line under the name counts: the region's municipalities, or -1 for a national region, which
     * the texts word as "landelijk, zonder eigen gebied" rather than "geen gemeenten".
     */
    public static int territoryCount(Region region) {
        return region.scope() == Scope.NATIONAL && region.memberCodes().isEmpty() ? -1 : region.memberCodes().size();
    }

    /**
     * The region's caption card: its name, {@code municipalities} (e.g. "7 gemeenten") and its key figures,
     * numbers in the locale's format; an absent figure is said to be unknown, as the detail pane says it (absent
     * is not zero, and a figure left out would pass for one the card does not count).
     */
    public static Caption caption(Region region, Locale locale, Function<KeyFigure, String> label,
                                  String municipalities) {
        String unknown = Language.bundle("detail", locale).getString("detail.unknown");
        List<Caption.Figure> figures = new ArrayList<>();
        for (KeyFigure f : KeyFigure.values()) {
            figures.add(new Caption.Figure(NumberText.figure(region.keyFigures().get(f), locale, unknown),
                    label.apply(f)));
        }
        return new Caption(region.displayName(), municipalities, figures);
    }

    /**
     * The region's caption card as its slide, {@code render --region} and presenter mode show it on the map of
     * {@code scene}'s sector, in the language of {@code locale}: with a line per doubt the validator has about its
     * figures ({@code doubts}, the findings' texts), so the figures never travel as if beyond doubt, and the key to
     * the stripes when some of its municipalities lie in other regions of the sector too, drawn as the spotlight
     * draws them in the scene's style. A region made in the atlas says first that its figures were entered there:
     * the slide's credit names the publication.
     */
    public static Caption caption(Region region, MapScene scene, List<String> doubts, Locale locale) {
        SectorLayer layer = scene.layer();
        ResourceBundle texts = Language.bundle("export", locale);
        String municipalities = new MessageFormat(texts.getString("export.municipalities"), locale)
                .format(new Object[] {territoryCount(region)});
        MessageFormat doubt = new MessageFormat(texts.getString("export.caption.doubt"), locale);
        List<String> notes = new ArrayList<>();
        if (!FigureSource.hasCard(region)) {
            notes.add(texts.getString("export.caption.entered"));
        }
        doubts.forEach(d -> notes.add(doubt.format(new Object[] {d})));
        return caption(region, locale, f -> texts.getString("export.figure." + f.name()), municipalities)
                .withNotes(notes)
                .withKey(layer != null && region.memberCodes().stream().anyMatch(layer::isOverlap)
                        ? stripesKey(spotlit(scene, region), locale) : null);
    }
}
