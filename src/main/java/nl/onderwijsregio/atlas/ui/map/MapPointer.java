package nl.onderwijsregio.atlas.ui.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import nl.onderwijsregio.atlas.core.render.RegionPalette;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MapEditHandler;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * What the pointer does on the map. Hover: the municipality under it is highlighted and described in
 * a tooltip. Click: selects the region there, or offers a small list when several regions cover the
 * spot. In edit mode, once the editor has a region to edit, clicks and shift-drag strokes go to its
 * {@link MapEditHandler} instead, and a shift-drag does not pan the map; until then a click chooses the region.
 */
final class MapPointer {

    private final Region mapView;
    private final AtlasMapLayer layer;
    private final MapViewModel model;
    private final MapTooltip tooltip;
    private final ContextMenu chooser = new ContextMenu();
    private final Set<String> stroke = new LinkedHashSet<>();
    private boolean stroking;

    MapPointer(Region mapView, AtlasMapLayer layer, MapViewModel model, MapTooltip tooltip) {
        this.mapView = mapView;
        this.layer = layer;
        this.model = model;
        this.tooltip = tooltip;
        chooser.setId("region-chooser");
        // The list names the regions of one sector's map: left open, it would offer another map's regions.
        model.state().sectorProperty().addListener((obs, o, n) -> chooser.hide());
        model.state().atlasProperty().addListener((obs, o, n) -> chooser.hide());
        model.state().editModeProperty().addListener((obs, o, n) -> chooser.hide());
        mapView.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, e -> clearHover());
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        mapView.addEventFilter(MouseEvent.MOUSE_PRESSED, this::strokeStart);
        mapView.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::strokeMove);
        mapView.addEventFilter(MouseEvent.MOUSE_RELEASED, this::strokeEnd);
    }

    /** The municipality under a mouse event, or null. */
    String municipalityAt(MouseEvent e) {
        Viewport v = layer.viewport();
        if (v == null) {
            return null;
        }
        Point2D p = layer.canvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        return model.municipalityAt(v.planeX(p.getX()), v.planeY(p.getY()));
    }

    private void hover(MouseEvent e) {
        String code = municipalityAt(e);
        if (code == null) {
            clearHover();
            return;
        }
        showHover(code, e);
    }

    private void showHover(String code, MouseEvent e) {
        model.state().hoveredMunicipalityCodeProperty().set(code);
        Point2D local = mapView.sceneToLocal(e.getSceneX(), e.getSceneY());
        tooltip.show(code, local.getX(), local.getY());
    }

    private void clearHover() {
        model.state().hoveredMunicipalityCodeProperty().set(null);
        tooltip.hide();
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || stroking) {
            return;
        }
        mapView.requestFocus();
        String code = municipalityAt(e);
        AtlasState state = model.state();
        MapEditHandler handler = armedEditor();
        if (handler != null) {
            if (code != null) {
                handler.stroke(List.of(code));
            }
            return;
        }
        SectorLayer sectorLayer = model.layer();
        List<String> covering = code == null || sectorLayer == null ? List.of() : sectorLayer.covering(code);
        if (covering.isEmpty()) {
            state.selectedRegionIdProperty().set(null);
        } else if (covering.size() == 1) {
            state.selectedRegionIdProperty().set(covering.get(0));
        } else {
            offerChoice(code, covering, sectorLayer, e.getScreenX(), e.getScreenY());
        }
    }

    /** The small list for a spot covered by several regions, headed by the place the user clicked. */
    private void offerChoice(String code, List<String> regionIds, SectorLayer sectorLayer, double screenX, double screenY) {
        chooser.getItems().clear();
        var atlas = model.state().atlas();
        String place = atlas == null ? code : atlas.municipality(code).map(m -> m.name()).orElse(code);
        MenuItem title = new MenuItem(Messages.t("map.chooser.title", place, regionIds.size(), sectorLayer.sector().name()));
        title.setDisable(true);
        title.getStyleClass().add("chooser-title");
        chooser.getItems().add(title);
        for (String id : regionIds) {
            String name = atlas == null ? id : atlas.region(id).map(r -> r.displayName()).orElse(id);
            MenuItem item = new MenuItem(name, swatch(sectorLayer, id));
            item.setId("choose-" + id);
            item.setOnAction(a -> model.state().selectedRegionIdProperty().set(id));
            chooser.getItems().add(item);
        }
        chooser.show(mapView, screenX, screenY);
    }

    static Rectangle swatch(SectorLayer sectorLayer, String regionId) {
        Rectangle r = new Rectangle(14, 14);
        var c = sectorLayer.colour(regionId);
        r.setFill(CanvasSurface.fx(c, 1));
        r.setStroke(CanvasSurface.fx(RegionPalette.outline(c), 1));
        r.getStyleClass().add("swatch");
        return r;
    }

    ContextMenu chooser() {
        return chooser;
    }

    private boolean editing(MouseEvent e) {
        return e.isShiftDown() && e.getButton() == MouseButton.PRIMARY && armedEditor() != null;
    }

    /**
     * The editor that clicks go to, or null while they choose a region: when browsing, and in edit mode
     * until the editor has a region to edit.
     */
    private MapEditHandler armedEditor() {
        MapEditHandler handler = model.state().mapEditHandlerProperty().get();
        return model.state().editModeProperty().get() && handler != null && handler.armed() ? handler : null;
    }

    private void strokeStart(MouseEvent e) {
        stroking = false;
        if (!editing(e)) {
            return;
        }
        stroking = true;
        stroke.clear();
        addToStroke(e);
        e.consume();
    }

    private void strokeMove(MouseEvent e) {
        if (stroking) {
            addToStroke(e);
            e.consume();
        } else {
            // The map pans under the pointer: a card left standing would name what was there before.
            clearHover();
        }
    }

    private void strokeEnd(MouseEvent e) {
        if (!stroking) {
            return;
        }
        e.consume();
        MapEditHandler handler = model.state().mapEditHandlerProperty().get();
        if (handler != null && !stroke.isEmpty()) {
            handler.stroke(new ArrayList<>(stroke));
        }
        stroke.clear();
    }

    private void addToStroke(MouseEvent e) {
        String code = municipalityAt(e);
        if (code != null) {
            stroke.add(code);
            // The card goes along with the stroke, so it names (and warns about) what is being painted.
            showHover(code, e);
        }
    }
}
