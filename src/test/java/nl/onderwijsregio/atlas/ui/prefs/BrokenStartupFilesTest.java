package nl.onderwijsregio.atlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import javafx.scene.control.Label;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.data.BrokenInputs;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The files last opened have broken since (a regions file cut short): the start shows the bundled data and
 * says why, instead of an empty window every time; the broken file waits under Recent files to be repaired.
 */
@ExtendWith(ApplicationExtension.class)
class BrokenStartupFilesTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID());
    private final AtlasPreferences prefs = new AtlasPreferences(node);
    private final AtlasState state = new AtlasState();
    private final DataFiles bundled = DataFiles.in(TestData.dataDir());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.use(Messages.DUTCH);
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        ErrorDialogs.closeAll(robot);
        node.removeNode();
    }

    /** A start that remembers {@code remembered}, until the bundled data is shown and the dialog saying why. */
    private DialogPane startWithBundledFallback(FxRobot robot, DataFiles remembered) throws Exception {
        prefs.setLastDataFiles(remembered);
        robot.interact(() -> new AtlasOpener(state, stage).openAtStart(prefs, remembered, bundled));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> state.atlas() != null && !ErrorDialogs.shown().isEmpty());
        return ErrorDialogs.shown().get(0);
    }

    @Test
    void brokenLastFilesAtStartShowTheBundledDataAndSaySo(FxRobot robot) throws Exception {
        DataFiles remembered = bundled.withRegions(cutShort("regios-kapot.json"));

        DialogPane dialog = startWithBundledFallback(robot, remembered);
        assertEquals(Messages.t("settings.open.startupFailed"), dialog.getHeaderText());
        assertTrue(dialog.getHeaderText().contains("meegeleverde gegevens"), dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("regios-kapot.json"), "names the file: " + dialog.getContentText());
        assertTrue(dialog.getContentText().contains(", regel 1, kolom "), "and the place: " + dialog.getContentText());
        assertEquals(bundled.regions(), state.regionFileProperty().get(), "the bundled data is shown");
        assertNotNull(state.geometryProperty().get(), "with its map");
        assertTrue(prefs.lastDataFiles().isEmpty(), "the next start does not try the broken files again");
        assertTrue(prefs.recentFiles().contains(remembered.regions().toAbsolutePath()),
                "they can be opened again once repaired: " + prefs.recentFiles());
    }

    @Test
    void aLastRegionsFileThatIsGoneIsNamedAtStartBesideTheBundledData(FxRobot robot) throws Exception {
        DataFiles remembered = bundled.withRegions(dir.resolve("verplaatst.json"));

        DialogPane dialog = startWithBundledFallback(robot, remembered);
        assertEquals(Messages.t("settings.open.startupFailed"), dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("verplaatst.json: bestand niet gevonden"), dialog.getContentText());
        assertEquals(bundled.regions(), state.regionFileProperty().get(), "the bundled data is shown");
        assertTrue(prefs.recentFiles().contains(remembered.regions().toAbsolutePath()),
                "to be opened again once it is back: " + prefs.recentFiles());
    }

@Test
    void theStartupDialogForAGoneFileDeepInASharedFolderWrapsWithinTheScreen(FxRobot robot) throws Exception {
        Path deep = dir.resolve("Documenten/Onderwijsregio's/gedeelde-map-van-het-samenwerkingsverband-zuid-oost/"
                + "archief/2026/onderwijsregios-definitief-na-overleg-met-de-gemeenten-mijnversie.json");

        DialogPane dialog = startWithBundledFallback(robot, bundled.withRegions(deep));
        WaitForAsyncUtils.waitForFxEvents();

        Window window = dialog.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(window.getX() >= screen.getMinX() && window.getX() + window.getWidth() <= screen.getMaxX(),
                "within the " + screen.getWidth() + " px of the screen: " + window.getX() + " + " + window.getWidth());
        Label heading = (Label) dialog.lookup(".header-panel .label");
        assertTrue(heading.getHeight() > 2 * heading.getFont().getSize(),
                "the heading wraps onto more lines: " + heading.getHeight());
        Node close = dialog.lookupButton(DialogButtons.close());
        assertTrue(close.localToScene(close.getLayoutBounds()).getMaxX() <= dialog.getScene().getWidth(),
                "Sluiten in view");
    }

    @Test
    void aDataFolderNamedAtStartThatDoesNotExistIsSaidToBeSoAndTheBundledDataIsShown(FxRobot robot) throws Exception {
        Path missing = dir.resolve("some/folder/that/does/not/exist");
        DialogPane dialog = startWithDataFolder(robot, missing);
        assertEquals("de map " + missing + " bestaat niet", dialog.getContentText());
    }

    /** A start with {@code --data folder}, until the bundled data is shown and the dialog saying why. */
    private DialogPane startWithDataFolder(FxRobot robot, Path folder) throws Exception {
        String named = System.getProperty(NamedDataFolder.PROPERTY);
        try {
            System.setProperty(NamedDataFolder.PROPERTY, folder.toString());
            robot.interact(() -> new AtlasOpener(state, stage).openAtStart(prefs));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> state.atlas() != null && !ErrorDialogs.shown().isEmpty());
        } finally {
            System.setProperty(NamedDataFolder.PROPERTY, named);
        }
        DialogPane dialog = ErrorDialogs.shown().get(0);
        assertEquals(Messages.t("settings.open.dataFolderUnusable"), dialog.getHeaderText());
        assertEquals(bundled.regions().toAbsolutePath().normalize(),
                state.regionFileProperty().get().toAbsolutePath().normalize(), "the bundled data, to work with");
        return dialog;
    }

    @Test
    void aDataFolderNamedAtStartWithAFolderForItsRegionsFileIsToldSoAsTheCommandLineTellsIt(FxRobot robot)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("regios-2026"));
        Files.createDirectories(folder.resolve("onderwijsregios.json"));

        DialogPane dialog = startWithDataFolder(robot, folder);
        assertEquals(folder.resolve("onderwijsregios.json") + ": dit is een map, geen JSON-bestand",
                dialog.getContentText());
    }

    @Test
    void aDataFolderNamedAtStartWithABrokenShapefileGivesWayToTheBundledDataNamingWhatIsBroken(FxRobot robot)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("regios-2026"));
        Files.copy(bundled.regions(), folder.resolve("onderwijsregios.json"));
        Path shp = BrokenInputs.truncatedShp(Files.createDirectories(folder.resolve("geo")));

        DialogPane dialog = startWithDataFolder(robot, folder);
        assertTrue(dialog.getContentText().startsWith(shp.toString()), "names the shapefile: " + dialog.getContentText());
        assertNotNull(state.geometryProperty().get(), "a map to work with, not an empty one");
    }

    @Test
    void aNamedDataFolderIsToldByWhatItLacks() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("regios-2026"));
        assertEquals("in de map " + folder + " staat geen onderwijsregios.json",
                NamedDataFolder.problem(folder).orElseThrow());
        Files.copy(bundled.regions(), folder.resolve("onderwijsregios.json"));
        assertEquals("in de map " + folder + " staan geen gemeentegrenzen (geo/gemeenten_JJJJ.shp)",
                NamedDataFolder.problem(folder).orElseThrow());
        Path file = folder.resolve("onderwijsregios.json");
        assertEquals(file + " is geen map", NamedDataFolder.problem(file).orElseThrow());
        assertTrue(NamedDataFolder.problem(TestData.dataDir()).isEmpty(), "the bundled folder is a data folder");
    }

    @Test
    void whenTheBundledDataFailsTooTheDialogDoesNotClaimAnAtlasIsShown(FxRobot robot) throws Exception {
        DataFiles remembered = bundled.withRegions(cutShort("regios-kapot.json"));
        DataFiles bundledButBroken = bundled.withRegions(cutShort("onderwijsregios.json"));
        prefs.setLastDataFiles(remembered);

        robot.interact(() -> new AtlasOpener(state, stage).openAtStart(prefs, remembered, bundledButBroken));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ErrorDialogs.shown().size() == 2);

        List<DialogPane> dialogs = ErrorDialogs.shown();
        assertEquals(Messages.t("settings.open.startupFailed"), dialogs.get(0).getHeaderText());
        assertEquals(Messages.t("settings.open.failedNothingShown"), dialogs.get(1).getHeaderText());
        assertTrue(dialogs.get(1).getContentText().contains("onderwijsregios.json"), dialogs.get(1).getContentText());
        assertNull(state.atlas());
        assertEquals(Messages.t("app.loadFailed"), state.statusProperty().get());
    }

    @Test
    void brokenLastFilesFailingAfterTheUserOpenedOthersAreForgottenWithoutShowingTheBundledData(FxRobot robot)
            throws Exception {
        DataFiles remembered = bundled.withRegions(cutShort("regios-kapot.json"));
        Path ownCopy = Files.copy(bundled.regions(), dir.resolve("eigen-regios.json"));
        prefs.setLastDataFiles(remembered);
        CountDownLatch startMayFail = new CountDownLatch(1);
        AtlasOpener.Reader reader = files -> {
            if (files.equals(remembered)) {
                startMayFail.await();
            }
            return AtlasOpener.read(files);
        };

        robot.interact(() -> new AtlasOpener(state, stage, reader).openAtStart(prefs, remembered, bundled));
        robot.interact(() -> new AtlasOpener(state, stage, reader).open(bundled.withRegions(ownCopy), f -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ownCopy.equals(state.regionFileProperty().get()));
        startMayFail.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> prefs.lastDataFiles().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ownCopy, state.regionFileProperty().get(), "what the user opened stays");
        assertTrue(ErrorDialogs.shown().isEmpty(), "the user has moved on");
    }

    /** A regions file cut off in its first region, as an interrupted copy leaves it; each in a folder of its own. */
    private Path cutShort(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(UUID.randomUUID().toString()));
        Files.writeString(folder.resolve(name), "{ \"schemaVersion\": 1, \"regions\": [ { \"id\": \"zwolle\", ",
                StandardCharsets.UTF_8);
        return folder.resolve(name);
    }
}
