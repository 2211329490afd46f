package nl.onderwijsregio.atlas.ui.presenter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.PresentationFile;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Presenter mode in the main window: a toolbar button, the View menu and F5 start it. It follows the
 * app's reduced-motion setting and starts in the look last chosen with D, or dark when the app is dark. A custom stepping order made in
 * presenter mode is kept between sessions, and can be saved to a file that travels with the talk.
 * Leaving presenter mode hands the shown sector and region back to the main window; started again, it goes on
 * where it was left ({@link PresenterSession}). F5 pressed while the map still loads opens it once the map is there.
 */
public final class PresenterFeature {

    private static final String ORDER_PREFIX = "order.";
    private static final String DARK_KEY = "dark";

    private final MainWindow window;
    private final AtlasState state;
    private final Stage owner;
    private final Preferences prefs;
    private PresenterStage open;
    private final PresenterSession session = new PresenterSession();
    /** F5 was pressed before the map had loaded: presenter mode opens when it has. */
    private boolean pending;
    /** What the status line said when the wait began: said again when it ends, unless the atlas was still loading. */
    private String statusBeforeWaiting;

    private PresenterFeature(MainWindow window, AtlasState state, Stage owner, Preferences prefs) {
        this.window = window;
        this.state = state;
        this.owner = owner;
        this.prefs = prefs;
    }

    public static PresenterFeature install(MainWindow w, AtlasState state, Stage stage) {
        return install(w, state, stage, Preferences.userNodeForPackage(PresenterFeature.class));
    }

    /** With a preferences node of the caller's choice (tests use a throw-away one). */
    public static PresenterFeature install(MainWindow w, AtlasState state, Stage stage, Preferences prefs) {
        PresenterFeature f = new PresenterFeature(w, state, stage, prefs);
        f.wire();
        return f;
    }

    private void wire() {
        MenuItem start = new MenuItem(Messages.t("presenter.start"));
        start.setId("presenter-start");
        start.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        start.setOnAction(e -> start());
        MenuItem saveOrder = new MenuItem(Messages.t("presenter.order.save"));
        saveOrder.setId("presenter-order-save");
        saveOrder.setOnAction(e -> chooseOrderFile(true).ifPresent(this::saveOrders));
        MenuItem openOrder = new MenuItem(Messages.t("presenter.order.open"));
        openOrder.setId("presenter-order-open");
        openOrder.setOnAction(e -> chooseOrderFile(false).ifPresent(this::openOrders));
        saveOrder.disableProperty().bind(state.regionMapsProperty().isNull());
        MainWindow.addSection(window.menu("menu-view"),
                List.of(start, saveOrder, openOrder));

        Button button = new Button(Messages.t("presenter.start"));
        button.setId("presenter-button");
        button.setTooltip(new Tooltip(Messages.t("presenter.start.tooltip")));
        button.setOnAction(e -> start());
        button.disableProperty().bind(state.regionMapsProperty().isNull());
        window.toolBar().getItems().add(button);
        openWhenLoaded();
    }

    /** A start asked for before the map had loaded opens presenter mode when it has; Esc meanwhile cancels it. */
    private void openWhenLoaded() {
        // After the other listeners of the maps: the main window's map takes them up first.
        InvalidationListener ready = o -> Platform.runLater(() -> {
            if (pending && mapsReady()) {
                pending = false;
                // The loaded atlas's count replaces it when the atlas came after F5; when the atlas came first and only
                // its maps were awaited, the count it replaced comes back.
                if (Messages.t("presenter.pending").equals(state.statusProperty().get())) {
                    state.statusProperty().set(Messages.t("app.loading").equals(statusBeforeWaiting) ? ""
                            : statusBeforeWaiting);
                }
                start();
            }
        });
        state.regionMapsProperty().addListener(ready);
        state.geometryProperty().addListener(ready);
        owner.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (pending && e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelWaiting();
            }
        });
    }

    private boolean mapsReady() {
        return state.regionMapsProperty().get() != null && state.geometryProperty().get() != null;
    }

    /**
     * Opens presenter mode: on the region selected in the main window when the sector steps through it, else where
     * it was left this session, else on the whole country of the current sector. Before the map has loaded it opens
     * as soon as it has, which the status line says; pressed again meanwhile (or Esc), it does not.
     */
    public PresenterStage start() {
        if (!mapsReady()) {
            if (pending) {
                cancelWaiting();
            } else {
                pending = true;
                statusBeforeWaiting = state.statusProperty().get();
                state.statusProperty().set(Messages.t("presenter.pending"));
            }
            return null;
        }
        if (open != null && open.stage().isShowing()) {
            open.stage().toFront();
            return open;
        }
        PresenterModel model = new PresenterModel(state.regionMapsProperty().get(), state.geometryProperty().get(),
                state.sectorProperty().get(), customOrders());
        model.reducedMotionProperty().bind(state.reducedMotionProperty());
        model.setFigureDoubts(FigureCaveats.doubtsByRegion(model.atlas().regions(), state.findings().report().findings(),
                Messages.current().locale()));
        // The look rehearsed with D is the look of the talk, also after a restart; until then, the app's.
        String dark = prefs.get(DARK_KEY, null);
        model.darkProperty().set(dark != null ? Boolean.parseBoolean(dark)
                : state.appearanceProperty().get() == Appearance.DARK);
        model.darkProperty().addListener((obs, was, now) -> prefs.putBoolean(DARK_KEY, now));
        model.setOnOrderChanged((sector, ids) -> {
            if (ids.isEmpty()) {
                prefs.remove(ORDER_PREFIX + sector.name());
            } else {
                prefs.put(ORDER_PREFIX + sector.name(), String.join(",", ids));
            }
        });
        model.resume(session.start(state.sectorProperty().get(), state.selectedRegionIdProperty().get(), model::steps));
        open = new PresenterStage(owner, model, session.firstStart());
        open.stage().setOnHiding(e -> handBack(model));
        open.show();
        return open;
    }

    private void handBack(PresenterModel model) {
        model.reducedMotionProperty().unbind();
        state.sectorProperty().set(model.sector());
        Region r = model.current();
        if (r != null) {
            state.selectedRegionIdProperty().set(r.id());
            state.focus(FocusRequest.region(r.id()));
        }
        session.left(model.place(), state.sectorProperty().get(), state.selectedRegionIdProperty().get());
        owner.requestFocus();
    }

    private void cancelWaiting() {
        pending = false;
        state.statusProperty().set(Messages.t("presenter.pending.cancelled"));
    }

    /**
     * Writes the stepping order of every sector, as the presenter would step now, to {@code file}: the
     * talk's order can then travel to another laptop.
     */
    public void saveOrders(Path file) {
        Map<Sector, List<String>> orders = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            orders.put(s, steppingOrder(s).stream().map(Region::id).toList());
        }
        try {
            new PresentationFile().write(file, orders);
            state.statusProperty().set(Messages.t("presenter.order.saved", file.getFileName()));
        } catch (IOException e) {
            ErrorDialog.show(owner, Messages.t("presenter.order.saveFailed", file.getFileName()), e);
        }
    }

    /**
     * Takes the stepping orders in {@code file} as the custom orders, for this and later sessions; ids
     * this atlas does not know are skipped, and said so.
     */
    public void openOrders(Path file) {
        Map<Sector, List<String>> orders;
        try {
            orders = new PresentationFile().read(file);
        } catch (DataLoadException e) {
            ErrorDialog.show(owner, Messages.t("presenter.order.openFailed", file.getFileName()), e);
            return;
        }
        long unknown = 0;
        for (Map.Entry<Sector, List<String>> e : orders.entrySet()) {
            prefs.put(ORDER_PREFIX + e.getKey().name(), String.join(",", e.getValue()));
            if (state.regionMapsProperty().get() != null) {
                var layer = state.regionMapsProperty().get().layer(e.getKey());
                unknown += e.getValue().stream().filter(id -> layer.regions().stream().noneMatch(r -> r.id().equals(id)))
                        .count();
            }
        }
        state.statusProperty().set(unknown == 0 ? Messages.t("presenter.order.opened", file.getFileName())
                : Messages.t("presenter.order.openedSkipping", file.getFileName(), unknown));
    }

    private java.util.Optional<Path> chooseOrderFile(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.t(save ? "presenter.order.save" : "presenter.order.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.t("presenter.order.files"), "*.json"));
        chooser.setInitialFileName(Messages.t("presenter.order.fileName"));
        java.io.File f = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** The regions of {@code sector} in the order the presenter steps through them: the custom order, if any. */
    public List<Region> steppingOrder(Sector sector) {
        return PresenterOrder.custom(state.regionMapsProperty().get().layer(sector), customOrders().get(sector));
    }

    /** Custom stepping orders saved earlier, as region ids per sector. */
    private Map<Sector, List<String>> customOrders() {
        Map<Sector, List<String>> orders = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            String saved = prefs.get(ORDER_PREFIX + s.name(), "");
            if (!saved.isBlank()) {
                orders.put(s, Arrays.asList(saved.split(",")));
            }
        }
        return orders;
    }
}
