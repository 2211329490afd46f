package nl.onderwijsregio.atlas.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The editor in a real main window on a small atlas, with the file, recovery folder and answers under test control:
 * what every editor feature test starts from.
 */
abstract class EditorInAWindow extends FxRobot {

    @TempDir
    Path dir;

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    Path dataFile;
    RecoveryStore recovery;
    Stage stage;
    AtlasState state;
    EditorFeature feature;

    @BeforeEach
    void open() throws Exception {
        dataFile = dir.resolve("onderwijsregios.json");
        Files.write(dataFile, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        recovery = new RecoveryStore(dir.resolve("appdata"));
        stage = FxToolkit.registerPrimaryStage();
        session(EditFixture.atlas());
    }

    /** A fresh window on {@code atlas}, as after starting the app. */
    void session(Atlas atlas) throws Exception {
        EditorSession session = EditorSession.open(dataFile, recovery, dialogs, atlas);
        state = session.state();
        feature = session.feature();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** What the File menu's opener does once {@code regions} has loaded: name the files, then show the atlas. */
    void showOpened(Path regions) {
        interact(() -> EditorSession.showOpened(state, regions));
    }

    /**
     * File › Regiobestand openen… as the File menu does it: asks about unsaved work, then reads the file and shows
     * it. Returns whether it was shown; a file that fails to load leaves the atlas as it was.
     */
    boolean openFromFileMenu(Path regions) {
        return interactAndGet(() -> {
            if (!state.mayReplaceData()) {
                return false;
            }
            try {
                EditorSession.readAndShow(state, regions);
                return true;
            } catch (nl.onderwijsregio.atlas.core.data.DataLoadException e) {
                return false;
            }
        });
    }

    EditorModel model() {
        return feature.model();
    }

    Region oost() {
        return state.atlas().region("oost-nederland").orElseThrow();
    }

    Region noordLimburg() {
        return state.atlas().region("noord-limburg").orElseThrow();
    }

    void editRegion(String id) {
        interact(() -> {
            state.editModeProperty().set(true);
            state.selectedRegionIdProperty().set(id);
        });
    }

    void click(String... codes) {
        interact(() -> state.mapEditHandlerProperty().get().stroke(List.of(codes)));
    }

    MenuItem menuItem(String id) {
        return stage.getScene().getRoot().lookupAll("*").isEmpty() ? null
                : ((MainWindow) stage.getScene().getRoot()).menu("menu-edit").getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    javafx.scene.control.Button okButton() {
        return lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryButton();
    }

    javafx.scene.control.Button cancelButton() {
        return lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isCancelButton())
                .queryButton();
    }

    <T> T interactAndGet(java.util.concurrent.Callable<T> call) {
        List<T> box = new ArrayList<>();
        interact(() -> {
            try {
                box.add(call.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return box.get(0);
    }
}
