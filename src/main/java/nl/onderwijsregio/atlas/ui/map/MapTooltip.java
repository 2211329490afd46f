package nl.onderwijsregio.atlas.ui.map;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import nl.onderwijsregio.atlas.ui.MapEditHandler;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The hover card beside the pointer: the municipality, its province and every region of the shown
 * sector that covers it (or that none does), and in edit mode what a click would do, with the editor's warning. A plain node over
 * the map rather than a JavaFX {@code Tooltip}, so it follows the pointer at once.
 */
final class MapTooltip extends VBox {

    private final MapViewModel model;
    private final Region host;
    private final Label title = new Label();
    private final Label province = new Label();
    private final Label regions = new Label();
    /** What a click would do here in edit mode (see {@link MapEditHandler#hoverAction}). */
    private final Label action = new Label();
    /** The edit tool's warning about that click (see {@link MapEditHandler#hoverNote}). */
    private final Label note = new Label();
    private String shownCode;
    /** The layer the shown text was made from: after an edit or a sector switch it is another one. */
    private SectorLayer shownLayer;
    private double pointerX;
    private double pointerY;

    MapTooltip(MapViewModel model, Region host) {
        this.model = model;
        this.host = host;
        setId("map-tooltip");
        getStyleClass().add("map-tooltip");
        title.getStyleClass().add("title");
        province.getStyleClass().add("province");
        regions.getStyleClass().add("regions");
        regions.setWrapText(true);
        regions.setMaxWidth(280);
        action.getStyleClass().add("action");
        action.setWrapText(true);
        action.setMaxWidth(280);
        action.managedProperty().bind(action.visibleProperty());
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.setMaxWidth(280);
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(title, province, regions, action, note);
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
        // an edit under a still pointer changes who covers the municipality: say so without waiting for a move
        model.state().regionMapsProperty().addListener((obs, o, maps) -> refresh());
        model.state().sectorProperty().addListener((obs, o, sector) -> refresh());
        // the note depends on the region being edited
        model.state().selectedRegionIdProperty().addListener((obs, o, id) -> refresh());
        model.state().mapEditHandlerProperty().addListener((obs, o, handler) -> refresh());
        model.labourMarketsProperty().addListener((obs, o, on) -> refresh());
    }

    /** Says anew what the card says about the municipality under a pointer that has not moved. */
    private void refresh() {
        if (isVisible() && shownCode != null && model.state().atlas() != null) {
            fill(shownCode);
            place(pointerX, pointerY);
        }
    }

    void show(String code, double x, double y) {
        pointerX = x;
        pointerY = y;
        if (model.state().atlas() == null) {
            hide();
            return;
        }
        if (!code.equals(shownCode) || model.layer() != shownLayer) {
            fill(code);
        }
        setVisible(true);
        place(x, y);
    }

    private void fill(String code) {
        shownCode = code;
        shownLayer = model.layer();
        Municipality m = model.state().atlas().municipality(code).orElse(null);
        title.setText(m == null ? code : m.name());
        province.setText(m == null ? "" : m.province() + labourMarketLine(m));
        regions.setText(describe(code));
        MapEditHandler editor = model.state().mapEditHandlerProperty().get();
        action.setText(editor == null ? "" : editor.hoverAction(code).orElse(""));
        action.setVisible(!action.getText().isEmpty());
        note.setText(editor == null ? "" : editor.hoverNote(code).orElse(""));
        note.setVisible(!note.getText().isEmpty());
    }

    /** With the labour-market borders drawn, the card names the one the pointer is in. */
    private String labourMarketLine(Municipality m) {
        if (!model.labourMarketsProperty().get() || m.labourMarket() == null) {
            return "";
        }
        return "\n" + Messages.t("map.tooltip.labourMarket", m.labourMarket().name());
    }

    /** Beside the pointer, on whichever side keeps the card inside the map. */
    private void place(double x, double y) {
        autosize();
        double w = prefWidth(-1);
        double h = prefHeight(w);
        double left = x + 16 + w > host.getWidth() ? x - 12 - w : x + 16;
        double top = y + 18 + h > host.getHeight() ? y - 10 - h : y + 18;
        resizeRelocate(Math.max(0, left), Math.max(0, top), w, h);
    }

    void hide() {
        setVisible(false);
        shownCode = null;
        shownLayer = null;
    }

    private String describe(String code) {
        SectorLayer layer = model.layer();
        if (layer == null) {
            return "";
        }
        String sector = layer.sector().name();
        List<String> covering = layer.covering(code);
        if (covering.isEmpty()) {
            return Messages.t("map.tooltip.gap", sector);
        }
        Atlas atlas = model.state().atlas();
        StringBuilder sb = new StringBuilder(Messages.t(covering.size() == 1 ? "map.tooltip.region"
                : "map.tooltip.regions", sector, covering.size()));
        for (String id : covering) {
            sb.append('\n').append(Messages.t("map.regionListed", atlas.region(id).map(r -> r.displayName()).orElse(id)));
        }
        return sb.toString();
    }
}
