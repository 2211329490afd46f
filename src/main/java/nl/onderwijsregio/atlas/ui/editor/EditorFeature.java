package nl.onderwijsregio.atlas.ui.editor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import nl.onderwijsregio.atlas.ui.prefs.ExportFolder;

/**
 * Installs the editor: the "Bewerken" toggle (off by default), the Edit menu with undo/redo naming the
 * step, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z / Ctrl+S, the region form and validation panel on the right while
 * editing, map clicks and strokes, the overlap warning on hover, autosave and the question on closing.
 */
public final class EditorFeature {

    /** How often unsaved work goes to the recovery file (when it changed). */
    static final int AUTOSAVE_SECONDS = 10;

    private final AtlasState state;
    private final MainWindow window;
    private final EditorModel model;
    private final RegionEditorPane pane;
    private final ValidationPanel validation;
    private final Node editorSide;
    private final Tab editorTab;
    private final Label banner = new Label();
    private final ToggleButton toggle = new ToggleButton(Messages.t("editor.toggle"));
    private CompletableFuture<PasteListResolver> resolver;
    private Map<String, Municipality> resolvedFor;
    private Node previousRight;
    /** The browsing tab that was shown when edit mode began, shown again when it ends. */
    private Tab tabReturnedTo;
    /** Held here: a binding only its own listener refers to is collected, and the title would stop following. */
    private final StringBinding title;
    private final Stage stage;
    private final ChangeListener<String> titleFollower;
    private final EventHandler<WindowEvent> askBeforeClosing;
    private final EventHandler<WindowEvent> disposeWhenHidden = e -> dispose();
    private final Timeline autosave;

    private EditorFeature(MainWindow w, AtlasState state, Stage stage, EditorModel model) {
        this.state = state;
        this.window = w;
        this.model = model;
        this.stage = stage;
        this.pane = new RegionEditorPane(state, model, this::resolver);
        model.commitTypedTextWith(pane::commitPending);
        this.validation = new ValidationPanel(state, state.findings());
        ScrollPane form = new ScrollPane(pane);
        form.setFitToWidth(true);
        form.setId("editor-form");
        form.getStyleClass().add("editor-side");
        // The findings stay in sight below the form, however far it is scrolled: an edit's effect on them is
        // what the editor watches.
        SplitPane side = new SplitPane(form, validation);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.62);
        side.setId("editor-side");
        side.getStyleClass().add("editor-split");
        side.setPrefWidth(380);
        this.editorSide = side;
        this.editorTab = new Tab(Messages.t("editor.tab"), side);
        editorTab.setId("tab-editor");
        editorTab.setClosable(false);

        w.getStylesheets().add(EditorFeature.class.getResource("/css/editor.css").toExternalForm());
        toggle.setId("edit-mode-toggle");
        toggle.getStyleClass().add("edit-mode-toggle");
        toggle.selectedProperty().bindBidirectional(state.editModeProperty());
        w.toolBar().getItems().add(toggle);

        banner.setId("edit-banner");
        banner.getStyleClass().add("edit-banner");
        // A bar of its own above the map, not over it, so it never hides the legend or the map's top.
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setVisible(false);
        banner.managedProperty().bind(banner.visibleProperty());
        w.setBodyTop(banner);

        installMenu(w, stage);
        Label findings = new Label();
        findings.setId("status-findings");
        findings.textProperty().bind(validation.summaryProperty());
        // The count of errors is what an editor checks before saving: in a narrow window the passing
        // status message gives way, not this.
        findings.setMinWidth(Label.USE_PREF_SIZE);
        w.statusBar().getChildren().add(1, findings);
        state.editModeProperty().addListener((o, was, on) -> editMode(on));
        // A rename, or an undo that takes the region away, changes what the banner names.
        state.atlasProperty().addListener((o, was, now) -> updateBanner());
        // The table or the national picture in the map's place: nothing there to click municipalities on.
        w.mapPane().sceneProperty().addListener((o, was, now) -> updateBanner());
        state.selectedRegionIdProperty().addListener((o, a, chosen) -> {
            updateBanner();
            // The detail pane brings its own tab forward when a region is chosen; while editing, the form matters
            // more. A selection that merely ends is no call for the form: choosing a theme ends it, and the theme
            // is then what the user asked to see.
            if (chosen != null && state.editModeProperty().get() && editorTab.getTabPane() != null) {
                editorTab.getTabPane().getSelectionModel().select(editorTab);
            }
        });

        title = windowTitle();
        titleFollower = (o, was, now) -> stage.setTitle(now);
        title.addListener(titleFollower);
        askBeforeClosing = e -> {
            if (!model.confirmClose()) {
                e.consume();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, askBeforeClosing);
        // Every ten seconds: writing the recovery file takes milliseconds, and an editor who paints a few strokes
        // and crashes should not lose them.
        autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS), e -> model.tick()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        // A hidden window's editor is done: left running, the timer would write recovery files for work no one can
        // see (after a test's folder is gone, too), and a window shown again by another editor would ask twice.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, disposeWhenHidden);
    }

    /**
     * Stops the autosave and lets go of the window: its title and its close question belong to whoever shows it
     * next. What was saved for recovery stays; nothing is written after this.
     */
    public void dispose() {
        autosave.stop();
        title.removeListener(titleFollower);
        stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, askBeforeClosing);
        stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, disposeWhenHidden);
    }

    /** Whether unsaved work still goes to the recovery file every {@link #AUTOSAVE_SECONDS} seconds. */
    boolean autosaving() {
        return autosave.getStatus() == Animation.Status.RUNNING;
    }

    /**
     * The title names the regions file shown, which is the file a save writes to, and marks unsaved work with a
     * bullet. Opened from Recent files, or after a "save as", or a start that fell back to the bundled data, the
     * file need not be the one the user expects.
     */
    private StringBinding windowTitle() {
        HistoryState history = model.historyState();
        // Told of each load too: the editor tracks the new file only once it hears of the new atlas, after this has.
        return Bindings.createStringBinding(() -> {
            String app = Messages.t("app.title");
            String shown = state.atlas() == null ? app
                    : Messages.t("editor.windowTitle", model.file().getFileName(), app);
            return history.dirtyProperty().get() ? "• " + shown : shown;
        }, history.dirtyProperty(), state.regionFileProperty(), state.atlasProperty(), state.loadsShownProperty());
    }

    /** The one line for {@code AtlasApp.installFeatures}. */
    public static EditorFeature install(MainWindow w, AtlasState state, Stage stage) {
        Path dataFile = AtlasLoader.defaultDataDir().resolve(AtlasLoader.REGION_FILE);
        return install(w, state, stage, dataFile, new RecoveryStore(RecoveryStore.defaultDir()),
                new FxEditorDialogs(stage));
    }

    /** With every outside dependency given, for tests. */
    public static EditorFeature install(MainWindow w, AtlasState state, Stage stage, Path dataFile,
                                        RecoveryStore recovery, EditorDialogs dialogs) {
        EditorModel model = new EditorModel(state, dataFile, recovery, dialogs, Clock.systemUTC());
        return new EditorFeature(w, state, stage, model);
    }

    public EditorModel model() {
        return model;
    }

    public ValidationPanel validation() {
        return validation;
    }

    RegionEditorPane pane() {
        return pane;
    }

    private void installMenu(MainWindow w, Stage stage) {
        Menu menu = w.menu("menu-edit");
        HistoryState history = model.historyState();
        MenuItem undo = new MenuItem();
        undo.setId("menu-undo");
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not().or(state.editModeProperty().not()));
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> model.undo());
        MenuItem redo = new MenuItem();
        redo.setId("menu-redo");
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not().or(state.editModeProperty().not()));
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        redo.setOnAction(e -> model.redo());
        MenuItem save = new MenuItem(Messages.t("editor.save"));
        save.setId("menu-save");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        // A value still being typed is work too: Ctrl+S commits it and saves.
        save.disableProperty().bind(history.dirtyProperty().not().and(pane.typingProperty().not()));
        save.setOnAction(e -> model.save());
        MenuItem saveAs = new MenuItem(Messages.t("editor.saveAs.menu"));
        saveAs.setId("menu-save-as");
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.disableProperty().bind(state.atlasProperty().isNull());
        saveAs.setOnAction(e -> model.saveAs());
        CheckMenuItem mode = new CheckMenuItem(Messages.t("editor.toggle"));
        mode.setId("menu-edit-mode");
        mode.selectedProperty().bindBidirectional(state.editModeProperty());
        MenuItem paste = new MenuItem(Messages.t("editor.pasteList"));
        paste.setId("menu-paste");
        paste.disableProperty().bind(state.editModeProperty().not());
        paste.setOnAction(e -> pane.pasteList());
        MenuItem reorganise = new MenuItem(Messages.t("editor.reorg.menu"));
        reorganise.setId("menu-reorganisation");
        reorganise.disableProperty().bind(state.editModeProperty().not());
        // One for the session: it remembers what the status line said before a failed read, not to repeat a failure.
        ReorganisationDialog reorganisation = new ReorganisationDialog(state, model, stage);
        reorganise.setOnAction(e -> reorganisation.open());
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(), mode, paste, reorganise,
                new SeparatorMenuItem(), new ColleagueExportMenu(state, stage,
                        new ExportFolder(AtlasPreferences.forUser())).menu());
        MenuItem changeLog = new MenuItem(Messages.t("editor.changeLog.menu"));
        changeLog.setId("menu-change-log");
        // Not bound to edit mode: reading the log changes nothing, and who changed what is asked outside it too.
        ChangeLogDialog changeLogDialog = new ChangeLogDialog(state, model::file, stage);
        changeLog.setOnAction(e -> changeLogDialog.open());
        // Saving is where every program keeps it: in the File menu, after opening; the log of the saves with it.
        w.menu("menu-file").getItems().addAll(save, saveAs, changeLog);
        // The second spelling of redo has no menu item of its own.
        w.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> {
                    if (state.editModeProperty().get()) {
                        model.redo();
                    }
                });
            }
        });
    }

    private void editMode(boolean on) {
        if (on) {
            window.getStyleClass().add("edit-mode");
            state.mapEditHandlerProperty().set(model.mapEdits());
            showSide();
            startResolver();
        } else {
            window.getStyleClass().remove("edit-mode");
            state.mapEditHandlerProperty().set(null);
            hideSide();
        }
        updateBanner();
    }

    /** Beside the detail tabs when there are any, so browsing panes stay at hand; otherwise in their place. */
    private void showSide() {
        Node right = window.rightPane();
        if (right instanceof TabPane tabs) {
            if (!tabs.getTabs().contains(editorTab)) {
                tabReturnedTo = tabs.getSelectionModel().getSelectedItem();
                tabs.getTabs().add(editorTab);
            }
            tabs.getSelectionModel().select(editorTab);
        } else if (right != editorSide) {
            previousRight = right;
            window.setRightPane(editorSide);
        }
    }

    private void hideSide() {
        if (editorTab.getTabPane() != null) {
            TabPane tabs = editorTab.getTabPane();
            boolean wasShown = editorTab.isSelected();
            tabs.getTabs().remove(editorTab);
            // Otherwise the TabPane falls to the editor's neighbour (Thema's), not where the user came from.
            if (wasShown && tabReturnedTo != null && tabs.getTabs().contains(tabReturnedTo)) {
                tabs.getSelectionModel().select(tabReturnedTo);
            }
            tabReturnedTo = null;
        } else {
            window.setRightPane(previousRight);
            previousRight = null;
        }
    }

    /**
     * Says what the next map click will do, so the editor knows whether the map is armed and for which region.
     * The overlap note for the municipality under the pointer is the hover card's ({@link MapEditing#hoverNote}).
     * Where the map is not shown (the table, the national picture) it says where a region is chosen and edited
     * instead, and how to get to the map: a bar asking for clicks on a map that is not there reads as broken.
     */
    private void updateBanner() {
        boolean on = state.editModeProperty().get();
        banner.setVisible(on);
        if (on) {
            String where = window.mapPane().getScene() != null ? "" : ".noMap";
            banner.setText(model.mapEditing().regionBeingEdited()
                    .map(r -> Messages.t("editor.banner.help" + where, r.displayName()))
                    .orElseGet(() -> Messages.t("editor.banner.chooseRegion" + where)));
        }
    }

    /**
     * The resolver needs the border graph, which may still take a moment to build: it starts in the background
     * when edit mode is first switched on and is waited for, in the background, only if a list is recognised before
     * it is ready. It is
     * built anew when the municipalities change (another file, a herindeling), never for an edit of regions.
     */
    private void startResolver() {
        Atlas atlas = state.atlas();
        if (atlas != null && (resolver == null || !sameEdition(resolvedFor, atlas.municipalities()))) {
            resolvedFor = atlas.municipalities();
            List<Municipality> ms = List.copyOf(resolvedFor.values());
            // Usually the shared border graph is known by now; building another is the fallback.
            MunicipalityGraph known = state.findings().borders().graphFor(atlas);
            resolver = CompletableFuture.supplyAsync(() -> new PasteListResolver(ms,
                    known != null ? known : MunicipalityGraph.of(ms)));
        }
    }

    /** An edit of regions makes a new snapshot around the very same municipality objects. */
    private static boolean sameEdition(Map<String, Municipality> a, Map<String, Municipality> b) {
        return a.size() == b.size() && a.entrySet().stream().allMatch(e -> b.get(e.getKey()) == e.getValue());
    }

    /** Not waited for here, on the FX thread: the paste dialog waits for it in the background when it recognises. */
    private CompletableFuture<PasteListResolver> resolver() {
        startResolver();
        return resolver;
    }
}
