package nl.onderwijsregio.atlas.ui;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import nl.onderwijsregio.atlas.ui.map.AtlasMapLayer;

/** The main window's content: the map in the middle and a status line below. */
public final class MainWindow extends BorderPane {

    /** Centre of the Netherlands and a zoom that shows the whole country at the default window size. */
    public static final double HOME_LAT = 52.2;
    public static final double HOME_LON = 5.3;
    public static final double HOME_ZOOM = 7.6;

    private final AtlasState state;
    private final MapView mapView = new MapView();
    private final AtlasMapLayer mapLayer = new AtlasMapLayer(mapView);
    private final Label status = new Label();

    public MainWindow(AtlasState state) {
        this.state = state;
        setId("main-window");
        mapView.setId("map-view");
        mapView.setZoom(HOME_ZOOM);
        mapView.setCenter(new MapPoint(HOME_LAT, HOME_LON));
        mapView.addLayer(mapLayer);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(mapView.widthProperty());
        clip.heightProperty().bind(mapView.heightProperty());
        mapView.setClip(clip);

        StackPane centre = new StackPane(mapView);
        centre.setMinSize(0, 0);
        setCenter(centre);

        status.setId("status");
        status.textProperty().bind(state.statusProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        setBottom(bar);

        state.geometryProperty().addListener((obs, old, geo) -> mapLayer.setGeometry(geo));
    }

    public MapView mapView() {
        return mapView;
    }

    public AtlasMapLayer mapLayer() {
        return mapLayer;
    }

    public AtlasState state() {
        return state;
    }
}
