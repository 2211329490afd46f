package nl.onderwijsregio.atlas.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.about.AboutDialog;
import nl.onderwijsregio.atlas.ui.about.ShortcutsDialog;
import nl.onderwijsregio.atlas.ui.firstrun.FirstRunTour;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Preferences, the File menu's data items, the Settings menu, Help (tour, About) and the
 * first-run tour. Puts the remembered sector, appearance, text size, motion and editor name into
 * {@link AtlasState} and stores every later change of them.
 */
public final class SettingsFeature {

    private static final String BASE_CSS = "/css/settings.css";

    private final MainWindow window;
    private final AtlasState state;
    private final Stage stage;
    private final AtlasPreferences prefs;
    /** The look's sheets now on the window, to be taken off when the look changes. */
    private List<String> applied = List.of();

    private SettingsFeature(MainWindow window, AtlasState state, Stage stage, AtlasPreferences prefs) {
        this.window = window;
        this.state = state;
        this.stage = stage;
        this.prefs = prefs;
    }

    public static void install(MainWindow window, AtlasState state, Stage stage) {
        install(window, state, stage, AtlasPreferences.forUser());
    }

    /** With a given preferences store: tests pass their own node. */
    public static SettingsFeature install(MainWindow window, AtlasState state, Stage stage, AtlasPreferences prefs) {
        SettingsFeature f = new SettingsFeature(window, state, stage, prefs);
        f.rememberState();
        f.followAppearance();
        new FileMenu(state, stage, prefs).addTo(window.menu("menu-file"));
        // Settings and Help close the menu bar: made after every other feature has made its menus.
        Platform.runLater(() -> {
            new SettingsMenu(state, stage, prefs).addTo(window.menu("menu-settings"));
            f.addHelp(window.menu("menu-help"));
        });
        f.showWindowIcons();
        FirstRunTour.showIfWanted(window.mapPane(), prefs);
        FirstRunTour.retireOnceLearnt(window.mapPane(), state, prefs);
        return f;
    }

    private void showWindowIcons() {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = SettingsFeature.class.getResource("/icons/atlas-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }

    private void rememberState() {
        state.sectorProperty().set(prefs.sector());
        state.appearanceProperty().set(prefs.appearance());
        state.textSizeProperty().set(prefs.textSize());
        state.reducedMotionProperty().set(prefs.reducedMotion());
        state.editorNameProperty().set(prefs.editorName());
        state.sectorProperty().addListener((o, a, s) -> {
            if (s != null) {
                prefs.setSector(s);
                prefs.flush();
            }
        });
        state.appearanceProperty().addListener((o, a, v) -> {
            if (v != null) {
                prefs.setAppearance(v);
                prefs.flush();
            }
        });
        state.textSizeProperty().addListener((o, a, v) -> {
            if (v != null) {
                prefs.setTextSize(v);
                prefs.flush();
            }
        });
        state.reducedMotionProperty().addListener((o, a, v) -> {
            prefs.setReducedMotion(v);
            prefs.flush();
        });
        state.editorNameProperty().addListener((o, a, v) -> {
            prefs.setEditorName(v);
            prefs.flush();
        });
        state.hiddenTableColumnsProperty().set(prefs.hiddenTableColumns());
        state.hiddenTableColumnsProperty().addListener((o, a, v) -> {
            prefs.setHiddenTableColumns(v);
            prefs.flush();
        });
        // A file changed after loading (saved elsewhere, or boundaries taken up from a reorganisation) is
        // what the next start must open; the first naming at start-up is only what was opened.
        state.regionFileProperty().addListener((o, was, file) -> rememberChangedFiles(was));
        state.municipalityFileProperty().addListener((o, was, file) -> rememberChangedFiles(was));
    }

    private void rememberChangedFiles(Object previous) {
        Path shp = state.municipalityFileProperty().get();
        Path json = state.regionFileProperty().get();
        if (previous != null && shp != null && json != null) {
            prefs.setLastDataFiles(new DataFiles(shp, json));
            prefs.flush();
        }
    }

    /**
     * settings.css on the scene; the appearance's sheet and the text size's on the window itself, where they
     * outrank every scene stylesheet (atlas.css and the features' own), so dark and high contrast win. They go on
     * the scene as well, last, for the dialogs: JavaFX gives a dialog its owner's scene stylesheets as the owner is
     * named, so the dialog is measured, sized and centred over the window in the type it shows in. Added only as its
     * window opened, they came after JavaFX had centred it at its width in normal type, and at Extra groot it grew
     * from there past the screen's right edge.
     */
    private void followAppearance() {
        window.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                String base = SettingsFeature.class.getResource(BASE_CSS).toExternalForm();
                if (!scene.getStylesheets().contains(base)) {
                    scene.getStylesheets().add(base);
                }
                scene.getStylesheets().removeAll(applied);
                scene.getStylesheets().addAll(applied);
            }
        });
        state.appearanceProperty().addListener((o, old, a) -> applyAppearance());
        state.textSizeProperty().addListener((o, old, a) -> applyAppearance());
        // After the other features have added theirs to the window.
        Platform.runLater(this::applyAppearance);
        // Dialogs are windows of their own: a dark or high-contrast choice must not be undone by a white dialog. Most
        // have the look from the scene's sheets already; one named its owner before the look was there (an error at
        // start) takes it as it opens, as do the popups. The presenter, not modal, has its own.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    boolean takesTheLook = w instanceof PopupWindow
                            || w instanceof Stage dialog && dialog.getModality() != Modality.NONE;
                    if (takesTheLook && w.getScene() != null && ownedByThisWindow(w)) {
                        List<String> missing = new ArrayList<>(lookSheets());
                        missing.removeAll(w.getScene().getStylesheets());
                        w.getScene().getStylesheets().addAll(missing);
                        DialogButtons.measureAgain(w.getScene().getRoot());
                    }
                }
            }
        });
    }

    /**
     * Whether {@code window} hangs off the stage while this atlas's window is what the stage shows. A stage that
     * came to show another scene (a second atlas built on it, as the tests do on their one stage) is no longer ours
     * to style: our light sheets, added last, had undone the other atlas's dark look in its dialogs.
     */
    private boolean ownedByThisWindow(Window window) {
        if (this.window.getScene() == null || stage.getScene() != this.window.getScene()) {
            return false;
        }
        for (Window w = ownerOf(window); w != null; w = ownerOf(w)) {
            if (w == stage) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window w) {
        return w instanceof Stage s ? s.getOwner() : w instanceof PopupWindow p ? p.getOwnerWindow() : null;
    }

    /** The appearance's sheet and then the text size's, which sets the base size on top of it. */
    private List<String> lookSheets() {
        Appearance appearance = state.appearanceProperty().get() == null ? Appearance.LIGHT
                : state.appearanceProperty().get();
        TextSize size = state.textSizeProperty().get() == null ? TextSize.NORMAL : state.textSizeProperty().get();
        List<String> sheets = new ArrayList<>();
        sheets.add(SettingsFeature.class.getResource(appearance.stylesheet()).toExternalForm());
        sheets.add(size.stylesheet(appearance));
        return sheets;
    }

    private void applyAppearance() {
        List<String> before = applied;
        applied = lookSheets();
        List<ObservableList<String>> holders = new ArrayList<>();
        holders.add(window.getStylesheets());
        if (window.getScene() != null) {
            holders.add(window.getScene().getStylesheets());
        }
        for (ObservableList<String> sheets : holders) {
            sheets.removeAll(before);
            sheets.addAll(applied);
        }
    }

    private void addHelp(Menu help) {
        MenuItem tour = new MenuItem(Messages.t("settings.help.tour"));
        tour.setId("show-tour");
        tour.setOnAction(e -> FirstRunTour.show(window.mapPane(), prefs));
        MenuItem shortcuts = new MenuItem(Messages.t("settings.help.shortcuts"));
        shortcuts.setId("show-shortcuts");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> new ShortcutsDialog(stage).show());
        MenuItem about = new MenuItem(Messages.t("settings.help.about"));
        about.setId("show-about");
        about.setOnAction(e -> new AboutDialog(stage).showAndWait());
        MainWindow.addSection(help, List.of(tour, shortcuts, about));
    }
}
