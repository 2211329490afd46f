package nl.onderwijsregio.atlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.TaskWait;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening another regions file: a good one replaces the atlas, a broken one leaves it as it was; of loads that
 * overlap, the one opened last is what stays shown.
 */
@ExtendWith(ApplicationExtension.class)
class AtlasOpenerTest {

    /** What the stand-in readers return: which pair was shown is told by the file names in the state. */
    private static Atlas anAtlas;

    private Stage stage;
    private final AtlasState state = new AtlasState();

    @BeforeAll
    static void loadAnAtlasOnce() throws Exception {
        anAtlas = new AtlasLoader().load(TestData.dataDir());
    }

    @AfterEach
    void closeErrorDialogs(FxRobot robot) throws Exception {
        ErrorDialogs.closeAll(robot);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @Test
    void boundariesWithUtf8NamesUnderALatin1CpgSayInTheStatusLineThatTheyWereReadAsUtf8(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.writeString(dir.resolve("gemeenten_2024.cpg"), "latin1");
        DataFiles files = new DataFiles(shp, TestData.dataDir().resolve(AtlasLoader.REGION_FILE));

        robot.interact(() -> new AtlasOpener(state, stage).open(files, f -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.atlas() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Súdwest-Fryslân", state.atlas().municipality("GM1900").orElseThrow().name());
        assertEquals("Let op: Namen in gemeenten_2024.dbf zijn UTF-8, maar gemeenten_2024.cpg zegt latin1: gelezen"
                + " als UTF-8, bv. Súdwest-Fryslân. Zet UTF-8 in gemeenten_2024.cpg.", state.statusProperty().get());
    }

    @Test
    void aBrokenRegionsFileIsNamedWithItsPlaceAndTheShownAtlasStays(FxRobot robot, @TempDir Path dir) throws Exception {
        DataFiles bundled = DataFiles.in(TestData.dataDir());
        robot.interact(() -> new AtlasOpener(state, stage).open(bundled, f -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.atlas() != null);
        Atlas shown = state.atlas();
        assertEquals(bundled.regions(), state.regionFileProperty().get());

        Path broken = dir.resolve("regios-kapot.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, \"regions\": [ { \"id\": \"zwolle\", ", StandardCharsets.UTF_8);
        robot.interact(() -> new AtlasOpener(state, stage).open(bundled.withRegions(broken), f -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("regios-kapot.json"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains(", regel 1, kolom "), "names the place in Dutch: " + dialog.getContentText());
        assertSame(shown, state.atlas(), "the atlas on screen stays");
        assertEquals(bundled.regions(), state.regionFileProperty().get());
        assertNotNull(state.geometryProperty().get());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    /** As a restart with {@code --data} opens the folder an editor saved after a municipal reorganisation. */
    @Test
    void aDataFolderOpensWithTheBoundariesItsRegionsFileBelongsTo(FxRobot robot, @TempDir Path dir) throws Exception {
        TestData.reorganisedFolder(dir);
        List<DataFiles> remembered = new ArrayList<>();
        TaskWait.untilDone(open(robot, new AtlasOpener(state, stage), DataFiles.in(dir), remembered));

        Path edition2025 = dir.resolve("geo/gemeenten_2025.shp");
        assertTrue(ErrorDialogs.shown().isEmpty(), "no error");
        assertEquals(edition2025, state.municipalityFileProperty().get());
        assertTrue(state.atlas().municipality("GM1997").isPresent(), "the successor's code is on the map");
        assertEquals(List.of(new DataFiles(edition2025, dir.resolve(AtlasLoader.REGION_FILE))), remembered,
                "remembered as the two files shown");
    }

    @Test
    void boundariesPickedOneByOneAreReadAsPickedNotSwappedForTheFoldersChoice(@TempDir Path dir) throws Exception {
        TestData.reorganisedFolder(dir);
        DataFiles picked = DataFiles.in(dir).withMunicipalities(dir.resolve("geo/gemeenten_2024.shp"));

        DataLoadException e = assertThrows(DataLoadException.class, () -> AtlasOpener.read(picked));
        assertTrue(e.message(Locale.ENGLISH).contains("unknown municipality code GM1997"), e.getMessage());
    }

    /** Reads every pair at once, but {@code held} only once {@code release} is counted down. */
    private AtlasOpener.Reader holding(DataFiles held, CountDownLatch release) {
        return files -> {
            if (files.equals(held)) {
                release.await();
            }
            return anAtlas(files);
        };
    }

    @Test
    void aLoadThatFinishesAfterANewerOneIsNeitherShownNorRemembered(FxRobot robot, @TempDir Path dir) throws Exception {
        DataFiles atStart = pair(dir, "bij-het-starten");
        DataFiles openedThen = pair(dir, "daarna-geopend");
        CountDownLatch startMayFinish = new CountDownLatch(1);
        AtlasOpener.Reader reader = holding(atStart, startMayFinish);
        List<DataFiles> remembered = new CopyOnWriteArrayList<>();
        // Two openers, as the start-up and the File menu each have their own.
        Task<?> start = open(robot, new AtlasOpener(state, stage, reader), atStart, remembered);
        open(robot, new AtlasOpener(state, stage, reader), openedThen, remembered);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> openedThen.regions().equals(state.regionFileProperty().get()));

        startMayFinish.countDown();
        TaskWait.untilDone(start);

        assertEquals(openedThen.regions(), state.regionFileProperty().get(), "the files opened last stay shown");
        assertEquals(openedThen.municipalities(), state.municipalityFileProperty().get());
        assertEquals(List.of(openedThen), remembered, "and only they are remembered for the next start");
        assertEquals(loadedStatus(), state.statusProperty().get());
    }

    @Test
    void aLoadThatFinishesBeforeANewerOneIsShownUntilTheNewerArrives(FxRobot robot, @TempDir Path dir) throws Exception {
        DataFiles atStart = pair(dir, "bij-het-starten");
        DataFiles openedThen = pair(dir, "daarna-geopend");
        CountDownLatch thenMayFinish = new CountDownLatch(1);
        AtlasOpener.Reader reader = holding(openedThen, thenMayFinish);
        List<DataFiles> remembered = new CopyOnWriteArrayList<>();
        open(robot, new AtlasOpener(state, stage, reader), atStart, remembered);
        Task<?> then = open(robot, new AtlasOpener(state, stage, reader), openedThen, remembered);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> atStart.regions().equals(state.regionFileProperty().get()));
        assertEquals(Messages.t("app.loading"), state.statusProperty().get(), "the newer one is still loading");

        thenMayFinish.countDown();
        TaskWait.untilDone(then);

        assertEquals(openedThen.regions(), state.regionFileProperty().get());
        assertEquals(List.of(atStart, openedThen), remembered);
    }

    @Test
    void aLoadThatFailsAfterANewerOneStartedSaysNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        DataFiles atStart = pair(dir, "bij-het-starten");
        DataFiles openedThen = pair(dir, "daarna-geopend");
        CountDownLatch startMayFail = new CountDownLatch(1);
        AtlasOpener.Reader reader = files -> {
            if (files.equals(atStart)) {
                startMayFail.await();
                throw new IOException("kapot");
            }
            return anAtlas(files);
        };
        Task<?> start = open(robot, new AtlasOpener(state, stage, reader), atStart, new ArrayList<>());
        open(robot, new AtlasOpener(state, stage, reader), openedThen, new ArrayList<>());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> openedThen.regions().equals(state.regionFileProperty().get()));

        startMayFail.countDown();
        TaskWait.untilDone(start);

        assertTrue(robot.lookup("#error-dialog").tryQuery().isEmpty(), "the user has moved on to other files");
        assertEquals(openedThen.regions(), state.regionFileProperty().get());
        assertEquals(loadedStatus(), state.statusProperty().get());
    }

    @Test
    void aMessageSaidAsTheAtlasIsShownIsNotReplacedByTheCountOfWhatLoaded(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Messages.use(Messages.DUTCH);
        DataFiles copy = pair(dir, "onderwijsregios-20261206-2215");
        // What the editor says as it restores the unsaved work kept for the file shown.
        robot.interact(() -> state.atlasProperty().addListener((o, was, now) ->
                state.statusProperty().set("Niet-opgeslagen werk hersteld; sla het op om het te bewaren")));

        TaskWait.untilDone(open(robot, new AtlasOpener(state, stage, AtlasOpenerTest::anAtlas), copy, new ArrayList<>()));

        assertEquals("Niet-opgeslagen werk hersteld; sla het op om het te bewaren", state.statusProperty().get());
    }

    /** The one atlas the stand-in readers return, as read from {@code files}. */
    private static AtlasLoader.Loaded anAtlas(DataFiles files) {
        return new AtlasLoader.Loaded(anAtlas, files.municipalities(), files.regions());
    }

    private static DataFiles pair(Path dir, String name) {
        return new DataFiles(dir.resolve(name + ".shp"), dir.resolve(name + ".json"));
    }

    private static Task<?> open(FxRobot robot, AtlasOpener opener, DataFiles files, List<DataFiles> remembered) {
        AtomicReference<Task<?>> task = new AtomicReference<>();
        robot.interact(() -> task.set(opener.open(files, remembered::add)));
        return task.get();
    }

    private static String loadedStatus() {
        return Messages.t("app.loaded", anAtlas.municipalities().size(), anAtlas.regions().size());
    }
}
