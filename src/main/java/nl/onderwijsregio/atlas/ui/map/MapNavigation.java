package nl.onderwijsregio.atlas.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
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
    /**
     * Room the map keeps right of an open legend, however wide the legend is: narrower, a place fitted there would
     * be too small to see; the legend then folds by itself long before ({@link MapLegendRoom}).
     */
    private static final double LEAST_ROOM_PX = 160;
    /** The room grew so that a fitted place would show this many zoom levels closer: it is fitted anew. */
    private static final double ROOM_GROWN_LEVELS = 0.5;

    private DoubleSupplier leftInset = () -> 0;
    /** Where the found municipality's card stands in the map's pixels, or null while it is not shown. */
    private Supplier<Bounds> card = () -> null;
    private boolean cardCheckPending;
    private Glide flight;
    /** What the map was last fitted to and the view it landed on; no longer current once the view moved. */
    private Fit fitted;
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
                flyTo(around, MAX_MUNICIPALITY_ZOOM, state.reducedMotionProperty().get(), true);
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

    /**
     * Keeps a municipality flown to clear of its {@code card}, which comes with it: the flight is aimed anew once the
     * card has its place and size, as when the legend changes ({@link #keepClearOfTheLegend()}).
     */
    void keepClearOf(Region card) {
        this.card = () -> card.isVisible() && card.getWidth() > 0
                ? mapView.sceneToLocal(card.localToScene(card.getLayoutBounds())) : null;
        ChangeListener<Object> changed = (obs, o, n) -> {
            if (!cardCheckPending) {
                cardCheckPending = true;
                Platform.runLater(() -> {
                    cardCheckPending = false;
                    keepClearOfTheLegend();
                });
            }
        };
        card.visibleProperty().addListener(changed);
        card.boundsInParentProperty().addListener(changed);
    }

    /** Shows the whole country at once, without a flight: for the first view after loading. */
    public void showWholeCountry() {
        MapGeometry g = state.geometryProperty().get();
        if (g != null) {
            flyTo(g.bounds(), MAX_ZOOM, true, false);
        }
    }

    /** Glides to show {@code planeBounds} whole, zoomed in no closer than {@code maxZoom}. */
    public void flyTo(Envelope planeBounds, double maxZoom) {
        flyTo(planeBounds, maxZoom, state.reducedMotionProperty().get(), false);
    }

    /** As {@link #flyTo(Envelope, double)}; {@code clearOfCard}: the place is a municipality found, kept clear of its card. */
    private void flyTo(Envelope planeBounds, double maxZoom, boolean cut, boolean clearOfCard) {
        double w = width();
        double h = height();
        Fit target = fit(planeBounds, maxZoom, clearOfCard);
        double fromZoom = mapView.getZoom();
        MapPoint c = mapView.getCenter();
        double fromX = WebMercator.x(c.getLongitude());
        double fromY = WebMercator.y(c.getLatitude());
        stopFlight();
        fitted = target;
        if (cut) {
            show(target.zoom(), target.centreX(), target.centreY());
            return;
        }
        flight = new Glide(new Viewport(fromX, fromY, Viewport.scaleAt(fromZoom), w, h),
                new Viewport(target.centreX(), target.centreY(), Viewport.scaleAt(target.zoom()), w, h), target.zoom());
        flight.start();
    }

    /**
     * After the map or its legend changed size (the legend folded or opened, the window resized, another text size
     * or appearance): the view stays as it is as long as it shows what it showed. A place the map was fitted to and
     * not moved from since (the country, a region flown to) is fitted anew when it would reach under the legend or
     * past the map's edge (or under the card of a municipality found), or when the room grew enough to show it much
     * larger; a selected region that would lie under the legend is fitted beside it. A view the user moved to
     * otherwise stays.
     */
    public void keepClearOfTheLegend() {
        if (flight != null) {
            // a flight aimed with the legend as it was
            flyTo(fitted.bounds(), fitted.maxZoom(), state.reducedMotionProperty().get(), fitted.clearOfCard());
        } else if (stillAsFitted()) {
            Fit again = fit(fitted.bounds(), fitted.maxZoom(), fitted.clearOfCard());
            if (!inTheRoom(fitted) || again.zoom() - fitted.zoom() > ROOM_GROWN_LEVELS) {
                flyTo(fitted.bounds(), fitted.maxZoom(), true, fitted.clearOfCard());
            }
        } else {
            RegionShape selected = state.selectedRegionIdProperty().get() == null ? null
                    : regionShape(state.selectedRegionIdProperty().get());
            if (selected != null && underTheLegend(selected.outline().bounds())) {
                flyTo(selected.outline().bounds(), MAX_FOCUS_ZOOM, true, false);
            }
        }
    }

    /** A place fitted into the map's room right of the legend (and clear of the card), no closer than {@code maxZoom}. */
    private Fit fit(Envelope planeBounds, double maxZoom, boolean clearOfCard) {
        double w = width();
        double h = height();
        MapRoom room = room(w, h, planeBounds, clearOfCard);
        double zoom = clamp(Math.min(room.fitted(planeBounds).zoom(), maxZoom));
        Viewport target = room.centred(planeBounds, Viewport.scaleAt(zoom), w, h);
        return new Fit(planeBounds, maxZoom, clearOfCard, zoom, target.centerX(), target.centerY());
    }

    private MapRoom room(double w, double h, Envelope planeBounds, boolean clearOfCard) {
        return MapRoom.of(w, h, inset(w), clearOfCard ? card.get() : null, LEAST_ROOM_PX, planeBounds);
    }

    /** The open legend's real width, leaving the map no less than {@link #LEAST_ROOM_PX} beside it. */
    private double inset(double w) {
        return Math.max(0, Math.min(leftInset.getAsDouble(), w - LEAST_ROOM_PX));
    }

    /**
     * Whether the view is still where the last fit put it. Within a pixel: the map works its centre out anew as it
     * is resized, a hair off the one it was given.
     */
    private boolean stillAsFitted() {
        if (fitted == null || Math.abs(mapView.getZoom() - fitted.zoom()) > 1e-6) {
            return false;
        }
        Viewport v = shown();
        return Math.abs(v.centerX() - fitted.centreX()) * v.scale() < 1
                && Math.abs(v.centerY() - fitted.centreY()) * v.scale() < 1;
    }

    /** The map's view as it stands: Gluon's centre is the middle of the map. */
    private Viewport shown() {
        MapPoint c = mapView.getCenter();
        return new Viewport(WebMercator.x(c.getLongitude()), WebMercator.y(c.getLatitude()),
                Viewport.scaleAt(mapView.getZoom()), width(), height());
    }

    /** Whether the place {@code fit} lies wholly in the room it is fitted to (a pixel's rounding allowed). */
    private boolean inTheRoom(Fit fit) {
        Viewport v = shown();
        return room(v.width(), v.height(), fit.bounds(), fit.clearOfCard()).holds(v, fit.bounds());
    }

    /** Whether part of {@code planeBounds} shown on the map lies under the open legend. */
    private boolean underTheLegend(Envelope planeBounds) {
        Viewport v = shown();
        double inset = inset(v.width());
        return inset > 0 && v.x(planeBounds.getMinX()) < inset && v.x(planeBounds.getMaxX()) > 0
                && v.y(planeBounds.getMinY()) < v.height() && v.y(planeBounds.getMaxY()) > 0;
    }

    private double width() {
        return mapView.getWidth() > 0 ? mapView.getWidth() : 1000;
    }

    private double height() {
        return mapView.getHeight() > 0 ? mapView.getHeight() : 700;
    }

    /** A place fitted: its bounds and closest zoom, and the zoom and centre (in the plane) it was shown at. */
    private record Fit(Envelope bounds, double maxZoom, boolean clearOfCard, double zoom, double centreX, double centreY) {
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
