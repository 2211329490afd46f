package nl.onderwijsregio.atlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.core.geo.WebMercator;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Our drawing on top of Gluon Maps: one canvas the size of the map view, painted by the
 * {@link MapPainter} when the map is resized or the scene changes. A pan or a zoom only moves and
 * scales the canvas, and the region layer is drawn anew once the map stands still, so dragging and
 * flights stay smooth in the software pipeline. The hovered municipality lives on a canvas of its own, so
 * hovering never redraws the regions. A canvas with projected coordinates is far lighter than one
 * JavaFX Path per municipality.
 */
public class AtlasMapLayer extends MapLayer {

    /** Style class of a panel laid over the map, such as the legend: region names keep clear of it. */
    public static final String PANEL = "map-panel";

    private final Region host;
    private final Canvas canvas = new Canvas();
    /** The hovered municipality only, above the rest: hovering repaints this alone. */
    private final Canvas hoverCanvas = new Canvas();
    private String pinned;
    private MapPainter painter;
    private MapScene scene = MapScene.basemapOnly(MapStyle.light());
    private Viewport viewport;
    private Runnable afterPaint = () -> { };
    /** The viewport the canvas was last painted for; during a pan the canvas is only moved. */
    private Viewport painted;
    /** How long the map must stand still after a pan before the region layer is drawn anew. */
    private final PauseTransition settle = new PauseTransition(Duration.millis(120));
    /** Panels over the map (legend, cards, buttons): no region name is put under them. */
    private MapPanels panels;
    /** Where the panels stood at the last paint, in this layer's pixels. */
    private List<Envelope> paintedCover = List.of();
    private boolean coverCheckQueued;

    public AtlasMapLayer(Region host) {
        this.host = host;
        settle.setOnFinished(e -> {
            if (viewport != null) {
                paint();
            }
        });
        canvas.setMouseTransparent(true);
        hoverCanvas.setMouseTransparent(true);
        getChildren().addAll(canvas, hoverCanvas);
    }

    public void setGeometry(MapGeometry geometry) {
        this.painter = geometry == null ? null : new MapPainter(geometry, MapStyle.light());
        markDirty();
    }

    /** What to draw; repaints at once (only the hover layer when only the hovered municipality changed). */
    public void setScene(MapScene newScene) {
        boolean onlyHover = newScene.withHovered(null).equals(scene.withHovered(null));
        this.scene = newScene;
        if (viewport != null) {
            if (onlyHover) {
                paintHover();
            } else {
                paint();
            }
        }
    }

    /** Draws the layer for the map's current zoom and centre, at the next layout pass. */
    public void followMap() {
        markDirty();
    }

    /**
     * The municipality chosen in search, outlined like a hovered one until another is chosen: hovering
     * elsewhere must not make the place the user looked for disappear.
     */
    public void setPinnedMunicipality(String code) {
        pinned = code;
        if (viewport != null) {
            paintHover();
        }
    }

    /**
     * Keeps region names clear of the children of {@code pane} marked {@link #PANEL}, and places the
     * names anew when one of them comes, goes, moves, grows, folds or hides.
     */
    public void keepNamesClearOfPanelsIn(Pane pane) {
        panels = new MapPanels(pane, this::queueCoverCheck);
        queueCoverCheck();
    }

    /** One check after the layout pass in which the panels moved, however many of their bounds changed. */
    private void queueCoverCheck() {
        if (coverCheckQueued) {
            return;
        }
        coverCheckQueued = true;
        Platform.runLater(() -> {
            coverCheckQueued = false;
            if (viewport != null && painter != null && !cover().equals(paintedCover)) {
                paint();
            }
        });
    }

    /** Where the panels stood, in this layer's pixels, when the names were last placed: for tests. */
    List<Envelope> paintedCover() {
        return paintedCover;
    }

    private List<Envelope> cover() {
        return panels == null ? List.of() : panels.cover(this);
    }

    /** The canvas of the hovered (and chosen) municipality's outline, above the regions. */
    Canvas hoverCanvas() {
        return hoverCanvas;
    }

    public MapScene scene() {
        return scene;
    }

    /** Called after every paint, e.g. to tell a waiting smoke test the map is drawn. */
    public void setAfterPaint(Runnable afterPaint) {
        this.afterPaint = afterPaint;
    }

    /** Number of municipality shapes the layer draws. */
    public int municipalityShapeCount() {
        return painter == null ? 0 : painter.geometry().municipalities().size();
    }

    public Viewport viewport() {
        return viewport;
    }

    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutLayer() {
        double w = host.getWidth();
        double h = host.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
        hoverCanvas.setWidth(w);
        hoverCanvas.setHeight(h);
        viewport = currentViewport(w, h);
        if (viewport == null) {
            return;
        }
        // Moving the picture uncovers its edges for a moment: unnoticed over the light tiles, but not
        // where the canvas paints its own (dark) basemap over them; there every frame is drawn anew.
        if (painter != null && painted != null && sameSize(painted, viewport) && !scene.basemap()) {
            // A pan or a zoom: move and scale the picture already drawn (about the canvas's centre), and
            // draw it anew once the map stands still.
            double k = viewport.scale() / painted.scale();
            canvas.setScaleX(k);
            canvas.setScaleY(k);
            canvas.setTranslateX((painted.centerX() - viewport.centerX()) * viewport.scale());
            canvas.setTranslateY((painted.centerY() - viewport.centerY()) * viewport.scale());
            if (canvas.getTranslateX() != 0 || canvas.getTranslateY() != 0 || k != 1) {
                paintHover();
                settle.playFromStart();
            }
            return;
        }
        paint();
    }

    private static boolean sameSize(Viewport a, Viewport b) {
        return a.width() == b.width() && a.height() == b.height();
    }

    /** The viewport Gluon Maps shows now, derived from two of its map points (the projection is linear). */
    private Viewport currentViewport(double w, double h) {
        Point2D a = getMapPoint(52.0, 4.0);
        Point2D b = getMapPoint(53.0, 6.0);
        if (a == null || b == null) {
            return null;
        }
        double ax = WebMercator.x(4.0);
        double ay = WebMercator.y(52.0);
        double bx = WebMercator.x(6.0);
        double scale = (b.getX() - a.getX()) / (bx - ax);
        double centerX = ax + (w / 2 - a.getX()) / scale;
        double centerY = ay + (h / 2 - a.getY()) / scale;
        return new Viewport(centerX, centerY, scale, w, h);
    }

    void paint() {
        settle.stop();
        canvas.setScaleX(1);
        canvas.setScaleY(1);
        canvas.setTranslateX(0);
        canvas.setTranslateY(0);
        painted = painter == null ? null : viewport;
        CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D());
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (painter == null) {
            return;
        }
        paintedCover = cover();
        painter.paint(surface, viewport, scene.withHovered(null), paintedCover);
        paintHover();
        afterPaint.run();
    }

    private void paintHover() {
        var gc = hoverCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, hoverCanvas.getWidth(), hoverCanvas.getHeight());
        if (painter != null && viewport != null) {
            CanvasSurface surface = new CanvasSurface(gc);
            if (pinned != null && !pinned.equals(scene.hoveredMunicipalityCode())) {
                painter.paintHover(surface, viewport, scene.withHovered(pinned));
            }
            painter.paintHover(surface, viewport, scene);
        }
    }
}
