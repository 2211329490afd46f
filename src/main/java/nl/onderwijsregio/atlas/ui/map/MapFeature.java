package nl.onderwijsregio.atlas.ui.map;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.search.MunicipalityCard;
import nl.onderwijsregio.atlas.ui.search.SearchBox;
import nl.onderwijsregio.atlas.ui.search.SearchViewModel;

/**
 * Installs the map's controls into the main window: sector switcher, overlap view, labels and
 * labour-market switches and search in the tool bar; legend, hover card, municipality card and zoom buttons over the
 * map; pointer and keyboard handling. Everything talks through {@link AtlasState} and the view-models.
 */
public final class MapFeature {

    private final MapViewModel model;
    private final SearchViewModel search;
    private final MapNavigation navigation;
    private final MapPointer pointer;
    private boolean wholeCountryShown;

    private MapFeature(MainWindow w, AtlasState state) {
        model = new MapViewModel(state);
        search = new SearchViewModel(state);
        navigation = new MapNavigation(w.mapView(), w.mapLayer(), state);
        model.sceneProperty().addListener((obs, o, scene) -> w.mapLayer().setScene(scene));
        w.mapLayer().setScene(model.sceneProperty().get());
        model.pinnedMunicipalityProperty().bind(search.chosenMunicipalityProperty());
        model.pinnedMunicipalityProperty().addListener((obs, o, code) -> w.mapLayer().setPinnedMunicipality(code));
        state.geometryProperty().addListener((obs, o, g) -> OfflineTileRetriever.setGeometry(g));
        if (state.geometryProperty().get() != null) {
            OfflineTileRetriever.setGeometry(state.geometryProperty().get());
        }

        StackPane pane = w.mapPane();
        MapTooltip tooltip = new MapTooltip(model, pane);
        pointer = new MapPointer(w.mapView(), w.mapLayer(), model, tooltip);
        MapLegend legend = new MapLegend(model);
        StackPane.setMargin(legend, new Insets(10));
        MunicipalityCard card = new MunicipalityCard(search);
        Node zoom = zoomButtons();
        legend.getStyleClass().add(AtlasMapLayer.PANEL);
        MainWindow.handFocusBackAfterClick(legend);
        card.getStyleClass().add(AtlasMapLayer.PANEL);
        zoom.getStyleClass().add(AtlasMapLayer.PANEL);
        w.mapLayer().keepNamesClearOfPanelsIn(pane);
        pane.getChildren().addAll(focusRing(w.mapView()), legend, card, zoom, tooltip);
        new MapLegendRoom(legend, pane, navigation);
        CardClearOfCorner.keep(card, pane);
        navigation.keepClearOf(card);
        // The first view after loading shows the whole country beside the legend, once it has its size.
        state.regionMapsProperty().addListener((obs, o, maps) -> {
            if (o == null && maps != null && !wholeCountryShown) {
                wholeCountryShown = true;
                Platform.runLater(navigation::showWholeCountry);
            }
        });

        // Boundaries without labour-market regions (a CBS original) have no such borders to show.
        List<LayerSwitch> layers = List.of(
                new LayerSwitch("overlap", "map.overlap", "map.menu.overlap", "map.overlap.tip",
                        model.overlapViewProperty(), null),
                new LayerSwitch("labels", "map.labels", "map.menu.labels", null, model.labelsProperty(), null),
                new LayerSwitch("labour-markets", "map.labourMarkets", "map.menu.labourMarkets",
                        "map.labourMarkets.tip", model.labourMarketsProperty(), model.labourMarketsAvailableProperty()));
        SearchBox searchBox = new SearchBox(search);
        w.toolBar().getItems().add(new SectorSwitcher(state.sectorProperty()));
        layers.forEach(l -> w.toolBar().getItems().add(l.toggle()));
        MainWindow.addSection(w.menu("menu-view"),
                layers.stream().map(LayerSwitch::menuItem).toList());
        w.setMenuRowEnd(searchBox);
        MainWindow.addSection(w.menu("menu-view"), List.of(searchItem(searchBox)));

        w.addEventHandler(KeyEvent.KEY_PRESSED, new MapKeys(state, navigation, pointer)::handle);
        w.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.getStylesheets().add(MapFeature.class.getResource("/css/map.css").toExternalForm());
            }
        });
        w.mapView().setFocusTraversable(true);
        // The map is a picture to a screen reader: it says which map it is and where its regions are named.
        w.mapView().accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.t("map.accessible", state.sectorProperty().get().name()), state.sectorProperty()));
    }

    /**
     * Beeld › Zoeken puts the cursor in the search field, with Ctrl+F beside it: a key only ever named in the
     * shortcuts list was found by few.
     */
    private static MenuItem searchItem(SearchBox searchBox) {
        MenuItem item = new MenuItem(Messages.t("map.menu.search"));
        item.setId("menu-search");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        item.setOnAction(e -> {
            searchBox.requestFocus();
            searchBox.selectAll();
        });
        return item;
    }

    /**
     * A map layer switched on and off from the tool bar and, where the keyboard reaches it, from the View menu;
     * both bound to {@code selected}, and off limits while {@code available} (if any) is false.
     */
    private record LayerSwitch(String id, String labelKey, String menuKey, String tipKey, BooleanProperty selected,
                               ObservableBooleanValue available) {

        ToggleButton toggle() {
            ToggleButton b = new ToggleButton(Messages.t(labelKey));
            b.setId(id + "-toggle");
            if (tipKey != null) {
                b.setTooltip(new Tooltip(Messages.t(tipKey)));
            }
            b.selectedProperty().bindBidirectional(selected);
            if (available != null) {
                b.disableProperty().bind(Bindings.not(available));
            }
            return b;
        }

        CheckMenuItem menuItem() {
            CheckMenuItem item = new CheckMenuItem(Messages.t(menuKey));
            item.setId("menu-" + id);
            item.selectedProperty().bindBidirectional(selected);
            if (available != null) {
                item.disableProperty().bind(Bindings.not(available));
            }
            return item;
        }
    }

    /**
     * The map is a Tab stop (arrows pan, + and - zoom), but its tiles and regions cover whatever it would draw
     * around itself: a ring above them, under the panels, says the keys now go to the map. Reached by keyboard
     * only: a click on the map shows by itself where it went.
     */
    private static Node focusRing(Node map) {
        Region ring = new Region();
        ring.getStyleClass().add("map-focus-ring");
        ring.setMouseTransparent(true);
        ring.visibleProperty().bind(map.focusVisibleProperty());
        return ring;
    }

    /** Adds the map feature to {@code w}. */
    public static MapFeature install(MainWindow w, AtlasState state) {
        return new MapFeature(w, state);
    }

    private Node zoomButtons() {
        Button in = navButton("zoom-in", "+", "map.zoomIn", () -> navigation.zoomBy(1));
        Button out = navButton("zoom-out", "−", "map.zoomOut", () -> navigation.zoomBy(-1));
        Button home = navButton("zoom-home", "⌂", "map.home", navigation::home);
        VBox box = new VBox(4, in, out, home);
        MainWindow.handFocusBackAfterClick(box);
        box.getStyleClass().add("map-nav");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(box, new Insets(12));
        return box;
    }

    private static Button navButton(String id, String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.t(tipKey)));
        // The sign alone ("−", "⌂") is read out as a sign, or not at all: a screen reader says what the tooltip says.
        b.setAccessibleText(Messages.t(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    public MapViewModel model() {
        return model;
    }

    public SearchViewModel search() {
        return search;
    }

    MapPointer pointer() {
        return pointer;
    }
}
