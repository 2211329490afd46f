package nl.onderwijsregio.atlas.ui.detail;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.map.CanvasSurface;

/**
 * A small map of the whole country with the region filled in, so a reader sees at once where it lies.
 * Drawn by the one {@link MapPainter} with a {@link MapScene} like the main map's; before the map's
 * region layers exist, the region's municipalities are filled in one colour over the painter's basemap.
 */
public final class LocatorMap extends Pane {

    static final Rgb REGION_FILL = Rgb.hex("#1f5f8b");
    static final Rgb HOVER_FILL = Rgb.hex("#e07b39");

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<MapGeometry> geometry = new SimpleObjectProperty<>(this, "geometry");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(this, "region");
    private final StringProperty hovered = new SimpleStringProperty(this, "hovered");
    private final ObjectProperty<RegionMaps> regionMaps = new SimpleObjectProperty<>(this, "regionMaps");
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>(this, "sector", Sector.PO);
    private final javafx.beans.property.BooleanProperty dark =
            new javafx.beans.property.SimpleBooleanProperty(this, "dark", false);
    private MapPainter painter;
    private int paintCount;

    public LocatorMap(double width, double height) {
        getStyleClass().add("locator-map");
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        canvas.setWidth(width);
        canvas.setHeight(height);
        getChildren().add(canvas);
        geometry.addListener((obs, o, g) -> newPainter());
        dark.addListener((obs, o, d) -> newPainter());
        region.addListener((obs, o, r) -> paint());
        hovered.addListener((obs, o, h) -> paint());
        regionMaps.addListener((obs, o, h) -> paint());
        sector.addListener((obs, o, h) -> paint());
    }

    /** Dark appearance: the locator paints the dark map style, like the main map. */
    public javafx.beans.property.BooleanProperty darkProperty() {
        return dark;
    }

    private void newPainter() {
        painter = geometry.get() == null ? null : new MapPainter(geometry.get(), style());
        paint();
    }

    private MapStyle style() {
        return dark.get() ? MapStyle.dark() : MapStyle.light();
    }

    /** The map's region layers; until they exist the region is filled in one colour. */
    public ObjectProperty<RegionMaps> regionMapsProperty() {
        return regionMaps;
    }

    /** The sector the main map shows; the locator shows it too when the region serves it. */
    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public ObjectProperty<MapGeometry> geometryProperty() {
        return geometry;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    /** A member municipality to mark in a second colour (the row under the pointer), or null. */
    public StringProperty hoveredProperty() {
        return hovered;
    }

    /** How often the map was painted with a geometry; lets tests see that it draws. */
    public int paintCount() {
        return paintCount;
    }

    private void paint() {
        var gc = canvas.getGraphicsContext2D();
        if (painter == null) {
            gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        CanvasSurface s = new CanvasSurface(gc);
        Viewport v = Viewport.fit(painter.geometry().bounds(), canvas.getWidth(), canvas.getHeight(), 6);
        Region r = region.get();
        RegionMaps maps = regionMaps.get();
        if (r != null && maps != null && !r.sectors().isEmpty()) {
            // The main map's picture in miniature: same colours, the region selected and the rest dimmed.
            Sector shown = r.serves(sector.get()) ? sector.get() : r.sectorsInOrder().get(0);
            MapScene scene = MapScene.of(maps, shown).withSelected(r.id()).withSpotlight(true).withLabels(false)
                    .withHovered(hovered.get()).withPixelScale(0.5).withStyle(style());
            painter.paint(s, v, scene);
            paintCount++;
            return;
        }
        painter.paintBasemap(s, v);
        if (r != null) {
            var visible = v.visible();
            for (String code : r.memberCodes()) {
                ProjectedShape shape = painter.geometry().municipality(code);
                if (MapPainter.trace(s, v, shape, visible)) {
                    s.fillPath(code.equals(hovered.get()) ? HOVER_FILL : REGION_FILL, 0.85);
                }
            }
        }
        painter.paintProvinceBorders(s, v);
        paintCount++;
    }
}
