package nl.onderwijsregio.atlas.core.export;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.render.RegionShape;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Room for a picture's legend beside its map, so that no region drawn is hidden under the legend while the
 * legend lists it (Zeeland under a whole-country legend on a slide).
 */
final class LegendRoom {

    private LegendRoom() {
    }

    /**
     * A {@code w} × {@code h} viewport showing {@code bounds} in the part right of a legend {@code reserved}
     * pixels wide (margins included), zoomed in no closer than {@code maxScale}.
     */
    static Viewport beside(Envelope bounds, double w, double h, double reserved, double maxScale) {
        Viewport fit = Viewport.fit(bounds, w - reserved, h, Math.min(w, h) * 0.04);
        return fit.besidePanel(reserved, Math.min(fit.scale(), maxScale), w);
    }

    /**
     * {@code picture} as it is with the legend of what it shows, unless that legend would lie over a drawn
     * region; then the regions it shows are fitted into the room beside the legend, as the whole-country
     * picture is laid out ({@link ExportPictures#sectorMap(nl.onderwijsregio.atlas.core.render.MapPainter,
     * nl.onderwijsregio.atlas.core.render.MapScene, int, int, double, boolean, Locale)}).
     *
     * <p>The screen fits the country beside its own legend panel, which is narrower than a picture's (a
     * picture's legend lists every line in larger type), so the screen's view exported unchanged put the
     * legend over Zeeland. Moving the map rather than the legend: on the whole country every corner holds some
     * coast (Texel, Groningen, Limburg), so another corner only hides another region. A view zoomed in so far
     * that regions fill the picture edge to edge gains nothing by moving; it keeps the screen's view, and the
     * legend its corner off the selected region ({@link MapPicture}).
     */
    static MapPicture clearOf(MapPicture picture, Locale locale) {
        Viewport shown = picture.viewport();
        MapPicture asShown = picture.withLegend(ExportPictures.legend(picture.scene(), shown.visible(), locale));
        Envelope drawn = drawnBounds(picture.scene().layer(), shown.visible());
        if (!liesOverARegion(asShown) || drawn.isNull()) {
            return asShown;
        }
        double reserved = MapPicture.legendSpace(asShown.legend(), shown.width(), shown.height(),
                picture.overlayScale());
        // never closer than the screen showed it: the picture keeps what the user chose to show, only smaller
        Viewport v = beside(drawn, shown.width(), shown.height(), reserved, shown.scale());
        MapPicture moved = picture.withViewport(v)
                .withLegend(ExportPictures.legend(picture.scene(), v.visible(), locale));
        return liesOverARegion(moved) ? asShown : moved;
    }

    /** Whether the legend, where the picture places it, overlaps the painted bounds of any region of the map. */
    static boolean liesOverARegion(MapPicture picture) {
        double[] box = picture.legendBox(ExportFonts::width);
        SectorLayer layer = picture.scene().layer();
        if (box[2] == 0 || layer == null) {
            return false;
        }
        Envelope legend = new Envelope(box[0], box[0] + box[2], box[1], box[1] + box[3]);
        for (Region r : layer.regions()) {
            Envelope painted = paintedBounds(layer.shape(r.id()), picture.viewport());
            if (painted != null && painted.intersects(legend)) {
                return true;
            }
        }
        return false;
    }

    /** The pixels the region's shape is drawn within on {@code viewport}; null for a region without territory. */
    static Envelope paintedBounds(RegionShape shape, Viewport viewport) {
        if (shape == null || shape.outline().isEmpty()) {
            return null;
        }
        Envelope b = shape.outline().bounds();
        return new Envelope(viewport.x(b.getMinX()), viewport.x(b.getMaxX()), viewport.y(b.getMinY()),
                viewport.y(b.getMaxY()));
    }

    /**
     * The part of {@code visible} that the layer's regions take: what the picture shows of the map; all they take
     * when {@code visible} is null.
     */
    static Envelope drawnBounds(SectorLayer layer, Envelope visible) {
        Envelope drawn = new Envelope();
        if (layer != null) {
            for (Region r : layer.regions()) {
                RegionShape shape = layer.shape(r.id());
                if (shape != null && !shape.outline().isEmpty()) {
                    Envelope bounds = shape.outline().bounds();
                    Envelope seen = visible == null ? bounds : bounds.intersection(visible);
                    if (!seen.isNull()) {
                        drawn.expandToInclude(seen);
                    }
                }
            }
        }
        return drawn;
    }
}
