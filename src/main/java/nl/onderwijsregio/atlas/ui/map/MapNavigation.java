package nl.onderwijsregio.atlas.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
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
 * when someone sets a {@link FocusRequest}. Flights interpolate centre and zoom together in the plane,
 * so the map glides instead of jumping.
 */
public final class MapNavigation {

    public static final double MIN_ZOOM = 6;
    public static final double MAX_ZOOM = 13;
    /** Closest zoom when flying to a small municipality, so it keeps some surroundings. */
    static final double MAX_FOCUS_ZOOM = 11;

    private final MapView mapView;
    private final AtlasMapLayer layer;
    private final AtlasState state;
    private Timeline flight;

    public MapNavigation(MapView mapView, AtlasMapLayer layer, AtlasState state) {
        this.mapView = mapView;
        this.layer = layer;
        this.state = state;
        state.focusRequestProperty().addListener((obs, o, request) -> {
            if (request != null) {
                focus(request);
            }
        });
    }

    public void zoomBy(double steps) {
        stopFlight();
        mapView.setZoom(clamp(mapView.getZoom() + steps));
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
                flyTo(m.bounds(), MAX_FOCUS_ZOOM);
            }
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

    /** Glides to show {@code planeBounds} whole, zoomed in no closer than {@code maxZoom}. */
    public void flyTo(Envelope planeBounds, double maxZoom) {
        double w = mapView.getWidth() > 0 ? mapView.getWidth() : 1000;
        double h = mapView.getHeight() > 0 ? mapView.getHeight() : 700;
        Viewport target = Viewport.fit(planeBounds, w, h, Math.min(w, h) * 0.08);
        double toZoom = clamp(Math.min(target.zoom(), maxZoom));
        double fromZoom = mapView.getZoom();
        MapPoint c = mapView.getCenter();
        double fromX = WebMercator.x(c.getLongitude());
        double fromY = WebMercator.y(c.getLatitude());
        double toX = target.centerX();
        double toY = target.centerY();
        stopFlight();
        if (state.reducedMotionProperty().get()) {
            mapView.setZoom(toZoom);
            mapView.setCenter(new MapPoint(WebMercator.lat(toY), WebMercator.lon(toX)));
            return;
        }
        // a fresh property per flight: the finished flight's listener goes with its property
        DoubleProperty progress = new SimpleDoubleProperty(0);
        progress.addListener((obs, o, n) -> {
            double t = ease(n.doubleValue());
            mapView.setZoom(fromZoom + (toZoom - fromZoom) * t);
            mapView.setCenter(new MapPoint(WebMercator.lat(fromY + (toY - fromY) * t),
                    WebMercator.lon(fromX + (toX - fromX) * t)));
        });
        flight = new Timeline(new KeyFrame(Duration.millis(650), new KeyValue(progress, 1)));
        flight.play();
    }

    private void stopFlight() {
        if (flight != null && flight.getStatus() == Animation.Status.RUNNING) {
            flight.stop();
        }
        flight = null;
    }

    private static double ease(double t) {
        return t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
    }

    private static double clamp(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }
}
