package nl.onderwijsregio.atlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.ui.AtlasState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file opened from the File menu is remembered for the next start and listed under Recent files. */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {

    private final Preferences node = Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID());
    private final AtlasPreferences prefs = new AtlasPreferences(node);
    private final AtlasState state = new AtlasState();
    private final Menu file = new Menu("Bestand");
    private FileMenu fileMenu;

    @Start
    void start(Stage stage) {
        fileMenu = new FileMenu(state, stage, prefs);
        fileMenu.addTo(file);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void quitClosesTheWindowUnlessAskingAboutUnsavedEditsSaysCancel(FxRobot robot) throws Exception {
        Stage window = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(), 200, 100));
            s.show();
            return s;
        }).get();
        FileMenu menu = new FileMenu(state, window, prefs);
        // What the editor does when the user cancels the unsaved-changes question.
        javafx.event.EventHandler<WindowEvent> cancel = WindowEvent::consume;
        robot.interact(() -> {
            window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, cancel);
            menu.quit();
        });
        assertTrue(window.isShowing(), "cancelled: the atlas stays open");
        robot.interact(() -> {
            window.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, cancel);
            menu.quit();
        });
        assertFalse(window.isShowing());
    }

    @Test
    void anOpenedRegionsFileIsRememberedAndListedAsRecent(FxRobot robot) {
        DataFiles files = DataFiles.in(TestData.dataDir());
        Path picked = files.regions();
        robot.interact(() -> fileMenu.open(files, picked));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !prefs.recentFiles().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the file was not opened within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(picked.toAbsolutePath().normalize()), prefs.recentFiles());
        assertEquals(new DataFiles(files.municipalities().toAbsolutePath(), files.regions().toAbsolutePath()),
                prefs.lastDataFiles().orElseThrow());
        Menu recent = (Menu) file.getItems().stream().filter(i -> "recent-files".equals(i.getId())).findFirst()
                .orElseThrow();
        List<String> labels = recent.getItems().stream().map(MenuItem::getText).filter(t -> t != null)
                .collect(Collectors.toList());
        assertTrue(labels.get(0).startsWith("onderwijsregios.json"), labels.toString());
    }

    @Test
    void aRegionsFileTheEditorAsksToOpenIsOpenedAsFromTheMenu(FxRobot robot) throws Exception {
        DataFiles files = DataFiles.in(TestData.dataDir());
        robot.interact(() -> state.municipalityFileProperty().set(files.municipalities()));

        robot.interact(() -> state.openRegionFile(files.regions()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !prefs.recentFiles().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(files.regions(), state.regionFileProperty().get());
        assertEquals(List.of(files.regions().toAbsolutePath().normalize()), prefs.recentFiles());
    }

    @Test
    void aRecentFileThatIsGoneIsMarkedAndDisabledUntilItIsBack(FxRobot robot, @TempDir Path dir) throws Exception {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        Path shared = Files.writeString(dir.resolve("regios-gedeeld.json"), "{}");
        prefs.addRecentFile(shared);
        Files.delete(shared);
        robot.interact(fileMenu::fillRecent);
        MenuItem gone = recentItems().get(0);
        assertEquals("regios-gedeeld.json  —  " + dir + "  (niet gevonden)", gone.getText());
        assertTrue(gone.isDisable());

        Files.writeString(shared, "{}");
        robot.interact(fileMenu::fillRecent);
        assertEquals("regios-gedeeld.json  —  " + dir, recentItems().get(0).getText());
        assertFalse(recentItems().get(0).isDisable());
    }

    @Test
    void aCopyTheEditorSavedAsANewFileIsListedAsRecent(FxRobot robot, @TempDir Path dir) throws Exception {
        Path copy = Files.writeString(dir.resolve("onderwijsregios-20261206-2215.json"), "{}");
        robot.interact(() -> state.savedAsNewFile(copy));
        assertEquals(List.of(copy.toAbsolutePath().normalize()), prefs.recentFiles());
        assertEquals("onderwijsregios-20261206-2215.json  —  " + dir, recentItems().get(0).getText());
    }

    private List<MenuItem> recentItems() {
        return ((Menu) file.getItems().stream().filter(i -> "recent-files".equals(i.getId())).findFirst().orElseThrow())
                .getItems();
    }
}
