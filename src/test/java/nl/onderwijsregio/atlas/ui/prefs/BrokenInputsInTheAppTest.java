package nl.onderwijsregio.atlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.data.BrokenInputs;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 8's robustness corpus ({@link BrokenInputs}) opened the way the File menu opens files, through
 * {@link AtlasOpener}, over the bundled atlas: each broken input ends in an error dialog that names the file
 * (and the place, where there is one), the atlas on screen stays, and the app keeps answering. The readers'
 * own messages are tested in {@code RobustnessCorpusTest}; this is what the user gets from them.
 */
@ExtendWith(ApplicationExtension.class)
class BrokenInputsInTheAppTest {

    /** The atlas "shown before": loaded once, since each case only needs it on screen, not loaded again. */
    private static DataFiles bundled;
    private static Atlas bundledAtlas;
    private static MapGeometry bundledGeometry;

    @TempDir
    Path dir;

    private Stage stage;
    private final AtlasState state = new AtlasState();

    @BeforeAll
    static void loadTheBundledAtlasOnce() throws Exception {
        bundled = DataFiles.in(TestData.dataDir());
        bundledAtlas = new AtlasLoader().load(bundled.municipalities(), bundled.regions());
        bundledGeometry = MapGeometry.of(bundledAtlas);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
        Messages.use(Messages.DUTCH);
        state.showLoaded(bundledAtlas, bundledGeometry, bundled.municipalities(), bundled.regions());
    }

    @AfterEach
    void closeErrorDialogs(FxRobot robot) throws Exception {
        ErrorDialogs.closeAll(robot);
    }

    /**
     * A broken input: how to make it, which file the message must name, and what else it must say (in Dutch),
     * if anything: the place in the file, or the part that is missing.
     */
    record Broken(String name, Builder build, Named named, String alsoSays) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Builder {
        Path in(Path dir) throws Exception;
    }

    @FunctionalInterface
    interface Named {
        Path by(Path opened);
    }

    private static final Named ITSELF = opened -> opened;

    static Stream<Broken> corpus() {
        return Stream.of(
                new Broken("truncated .shp", BrokenInputs::truncatedShp, ITSELF, null),
                new Broken(".dbf with a wrong record count", d -> BrokenInputs.dbfWithRecordCount(d, 400),
                        shp -> shp.resolveSibling("gemeenten_2024.dbf"), null),
                new Broken("missing .shx", BrokenInputs::withoutShx, ITSELF, "gemeenten_2024.shx"),
                new Broken("empty .shp", BrokenInputs::emptyShp, ITSELF, null),
                new Broken("degrees under an RD New .prj", BrokenInputs::degreesUnderRdNewPrj, ITSELF,
                        "dat zijn graden, zoals in WGS84 (EPSG:4326)"),
                new Broken("folder where the .shp belongs", BrokenInputs::folderWhereTheShpBelongs, ITSELF, null),
                new Broken("200 MB JSON", BrokenInputs::json200Mb, ITSELF, null),
                new Broken("JSON nested 10,000 levels deep", BrokenInputs::jsonNested10000Deep, ITSELF, null),
                new Broken("invalid UTF-8", BrokenInputs::invalidUtf8, ITSELF, "regel 28, kolom 47"),
                new Broken("municipality code in the wrong format", BrokenInputs::codeInTheWrongFormat, ITSELF,
                        "regel 28, $.regions[0].members[1].code"),
                new Broken("empty JSON", BrokenInputs::emptyJson, ITSELF, null),
                new Broken("folder where the regions file belongs",
                        d -> Files.createDirectories(d.resolve("onderwijsregios.json")), ITSELF, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBrokenInputIsNamedInADialogAndTheShownAtlasStays(Broken input, FxRobot robot) throws Exception {
        Path file = input.build().in(dir);
        Task<?> task = open(robot, bundled.with(file));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());

        String message = robot.lookup("#error-dialog").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains(input.named().by(file).toString()), "names the file: " + message);
        if (input.alsoSays() != null) {
            assertTrue(message.contains(input.alsoSays()), "says " + input.alsoSays() + ": " + message);
        }
        // Refused in our words, not by a crash of the loader (an OutOfMemoryError, a stack overflow).
        assertEquals(Worker.State.FAILED, onFxThread(task::getState));
        assertInstanceOf(DataLoadException.class, onFxThread(task::getException));
        assertSame(bundledAtlas, state.atlas(), "the atlas on screen stays");
        assertTrue(bundled.sameFilesAs(new DataFiles(state.municipalityFileProperty().get(), state.regionFileProperty().get())),
                "the files on screen stay");
        assertSame(bundledGeometry, state.geometryProperty().get());
        assertFxThreadAnswers();
    }

    /** EPSG:4326 instead of RD New is no error: it opens, and the municipalities lie where they belong. */
    @Test
    void aShapefileInWgs84InsteadOfRdOpensWithTheMunicipalitiesInPlace(FxRobot robot) throws Exception {
        Path shp = BrokenInputs.wgs84Shapefile(dir);
        open(robot, new DataFiles(shp, BrokenInputs.SMALL_REGIONS));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.atlas() != bundledAtlas);

        assertEquals(shp, state.municipalityFileProperty().get());
        assertEquals(3, state.atlas().municipalities().size());
        Geometry zwolleRd = municipality(state.atlas(), "GM0193").geometryRd();
        assertTrue(municipality(bundledAtlas, "GM0193").geometryRd().contains(zwolleRd),
                "in RD New it lies inside Zwolle as the bundled boundaries draw it: " + zwolleRd);
        assertTrue(municipality(state.atlas(), "GM0193").geometryWgs84()
                .equalsTopo(new WKTReader().read(BrokenInputs.zwolleSquareWgs84())), "WGS84 kept as given");
        assertTrue(robot.lookup("#error-dialog").tryQuery().isEmpty(), "no error");
        assertFxThreadAnswers();
    }

    /**
     * 100,000 members is no reading error (the validator reports the listed-twice municipality): the file
     * opens, within the time a user would wait, and the app keeps answering.
     */
    @Test
    void aRegionWith100000MembersOpensAndTheAppKeepsAnswering(FxRobot robot) throws Exception {
        Path file = BrokenInputs.regionWith100000Members(dir);
        open(robot, bundled.withRegions(file));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.atlas() != bundledAtlas);

        assertEquals(file, state.regionFileProperty().get());
        assertEquals(100_001, state.atlas().regions().get(0).members().size());
        assertTrue(robot.lookup("#error-dialog").tryQuery().isEmpty(), "no error");
        assertFxThreadAnswers();
    }

    private Task<?> open(FxRobot robot, DataFiles files) {
        AtomicReference<Task<?>> task = new AtomicReference<>();
        robot.interact(() -> task.set(new AtlasOpener(state, stage).open(files, f -> { })));
        return task.get();
    }

    private static Municipality municipality(Atlas atlas, String code) {
        return atlas.municipality(code).orElseThrow();
    }

    /** A Task may only be asked on the FX thread. */
    private static <T> T onFxThread(java.util.concurrent.Callable<T> question) throws Exception {
        return WaitForAsyncUtils.asyncFx(question).get(5, TimeUnit.SECONDS);
    }

    /** The FX thread runs a new task within seconds: the app is not hung behind the dialog or the load. */
    private static void assertFxThreadAnswers() throws Exception {
        assertTrue(WaitForAsyncUtils.asyncFx(() -> true).get(5, TimeUnit.SECONDS));
    }
}
