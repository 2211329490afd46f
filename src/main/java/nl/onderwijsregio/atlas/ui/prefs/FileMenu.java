package nl.onderwijsregio.atlas.ui.prefs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The File menu's data items: open another regions file or municipality shapefile, reopen a recent
 * one, or go back to the bundled data. The other file of the pair stays as it is.
 */
final class FileMenu {

    private final AtlasState state;
    private final Stage stage;
    private final AtlasPreferences prefs;
    private final AtlasOpener opener;
    private final Menu recent = new Menu(Messages.t("settings.file.recent"));

    FileMenu(AtlasState state, Stage stage, AtlasPreferences prefs) {
        this.state = state;
        this.stage = stage;
        this.prefs = prefs;
        this.opener = new AtlasOpener(state, stage);
        // A copy the editor saved after a conflict is a file of the user's, to be opened again like one they opened.
        state.addNewFileListener(file -> {
            prefs.addRecentFile(file);
            prefs.flush();
            fillRecent();
        });
        state.openRegionFilesWith(file -> open(current().with(file), file));
    }

    /**
     * Adds the opening items to the top of {@code file}, so they come before other features' items, and
     * Quit to the end (this feature is installed last).
     */
    void addTo(Menu file) {
        MenuItem openRegions = new MenuItem(Messages.t("settings.file.openRegions"));
        openRegions.setId("open-regions");
        openRegions.setOnAction(e -> choose(false));
        MenuItem openShapes = new MenuItem(Messages.t("settings.file.openMunicipalities"));
        openShapes.setId("open-municipalities");
        openShapes.setOnAction(e -> choose(true));
        MenuItem bundled = new MenuItem(Messages.t("settings.file.bundled"));
        bundled.setOnAction(e -> open(DataFiles.in(AtlasLoader.defaultDataDir()), null));
        recent.setId("recent-files");
        // Read anew each time it opens: a file on a network share may have gone, or come back, meanwhile.
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        file.getItems().addAll(0, List.of(openRegions, openShapes, recent, bundled, new SeparatorMenuItem()));
        MenuItem quit = new MenuItem(Messages.t("settings.file.quit"));
        quit.setId("quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> quit());
        file.getItems().addAll(new SeparatorMenuItem(), quit);
    }

    /** Ends the atlas as the window's close button does, so unsaved edits are asked about first. */
    void quit() {
        AtomicBoolean refused = new AtomicBoolean();
        // All handlers on one window see the same request; this one, added last, sees whether another refused.
        EventHandler<WindowEvent> verdict = e -> refused.set(e.isConsumed());
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, verdict);
        try {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        } finally {
            stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, verdict);
        }
        if (!refused.get()) {
            stage.close();
        }
    }

    private DataFiles current() {
        Path shp = state.municipalityFileProperty().get();
        Path json = state.regionFileProperty().get();
        DataFiles bundled = DataFiles.in(AtlasLoader.defaultDataDir());
        return new DataFiles(shp != null ? shp : bundled.municipalities(), json != null ? json : bundled.regions());
    }

    private void choose(boolean shapefile) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.withoutMnemonic(
                Messages.t(shapefile ? "settings.file.openMunicipalities" : "settings.file.openRegions")));
        chooser.getExtensionFilters().add(shapefile
                ? new FileChooser.ExtensionFilter(Messages.t("settings.file.shapefiles"), "*.shp")
                : new FileChooser.ExtensionFilter(Messages.t("settings.file.regionFiles"), "*.json"));
        Path now = shapefile ? current().municipalities() : current().regions();
        File dir = now.toAbsolutePath().getParent() == null ? null : now.toAbsolutePath().getParent().toFile();
        if (dir != null && dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        File picked = chooser.showOpenDialog(stage);
        if (picked != null) {
            open(current().with(picked.toPath()), picked.toPath());
        }
    }

    /**
     * Opens {@code files} once unsaved work has been asked about; on success remembers them, and
     * {@code picked} (if any) as a recent file.
     */
    void open(DataFiles files, Path picked) {
        if (!state.mayReplaceData()) {
            return;
        }
        opener.open(files, shown -> {
            prefs.setLastDataFiles(shown);
            if (picked != null) {
                prefs.addRecentFile(picked);
            }
            prefs.flush();
            fillRecent();
        });
    }

    /**
     * Lists the recent files; one that is not there now stays listed, marked and disabled, to be opened
     * again once it is back.
     */
    void fillRecent() {
        recent.getItems().clear();
        for (Path p : prefs.recentFiles()) {
            Path name = p.getFileName();
            boolean there = Files.isRegularFile(p);
            String label = (name == null ? p : name) + "  —  " + p.getParent();
            MenuItem item = new MenuItem(there ? label : label + "  " + Messages.t("settings.file.recentMissing"));
            item.setMnemonicParsing(false);
            item.setDisable(!there);
            item.setOnAction(e -> open(current().with(p), p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.t("settings.file.noRecent"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(Messages.t("settings.file.clearRecent"));
            clear.setOnAction(e -> {
                prefs.clearRecentFiles();
                prefs.flush();
                fillRecent();
            });
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }
}
