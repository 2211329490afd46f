package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.ColleagueExport;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.TaskWait;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import nl.onderwijsregio.atlas.ui.prefs.ExportFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Exports for colleagues are written as every export is: whole, never over a read-only file, failures told. */
@ExtendWith(ApplicationExtension.class)
class ColleagueExportMenuTest {

    @TempDir
    Path dir;

    private final AtlasState state = new AtlasState();
    private ColleagueExportMenu menu;
    private final java.util.prefs.Preferences prefs =
            java.util.prefs.Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + java.util.UUID.randomUUID());

    @Start
    void start(Stage stage) {
        Messages.use(Messages.DUTCH);
        state.atlasProperty().set(EditFixture.atlas());
        menu = new ColleagueExportMenu(state, stage, new ExportFolder(new AtlasPreferences(prefs)));
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) throws Exception {
        prefs.removeNode();
        List<Window> dialogs = errorDialogs();
        robot.interact(() -> dialogs.forEach(Window::hide));
    }

    @Test
    void theMembershipsForExcelAreWrittenAndSaidOnTheStatusLine(FxRobot robot) throws Exception {
        Path file = dir.resolve("lidmaatschappen.csv");

        Worker.State end = TaskWait.untilDone(WaitForAsyncUtils.asyncFx(() -> menu.write(file, ColleagueExport::membershipsExcel)).get());

        assertEquals(Worker.State.SUCCEEDED, end);
        assertTrue(Files.readString(file).contains("oost-nederland;"), Files.readString(file));
        assertEquals("lidmaatschappen.csv geschreven", state.statusProperty().get());
    }

    @Test
    void aFileMarkedReadOnlyIsKeptAndTheStatusLineSaysWhy(FxRobot robot) throws Exception {
        Path kept = dir.resolve("lidmaatschappen.csv");
        Files.writeString(kept, "de lijst van vorige week");
        assertTrue(kept.toFile().setWritable(false, false));

        Worker.State end = TaskWait.untilDone(WaitForAsyncUtils.asyncFx(() -> menu.write(kept, ColleagueExport::membershipsExcel)).get());

        assertEquals(Worker.State.FAILED, end);
        assertEquals("de lijst van vorige week", Files.readString(kept));
        assertEquals(Messages.t("export.notWritten.readOnly", kept.toString()), state.statusProperty().get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !errorDialogs().isEmpty());
    }

    /** The same convention as the map export's "onderwijsregios-po.png", not "onderwijsregios_po.shp". */
    @Test
    void theShownSectorsRegionsAreOfferedAsOnderwijsregiosHyphenSector() {
        state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.VO);
        assertEquals("onderwijsregios-vo.shp", menu.fileName("shp"));
        assertEquals("onderwijsregios-vo.geojson", menu.fileName("geojson"));
    }

    /** In English the regions are named as the English map export names them. */
    @Test
    void inEnglishTheShownSectorsRegionsAreOfferedAsEducationRegionsHyphenSector() {
        state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.VO);
        Messages.use(Messages.ENGLISH);
        try {
            assertEquals("education-regions-vo.geojson", menu.fileName("geojson"));
        } finally {
            Messages.use(Messages.DUTCH);
        }
    }

    /** A colleague's file cut off halfway is told with its line and column before a place to save is asked for. */
    @Test
    void aTruncatedOtherFileIsToldBeforeAskingWhereToSave(FxRobot robot) throws Exception {
        Path other = Files.createDirectories(dir.resolve("collega")).resolve("onderwijsregios.json");
        byte[] whole = new RegionFileWriter().toBytes(EditFixture.atlas().data());
        Files.write(other, java.util.Arrays.copyOf(whole, whole.length / 2));
        int[] asked = {0};

        Task<RegionData> read = WaitForAsyncUtils.asyncFx(() -> menu.compareWith(other, () -> {
            asked[0]++;
            return Optional.of(dir.resolve("verschillen.txt"));
        })).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !errorDialogs().isEmpty());

        assertEquals(0, asked[0], "nothing asked about a file that cannot be compared");
        assertEquals(Worker.State.FAILED, WaitForAsyncUtils.asyncFx(read::getState).get());
        DialogPane dialog = (DialogPane) errorDialogs().get(0).getScene().getRoot();
        assertEquals(Messages.t("editor.export.diffUnreadable", other.toAbsolutePath()), dialog.getHeaderText());
        assertTrue(dialog.getContentText().matches("(?s).*line \\d+, column \\d+.*|.*regel \\d+, kolom \\d+.*"),
                dialog.getContentText());
        assertFalse(Files.exists(dir.resolve("verschillen.txt")));
    }

    /** Both files are mostly called onderwijsregios.json: the report's heading names the colleague's by its folder. */
    @Test
    void theReportAgainstAColleaguesFileNamesItsFolder(FxRobot robot) throws Exception {
        Path other = Files.createDirectories(dir.resolve("collega")).resolve("onderwijsregios.json");
        Files.write(other, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        Path report = dir.resolve("verschillen.txt");

        Task<RegionData> read = WaitForAsyncUtils.asyncFx(() -> menu.compareWith(other, () -> Optional.of(report))).get();
        TaskWait.untilDone(read);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "verschillen.txt geschreven".equals(WaitForAsyncUtils.asyncFx(state.statusProperty()::get).get()));

        assertEquals("Verschillen tussen " + other.toAbsolutePath() + " en de huidige gegevens\n", Files.readString(report));
    }

    private static List<Window> errorDialogs() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && "error-dialog".equals(p.getId()))
                .toList()).get();
    }
}
