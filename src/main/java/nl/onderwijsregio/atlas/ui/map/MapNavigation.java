package nl.onderwijsregio.atlas.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.function.DoubleSupplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.input.ScrollEvent;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.geo.WebMercator;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.RegionShape;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import org.locationtech.jts.geom.Envelope;

/**
 * Moves the map: zoom steps, panning, "whole country", and smooth flights to a region or a municipality
 * when someone sets a {@link FocusRequest}. Flights are the presenter's {@link Flight}s, so the map glides
 * instead of jumping; under reduced motion they are cuts.
 */
public final class MapNavigation {

    /**
     * Out to where a full HD screen still shows only the bundled neighbouring land (lon -12..24, lat 44..60)
     * around the country: farther out the basemap would end in straight lines, and there is nothing to see.
     */
    public static final double MIN_ZOOM = 6.5;
    public static final double MAX_ZOOM = 13;
    /** Closest zoom when flying to a small region. */
    static final double MAX_FOCUS_ZOOM = 11;
    /**
     * A municipality chosen in search fills about the middle third of the view: the question is which
     * regions it lies in, and that needs the neighbours around it.
     */
    static final double MUNICIPALITY_CONTEXT = 1.0;
    static final double MAX_MUNICIPALITY_ZOOM = 10.5;

    private final MapView mapView;
    private final AtlasMapLayer layer;
    private final AtlasState state;
    private DoubleSupplier leftInset = () -> 0;
    private Glide flight;
    private Viewport wheelTarget;

    public MapNavigation(MapView mapView, AtlasMapLayer layer, AtlasState state) {
        this.mapView = mapView;
        this.layer = layer;
        this.state = state;
        state.focusRequestProperty().addListener((obs, o, request) -> {
            if (request != null) {
                focus(request);
            }
        });
        // Gluon's own wheel zoom moves a tenth of a level per notch and ignores the atlas's limits.
        mapView.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                Point2D p = layer.canvas().sceneToLocal(e.getSceneX(), e.getSceneY());
                zoomAt(Math.max(-1, Math.min(1, e.getDeltaY() / WHEEL_DELTA_PER_LEVEL)), p.getX(), p.getY());
            }
            e.consume();
        });
    }

    /** A wheel notch (40 in JavaFX) zooms half a level; a touchpad's small deltas zoom smoothly. */
    private static final double WHEEL_DELTA_PER_LEVEL = 80;

    /** Zooms by {@code steps} levels around screen point (x, y) of the map, which stays where it is. */
    public void zoomAt(double steps, double x, double y) {
        Viewport v = layer.viewport();
        if (v == null) {
            zoomBy(steps);
            return;
        }
        // A fast wheel sends several notches before the map is laid out again: go on from the view asked for.
        if (wheelTarget != null && Math.abs(wheelTarget.zoom() - mapView.getZoom()) < 1e-9
                && Math.abs(wheelTarget.scale() - v.scale()) > 1e-9 * v.scale()) {
            v = wheelTarget;
        }
        stopFlight();
        double to = clamp(v.zoom() + steps);
        double scale = v.scale() * Math.pow(2, to - v.zoom());
        double centreX = v.planeX(x) - (x - v.width() / 2) / scale;
        double centreY = v.planeY(y) - (y - v.height() / 2) / scale;
        wheelTarget = new Viewport(centreX, centreY, scale, v.width(), v.height());
        show(to, centreX, centreY);
    }

    public void zoomBy(double steps) {
        stopFlight();
        MapPoint c = mapView.getCenter();
        show(clamp(mapView.getZoom() + steps), WebMercator.x(c.getLongitude()), WebMercator.y(c.getLatitude()));
    }

    /** Shows the map at {@code zoom} around plane point (x, y). */
    private void show(double zoom, double x, double y) {
        mapView.setZoom(zoom);
        mapView.setCenter(new MapPoint(WebMercator.lat(y), WebMercator.lon(x)));
        // Gluon's MapView lays out its layers when the centre moves, not when only the zoom changes: the
        // tiles would zoom and the regions stay behind at the old scale.
        layer.followMap();
    }

    /** Pans by a fraction of the view: (1, 0) moves the view one whole width east. */
    public void panBy(double fx, double fy) {
        Viewport v = layer.viewport();
        if (v == null) {
            return;
        }
        stopFlight();
        double x = v.centerX() + fx * v.width() / v.scale();
        double y = v.centerY() + fy * v.height() / v.scale();
        mapView.setCenter(new MapPoint(WebMercator.lat(y), WebMercator.lon(x)));
    }

    /** Shows the whole country. */
    public void home() {
        MapGeometry g = state.geometryProperty().get();
        if (g != null) {
            flyTo(g.bounds(), MAX_ZOOM);
        }
    }

    public void focus(FocusRequest request) {
        if (request.regionId() != null) {
            RegionShape shape = regionShape(request.regionId());
            if (shape != null) {
                flyTo(shape.outline().bounds(), MAX_FOCUS_ZOOM);
            }
        } else if (request.municipalityCode() != null && state.geometryProperty().get() != null) {
            ProjectedShape m = state.geometryProperty().get().municipality(request.municipalityCode());
            if (m != null) {
                Envelope around = new Envelope(m.bounds());
                around.expandBy(around.getWidth() * MUNICIPALITY_CONTEXT, around.getHeight() * MUNICIPALITY_CONTEXT);
                flyTo(around, MAX_MUNICIPALITY_ZOOM);
            }
        } else if (request.municipalityCode() == null) {
            home();
        }
    }

    /** The region's shape in the shown sector, or in any sector it serves. */
    private RegionShape regionShape(String id) {
        RegionMaps maps = state.regionMapsProperty().get();
        if (maps == null) {
            return null;
        }
        RegionShape shape = maps.layer(state.sectorProperty().get()).shape(id);
        for (Sector s : Sector.values()) {
            if (shape == null) {
                shape = maps.layer(s).shape(id);
            }
        }
        return shape;
    }

    /**
     * Pixels on the map's left that a panel (the legend) covers: places are fitted into the rest, so
     * the legend never hides Zeeland or the coast.
     */
    public void setLeftInset(DoubleSupplier leftInset) {
        this.leftInset = leftInset;
    }

    /** Shows the whole country at once, without a flight: for the first view after loading. */
    public void showWholeCountry() {
        MapGeometry g = state.geometryProperty().get();
        if (g != null) {
            flyTo(g.bounds(), MAX_ZOOM, true);
        }
    }

    /** Glides to show {@code planeBounds} whole, zoomed in no closer than {@code maxZoom}. */
    public void flyTo(Envelope planeBounds, double maxZoom) {
        flyTo(planeBounds, maxZoom, state.reducedMotionProperty().get());
    }

    private void flyTo(Envelope planeBounds, double maxZoom, boolean cut) {
        double w = mapView.getWidth() > 0 ? mapView.getWidth() : 1000;
        double h = mapView.getHeight() > 0 ? mapView.getHeight() : 700;
        double inset = Math.min(Math.max(leftInset.getAsDouble(), 0), w * 0.4);
        Viewport fit = Viewport.fit(planeBounds, w - inset, h, Math.min(w - inset, h) * 0.08);
        double toZoom = clamp(Math.min(fit.zoom(), maxZoom));
        Viewport target = fit.besidePanel(inset, Viewport.scaleAt(toZoom), w);
        double fromZoom = mapView.getZoom();
        MapPoint c = mapView.getCenter();
        double fromX = WebMercator.x(c.getLongitude());
        double fromY = WebMercator.y(c.getLatitude());
        stopFlight();
        if (cut) {
            show(toZoom, target.centerX(), target.centerY());
            return;
        }
        flight = new Glide(new Viewport(fromX, fromY, Viewport.scaleAt(fromZoom), w, h), target, toZoom);
        flight.start();
    }

    /** True while the map glides to a place. */
    public boolean isFlying() {
        return flight != null;
    }

    /**
     * A {@link Flight} shown frame by frame, timed from its second frame. A flight usually comes with a new
     * selection, and the frame that first shows it in the detail pane is a slow one (a whole pane styled and
     * laid out); a flight timed from before that frame would leap a third of its way at once.
     */
    private final class Glide extends AnimationTimer {
        private final Viewport from;
        private final Viewport to;
        /** The zoom asked for, landed on as given: a scale's logarithm can be a rounding off it. */
        private final double toZoom;
        private Flight path;
        private int frames;

        Glide(Viewport from, Viewport to, double toZoom) {
            this.from = from;
            this.to = to;
            this.toZoom = toZoom;
        }

        @Override
        public void handle(long now) {
            if (++frames < 2) {
                return;
            }
            if (path == null) {
                path = Flight.of(from, to, now);
            }
            if (path.finishedAt(now)) {
                stopFlight();
                show(toZoom, to.centerX(), to.centerY());
                return;
            }
            Viewport v = path.at(now);
            show(v.zoom(), v.centerX(), v.centerY());
        }
    }

    private void stopFlight() {
        if (flight != null) {
            flight.stop();
        }
        flight = null;
    }

    private static double clamp(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }
}
