package nl.onderwijsregio.atlas.ui;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.map.AtlasMapLayer;

/**
 * The main window's frame: menu bar and tool bar on top, the map in the middle with optional
 * panes left and right, a status line below. Features install themselves into these slots
 * (see {@link AtlasApp}); the window itself knows none of them.
 */
public final class MainWindow extends BorderPane {

    /** Centre of the Netherlands and a zoom that shows the whole country at the default window size. */
    public static final double HOME_LAT = 52.2;
    public static final double HOME_LON = 5.3;
    public static final double HOME_ZOOM = 7.6;

    private final AtlasState state;
    private final MapView mapView = new MapView();
    private final AtlasMapLayer mapLayer = new AtlasMapLayer(mapView);
    private final StackPane mapPane;
    private final BorderPane body = new BorderPane();
    private final StackPane centreSlot = new StackPane();
    private final StackPane rightSlot = new StackPane();
    /** The centre and the side pane, with a divider between them that the user can drag. */
    private final SplitPane sides = new SplitPane(centreSlot);
    private boolean sideDragged;
    /** Whether the side pane's width is to be set anew at the next layout, when the styles are applied. */
    private boolean sideToPlace;
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private final HBox menuRow = new HBox();
    private final StatusBar statusBar;
    private final Label status = new Label();

    public MainWindow(AtlasState state) {
        this.state = state;
        setId("main-window");
        mapView.setId("map-view");
        // Gluon lays its tiles edge to edge at fractional positions, so a hairline between two may let the
        // background through: make that the sea the offline tiles are drawn in (always the light style), not
        // the window's background, which is black in high contrast.
        mapView.setBackground(new Background(new BackgroundFill(Color.web(MapStyle.light().sea().hex()), null, null)));
        mapView.setZoom(HOME_ZOOM);
        mapView.setCenter(new MapPoint(HOME_LAT, HOME_LON));
        mapView.addLayer(mapLayer);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(mapView.widthProperty());
        clip.heightProperty().bind(mapView.heightProperty());
        mapView.setClip(clip);

        mapPane = new StackPane(mapView);
        mapPane.setId("map-pane");
        centreSlot.getChildren().add(mapPane);
        centreSlot.setId("body-centre");
        rightSlot.setId("body-right");
        sides.setId("body-sides");
        // A window made wider or narrower gives or takes the map's room; the side pane keeps what it was given.
        SplitPane.setResizableWithParent(rightSlot, false);
        // Until the user drags the divider, the side pane's width follows the window's: the window may first be laid
        // out at another size than the one it is shown at.
        sides.widthProperty().addListener((obs, old, width) -> sideToPlace = true);
        sides.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> sideDragged |= onDivider(e.getPickResult().getIntersectedNode()));
        body.setCenter(sides);
        setCenter(body);

        menuBar.setId("menu-bar");
        toolBar.setId("tool-bar");
        // The menus leave most of their row empty: the search field stands at its right end, where
        // people look for it, and the tool bar keeps its room for the switches.
        HBox.setHgrow(menuBar, Priority.ALWAYS);
        menuRow.getChildren().add(menuBar);
        menuRow.getStyleClass().add("menu-row");
        menuRow.setAlignment(Pos.CENTER_RIGHT);
        setTop(new VBox(menuRow, toolBar));
        handFocusBackAfterClick(toolBar);
        toolBar.getItems().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(MainWindow::neverCutShort);
                change.getAddedSubList().forEach(MainWindow::closeOverflowOnChoice);
            }
        });
        // The appearance and the text size are stylesheets on this window (SettingsFeature).
        getStylesheets().addListener((InvalidationListener) sheets -> {
            sortToolBarAgain();
            sideToPlace = true;
            requestLayout();
        });

        status.setId("status");
        status.textProperty().bind(state.statusProperty());
        Label credit = new Label(Messages.t("app.credit"));
        credit.getStyleClass().add("credit");
        credit.setId("credit");
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(() -> statusTip(state.statusProperty().get(),
                        state.regionFileProperty().get(), state.municipalityFileProperty().get()),
                state.statusProperty(), state.regionFileProperty(), state.municipalityFileProperty()));
        // no empty tooltip box over a blank status line
        status.tooltipProperty().bind(Bindings.when(whole.textProperty().isEmpty())
                .then((Tooltip) null).otherwise(whole));
        statusBar = new StatusBar(status, credit);
        setBottom(statusBar);

        state.geometryProperty().addListener((obs, old, geo) -> mapLayer.setGeometry(geo));
    }

    /**
     * A switch in the tool bar keeps its whole text ("PO", not "…"): what does not fit goes to the bar's overflow
     * (») instead, which the bar decides by the switches' preferred widths. Switches grouped in a box (PO | VO | MBO)
     * keep theirs whole inside it too.
     */
    private static void neverCutShort(Node item) {
        if (item instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (item instanceof Pane group) {
            group.getChildren().forEach(MainWindow::neverCutShort);
        }
    }

    /**
     * A switch chosen in the tool bar's overflow (») closes it, as a menu item closes its menu. JavaFX leaves the
     * overflow open after a toggle button or a group of them (it does close it for a plain button): at Extra groot,
     * where the view switch moves there, "Tabel" showed the table with the menu still open over it, till Esc.
     */
    private static void closeOverflowOnChoice(Node item) {
        if (item.getProperties().putIfAbsent(ContextMenu.class, Boolean.TRUE) != null) {
            return;
        }
        item.addEventHandler(ActionEvent.ACTION, e -> {
            if (item.getScene() != null && item.getScene().getWindow() instanceof ContextMenu overflow) {
                overflow.hide();
            }
        });
    }

    /**
     * The tool bar decides what goes to its overflow only when its items or its own width change, not when they
     * grow: after a switch to high contrast or a larger text size, the switches were squeezed into the room they
     * had at the old size, every one cut to "…". Handing it its items again makes it decide anew, at the new size.
     */
    private void sortToolBarAgain() {
        List<Node> items = List.copyOf(toolBar.getItems());
        toolBar.getItems().setAll(items);
    }

    /**
     * The status line's tooltip: the status whole, which a narrow window cuts short, and the two files the atlas
     * shows, in full. The boundaries are chosen apart from the regions file and stay when another regions file is
     * opened, so which ones are shown is not evident otherwise.
     */
    static String statusTip(String status, Path regions, Path municipalities) {
        List<String> lines = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            lines.add(status);
        }
        if (regions != null) {
            lines.add(Messages.t("app.files.regions", regions.toAbsolutePath().normalize()));
        }
        if (municipalities != null) {
            lines.add(Messages.t("app.files.municipalities", municipalities.toAbsolutePath().normalize()));
        }
        return String.join("\n", lines);
    }

    /**
     * The buttons in {@code area} are Tab stops, so the keyboard reaches everything the mouse does; but a click must
     * not leave the focus on one, or the arrow keys would step between buttons instead of panning the map. After a
     * click the focus goes back where it was (or to the window, when that has gone, as the table does on "Map").
     */
    public static void handFocusBackAfterClick(Node area) {
        Node[] before = new Node[1];
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> before[0] = area.getScene() == null ? null
                : area.getScene().getFocusOwner());
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(() -> {
            Scene scene = area.getScene();
            Node clicked = before[0];
            before[0] = null;
            if (scene == null || !(scene.getFocusOwner() instanceof ButtonBase button) || button == clicked
                    || !isInside(button, area)) {
                return;
            }
            if (clicked != null && clicked.getScene() == scene && !clicked.isDisabled()) {
                clicked.requestFocus();
            } else {
                scene.getRoot().requestFocus();
            }
        }));
    }

    private static boolean isInside(Node node, Node area) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds one feature's {@code items} to {@code menu}, set off by a separator from what other features put there
     * before: the features install in any order, and a menu of several reads as its groups.
     */
    public static void addSection(Menu menu, List<? extends MenuItem> items) {
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(items);
    }

    /**
     * The window's own menu with this id (File, Edit, View, Settings, Help), created on first use. The window
     * names these itself, not the feature that happens to install first: each name carries its Alt key
     * ("_Bestand"), and only the one list of them in the app bundle can keep those keys apart. Features
     * install in any order, so the bar is kept in the order users expect: File, Edit, View, then the rest,
     * and Settings and Help last.
     */
    public Menu menu(String id) {
        for (Menu m : menuBar.getMenus()) {
            if (id.equals(m.getId())) {
                return m;
            }
        }
        Menu m = new Menu(Messages.t("app.menu." + bare(id)));
        m.setId(id);
        int at = 0;
        while (at < menuBar.getMenus().size() && menuRank(menuBar.getMenus().get(at).getId()) <= menuRank(id)) {
            at++;
        }
        menuBar.getMenus().add(at, m);
        return m;
    }

    private static String bare(String id) {
        return id.startsWith("menu-") ? id.substring("menu-".length()) : id;
    }

    private static int menuRank(String id) {
        int rank = MENU_ORDER.indexOf(bare(id));
        return rank >= 0 ? rank : MENU_ORDER.indexOf("*");
    }

    private static final List<String> MENU_ORDER =
            List.of("file", "edit", "view", "*", "settings", "help");

    /** Places {@code node} at the right end of the menu bar's row (the search field). */
    public void setMenuRowEnd(Node node) {
        menuRow.getChildren().setAll(menuBar, node);
    }

    public ToolBar toolBar() {
        return toolBar;
    }

    /** Layers above the map (legend, overlays) go here. */
    public StackPane mapPane() {
        return mapPane;
    }

    /**
     * What stands in the middle: the map pane by default, or e.g. a split with the table. The side divider is placed
     * anew for it (unless dragged): beside map and table the centre needs more, and back at the map alone the side
     * pane stayed as narrow as it had been squeezed.
     */
    public void setBodyCentre(Node node) {
        if (node == null) {
            centreSlot.getChildren().clear();
        } else {
            centreSlot.getChildren().setAll(node);
        }
        sideToPlace = true;
        requestLayout();
    }

    /** A bar across the top of the body, above the map and the side panes: e.g. the editor's mode bar. */
    public void setBodyTop(Node node) {
        body.setTop(node);
    }

    /**
     * Shows {@code node} right of the centre, beside a divider the user can drag, or no side pane for null. It
     * starts at the width it asks for, but at most {@link #SIDE_SHARE} of the window: at a large text size the
     * detail pane asks for more than the map and the table can spare.
     */
    public void setRightPane(Node node) {
        if (node == null) {
            rightSlot.getChildren().clear();
            sides.getItems().remove(rightSlot);
            return;
        }
        rightSlot.getChildren().setAll(node);
        if (!sides.getItems().contains(rightSlot)) {
            sides.getItems().add(rightSlot);
        }
        sideToPlace = true;
        requestLayout();
    }

    /** The side pane right of the centre, or null when there is none. */
    public Node rightPane() {
        return rightSlot.getChildren().isEmpty() ? null : rightSlot.getChildren().get(0);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (sideToPlace && sides.getWidth() > 0) {
            sideToPlace = false;
            if (!sideDragged) {
                placeSideDivider();
            }
        }
    }

    private void placeSideDivider() {
        double total = sides.getWidth();
        if (!sides.getItems().contains(rightSlot)) {
            return;
        }
        double side = sideWidth(total, rightSlot.prefWidth(-1), rightSlot.minWidth(-1));
        sides.setDividerPositions(1 - side / total);
    }

    /** Whether {@code picked} is the divider beside the side pane (not one of a split inside the centre). */
    private boolean onDivider(Node picked) {
        for (Node n = picked; n != null && n != sides; n = n.getParent()) {
            if (n.getParent() == sides && n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /**
     * How wide the side pane starts in a centre-and-side {@code total} wide: the width it asks for, up to
     * {@link #SIDE_SHARE} of the total, and never under its own minimum (which grows with the text size).
     */
    static double sideWidth(double total, double preferred, double least) {
        return Math.max(least, Math.min(preferred, total * SIDE_SHARE));
    }

    /** The largest share of the window the side pane takes of itself; dragged, it may take more. */
    static final double SIDE_SHARE = 0.4;

    public HBox statusBar() {
        return statusBar;
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
