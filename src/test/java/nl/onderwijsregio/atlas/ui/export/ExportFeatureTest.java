package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.concurrent.Worker;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.core.export.MapPicture;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import nl.onderwijsregio.atlas.ui.TaskWait;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import nl.onderwijsregio.atlas.ui.presenter.PresenterOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Exports from the running app: the map as shown at ×2, and a slide per region with progress and cancel. */
class ExportFeatureTest extends InTheRunningAtlas {

    private static ExportFeature feature;

    @BeforeAll
    static void setUpOnTheRunningAtlas() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> app.window().mapLayer().scene() != null && app.window().mapLayer().viewport() != null);
        feature = app.exports();
    }

    /** A task's state, read on the FX thread as Task requires. */
    private static Worker.State state(Task<?> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task::getState).get();
    }

    @Test
    void theMapAsShownAtTwiceTheWindowSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("po.png");
        Task<Void> task = WaitForAsyncUtils.asyncFx(() -> feature.writeMap(
                PictureSize.WINDOW_2.apply(feature.shownMap()), ExportFormat.PNG, false, file)).get();
        TaskWait.untilDone(task);

        assertEquals(Worker.State.SUCCEEDED, state(task), String.valueOf(WaitForAsyncUtils.asyncFx(task::getException).get()));
        Viewport shown = app.window().mapLayer().viewport();
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(Math.round(shown.width() * 2), img.getWidth());
        assertEquals(Math.round(shown.height() * 2), img.getHeight());
        assertTrue(app.state().statusProperty().get().contains(file.toString()), app.state().statusProperty().get());
    }

    @Test
    void aLegendTickedForA400By300MapIsSaidToBeLeftOutInTheStatusAsTheCommandLineSays(@TempDir Path dir)
            throws Exception {
        MapExportDialog.Choice small = new MapExportDialog.Choice(ExportFormat.PNG, PictureSize.fixed(400, 300), false,
                false, true, "");
        MapPicture picture = WaitForAsyncUtils.asyncFx(() -> ExportFeature.exported(feature.shownMap(), small)).get();

        String status = ExportFeature.written(picture, ExportFormat.PNG, dir.resolve("po-klein.png"));

        assertTrue(status.endsWith("(400 × 300); de legenda past niet leesbaar op dit formaat en is weggelaten"), status);
    }

    @Test
    void aPdfIsToldInTheStatusAsTheA4PageItIsNotAsItsPixels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("noorderwijs.pdf");
        MapPicture picture = PictureSize.FULL_HD.apply(feature.shownMap());
        Task<Void> task = WaitForAsyncUtils.asyncFx(() -> feature.writeMap(picture, ExportFormat.PDF, false, file)).get();
        TaskWait.untilDone(task);

        String status = app.state().statusProperty().get();
        assertEquals(Messages.t("export.writtenPage", file.toString(), Messages.current().locale().getLanguage()
                .equals("en") ? "A4 landscape, 297 × 210 mm" : "A4 liggend, 297 × 210 mm"), status);
        assertFalse(status.contains("1920"), status);
    }

    @Test
    void theExportDialogIsTitledAfterTheSelectedRegionAndOpensOnTheLastChoicesMade() throws Exception {
        MapPicture shown = feature.shownMap();
        WaitForAsyncUtils.asyncFx(() -> app.state().selectRegion("noorderwijs")).get();
        try {
            CompletableFuture<Optional<MapExportDialog.Choice>> first = ask(() -> feature.askMap(shown));
            DialogPane dialog = exportDialog();
            assertEquals("Noorderwijs", control(dialog, "#export-title", TextField.class).getText());
            WaitForAsyncUtils.asyncFx(() -> {
                control(dialog, "#export-format", ComboBox.class).setValue(ExportFormat.PDF);
                control(dialog, "#export-dark", CheckBox.class).setSelected(true);
                control(dialog, "#export-legend", CheckBox.class).setSelected(false);
            }).get();
            press(dialog, ButtonBar.ButtonData.OK_DONE);
            assertTrue(first.get(10, TimeUnit.SECONDS).orElseThrow().dark());

            WaitForAsyncUtils.asyncFx(() -> app.state().selectRegion(null)).get();
            CompletableFuture<Optional<MapExportDialog.Choice>> second = ask(() -> feature.askMap(shown));
            DialogPane again = exportDialog();
            assertEquals(ExportFormat.PDF, control(again, "#export-format", ComboBox.class).getValue());
            assertTrue(control(again, "#export-dark", CheckBox.class).isSelected(), "still dark");
            assertFalse(control(again, "#export-legend", CheckBox.class).isSelected(), "still without legend");
            assertEquals(Messages.t("export.title.sector", "PO"),
                    control(again, "#export-title", TextField.class).getText(), "nothing selected: the sector's title");
            press(again, ButtonBar.ButtonData.CANCEL_CLOSE);
            assertTrue(second.get(10, TimeUnit.SECONDS).isEmpty());
        } finally {
            WaitForAsyncUtils.asyncFx(() -> app.state().selectRegion(null)).get();
        }
    }

    @Test
    void aDarkExportIsDrawnInPresenterModesDarkLook() {
        MapPicture dark = ExportFeature.exported(feature.shownMap(),
                new MapExportDialog.Choice(ExportFormat.PNG, PictureSize.WINDOW_1, false, true, true, null));
        assertEquals(MapStyle.dark(), dark.style());
        assertEquals(MapStyle.dark(), dark.painter().style());
    }

    @Test
    void aDarkDeckOfSlidesIsDarkAndTheNextDeckOpensDark(@TempDir Path dir) throws Exception {
        CompletableFuture<Optional<SlidesDialog.Choice>> first = ask(() -> feature.askSlides());
        DialogPane dialog = exportDialog();
        WaitForAsyncUtils.asyncFx(() -> control(dialog, "#export-dark", CheckBox.class).setSelected(true)).get();
        press(dialog, ButtonBar.ButtonData.OK_DONE);
        SlidesDialog.Choice choice = first.get(10, TimeUnit.SECONDS).orElseThrow();
        CompletableFuture<Optional<SlidesDialog.Choice>> second = ask(() -> feature.askSlides());
        DialogPane again = exportDialog();
        assertTrue(control(again, "#export-dark", CheckBox.class).isSelected(), "remembered");
        press(again, ButtonBar.ButtonData.CANCEL_CLOSE);
        second.get(10, TimeUnit.SECONDS);

        Task<List<Path>> task = WaitForAsyncUtils.asyncFx(
                () -> feature.writeSlides(Sector.VO, ExportFormat.PNG, 320, 180, choice.dark(), dir)).get();
        TaskWait.untilDone(task);
        BufferedImage slide = ImageIO.read(WaitForAsyncUtils.asyncFx(task::getValue).get().get(0).toFile());
        int corner = slide.getRGB(1, 1);
        int brightest = Math.max((corner >> 16) & 0xff, Math.max((corner >> 8) & 0xff, corner & 0xff));
        assertTrue(brightest < 80, "a dark sea or land in the corner: " + Integer.toHexString(corner));
    }

    private static List<nl.onderwijsregio.atlas.core.model.Region> northToSouth(Sector sector) {
        return PresenterOrder.northToSouth(app.state().regionMapsProperty().get().layer(sector));
    }

    @Test
    void theNextDeckOpensOnTheSectorChosenLastNotOnTheOneOnScreen() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.state().sectorProperty().set(Sector.PO)).get();
        CompletableFuture<Optional<SlidesDialog.Choice>> first = ask(() -> feature.askSlides());
        DialogPane dialog = exportDialog();
        WaitForAsyncUtils.asyncFx(() -> control(dialog, "#export-sector", ComboBox.class).setValue(Sector.VO)).get();
        press(dialog, ButtonBar.ButtonData.OK_DONE);
        assertEquals(Sector.VO, first.get(10, TimeUnit.SECONDS).orElseThrow().sector());

        CompletableFuture<Optional<SlidesDialog.Choice>> second = ask(() -> feature.askSlides());
        DialogPane again = exportDialog();
        assertEquals(Sector.VO, control(again, "#export-sector", ComboBox.class).getValue(), "still VO, with PO on screen");
        press(again, ButtonBar.ButtonData.CANCEL_CLOSE);
        second.get(10, TimeUnit.SECONDS);
    }

    /** Opens a dialog on the FX thread without waiting for its answer. */
    private static <T> CompletableFuture<T> ask(java.util.function.Supplier<T> opening) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(opening.get()));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    /** The open export dialog (map or slides): the one with a format list. */
    private static DialogPane exportDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> findExportDialog() != null);
        return findExportDialog();
    }

    private static DialogPane findExportDialog() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && p.lookup("#export-format") != null)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null)).get();
    }

    private static <T> T control(DialogPane dialog, String id, Class<T> type) {
        return type.cast(dialog.lookup(id));
    }

    private static void press(DialogPane dialog, ButtonBar.ButtonData data) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == data).findFirst()
                .ifPresent(b -> ((Button) dialog.lookupButton(b)).fire())).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSlidePerVoRegionNorthToSouth(@TempDir Path dir) throws Exception {
        Task<List<Path>> task = WaitForAsyncUtils.asyncFx(
                () -> feature.writeSlides(Sector.VO, ExportFormat.SVG, 320, 180, false, dir)).get();
        TaskWait.untilDone(task);

        assertEquals(Worker.State.SUCCEEDED, state(task), String.valueOf(WaitForAsyncUtils.asyncFx(task::getException).get()));
        int regions = app.state().regionMapsProperty().get().layer(Sector.VO).regions().size();
        try (var files = Files.list(dir)) {
            assertEquals(regions, files.count());
        }
        assertEquals(1.0, WaitForAsyncUtils.asyncFx(task::getProgress).get(), 1e-9);
    }

    @Test
    void theSlidesAreNumberedInThePresentersOrderWithLimburgFirst(@TempDir Path dir) throws Exception {
        ExportFeature limburgFirst = WaitForAsyncUtils.asyncFx(() -> new ExportFeature(app.window(), app.state(),
                RunningAtlas.stage(), s -> PresenterOrder.custom(app.state().regionMapsProperty().get().layer(s),
                        List.of("limburg")), AtlasPreferences.forUser())).get();
        Task<List<Path>> task = WaitForAsyncUtils.asyncFx(
                () -> limburgFirst.writeSlides(Sector.PO, ExportFormat.SVG, 320, 180, false, dir)).get();
        TaskWait.untilDone(task);

        List<Path> written = WaitForAsyncUtils.asyncFx(task::getValue).get();
        assertEquals("po-01-limburg.svg", written.get(0).getFileName().toString(), "the talk opens with Limburg");
    }

    @Test
    void aVoDeckIntoAFolderHoldingItsAmsterdamSlideAsksOnceAndCancelWritesNothing(@TempDir Path dir) throws Exception {
        Path amsterdam = dir.resolve("vo-07-amsterdam.png");
        Files.writeString(amsterdam, "the slide of an earlier talk");
        SlidesDialog.Choice vo = new SlidesDialog.Choice(Sector.VO, ExportFormat.PNG, PictureSize.fixed(320, 180), false);
        int regions = app.state().regionMapsProperty().get().layer(Sector.VO).regions().size();

        CompletableFuture<Optional<Task<List<Path>>>> declined = ask(() -> feature.exportSlides(vo, dir));
        DialogPane question = replaceQuestion();
        assertEquals(Messages.t("export.slides.replace.header", 1, regions, dir.toString()), question.getHeaderText());
        assertTrue(question.getHeaderText().contains(dir.toString()), question.getHeaderText());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> question.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .allMatch(b -> ((Button) question.lookupButton(b)).isDefaultButton())).get(), "Enter keeps the slides");
        press(question, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertTrue(declined.get(10, TimeUnit.SECONDS).isEmpty(), "nothing written");
        assertEquals("the slide of an earlier talk", Files.readString(amsterdam));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        assertEquals(Messages.t("export.slides.kept", dir.toString()), app.state().statusProperty().get());

        CompletableFuture<Optional<Task<List<Path>>>> agreed = ask(() -> feature.exportSlides(vo, dir));
        press(replaceQuestion(), ButtonBar.ButtonData.OK_DONE);
        Task<List<Path>> task = agreed.get(10, TimeUnit.SECONDS).orElseThrow();
        TaskWait.untilDone(task);
        assertEquals(regions, WaitForAsyncUtils.asyncFx(task::getValue).get().size());
        assertEquals(320, ImageIO.read(amsterdam.toFile()).getWidth(), "replaced by the new slide");
    }

    private static DialogPane replaceQuestion() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog("export-replace") != null);
        return dialog("export-replace");
    }

    @Test
    void theNextExportsFileDialogOpensInTheFolderTheLastExportWentToAlsoAtTheNextStart(@TempDir Path dir)
            throws Exception {
        Preferences node = Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID());
        try {
            ExportFeature first = WaitForAsyncUtils.asyncFx(() -> new ExportFeature(app.window(), app.state(),
                    RunningAtlas.stage(), ExportFeatureTest::northToSouth, new AtlasPreferences(node))).get();
            assertEquals(new File(System.getProperty("user.home")), first.startFolder().orElseThrow(),
                    "at first the home folder, not where the atlas was started");

            Path maps = Files.createDirectory(dir.resolve("kaarten"));
            TaskWait.untilDone(WaitForAsyncUtils.asyncFx(() -> first.writeMap(
                    PictureSize.fixed(320, 180).apply(first.shownMap()), ExportFormat.PNG, false,
                    maps.resolve("po.png"))).get());
            assertEquals(maps.toFile(), first.startFolder().orElseThrow(), "after a map");

            Path slides = Files.createDirectory(dir.resolve("dia’s"));
            SlidesDialog.Choice mbo = new SlidesDialog.Choice(Sector.MBO, ExportFormat.SVG, PictureSize.fixed(320, 180), false);
            TaskWait.untilDone(WaitForAsyncUtils.asyncFx(() -> first.exportSlides(mbo, slides)).get().orElseThrow());
            assertEquals(slides.toFile(), first.startFolder().orElseThrow(), "after a deck of slides");

            ExportFeature nextStart = WaitForAsyncUtils.asyncFx(() -> new ExportFeature(app.window(), app.state(),
                    RunningAtlas.stage(), ExportFeatureTest::northToSouth,
                    new AtlasPreferences(Preferences.userRoot().node(node.absolutePath())))).get();
            assertEquals(slides.toFile(), nextStart.startFolder().orElseThrow(), "at the next start");

            try (var files = Files.list(slides)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(slides);
            assertEquals(new File(System.getProperty("user.home")), nextStart.startFolder().orElseThrow(),
                    "a folder since removed is not offered");
        } finally {
            node.removeNode();
        }
    }

    @Test
    void theMboDeckSaysThatProgressusAndTheLandelijkeGroeneOnderwijsregioHaveNoSlide(@TempDir Path dir) throws Exception {
        Task<List<Path>> task = WaitForAsyncUtils.asyncFx(
                () -> feature.writeSlides(Sector.MBO, ExportFormat.SVG, 320, 180, false, dir)).get();
        TaskWait.untilDone(task);

        int written = WaitForAsyncUtils.asyncFx(task::getValue).get().size();
        assertEquals(app.state().regionMapsProperty().get().layer(Sector.MBO).regions().size(), written,
                "a slide for every region on the map");
        assertEquals(Messages.t("export.slides.written", written, dir.toString()) + "; "
                + Messages.t("export.slides.withoutSlide.national", 2), app.state().statusProperty().get());
        assertTrue(app.state().statusProperty().get().endsWith(Messages.current().locale().getLanguage().equals("en")
                ? "; 2 national regions without territory have no slide"
                : "; 2 landelijke regio’s zonder gebied hebben geen dia"), app.state().statusProperty().get());
    }

    @Test
    void cancelStopsTheSlidesAndSaysHowManyOfHowManyAreWhere(@TempDir Path dir) throws Exception {
        Task<List<Path>> task = WaitForAsyncUtils.asyncFx(() -> {
            Task<List<Path>> t = feature.writeSlides(Sector.PO, ExportFormat.PNG, 1920, 1080, false, dir);
            t.progressProperty().addListener((o, a, b) -> {
                if (b.doubleValue() > 0) {
                    t.cancel();
                }
            });
            return t;
        }).get();
        TaskWait.untilDone(task);

        assertEquals(Worker.State.CANCELLED, state(task));
        int regions = app.state().regionMapsProperty().get().layer(Sector.PO).regions().size();
        // The status is told once the slide under way when Cancel was pressed is finished: then the folder is final.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(dir)) {
                return Messages.t("export.slides.cancelled", files.count(), regions, dir.toString())
                        .equals(app.state().statusProperty().get());
            }
        });
        try (var files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.size() >= 1 && names.size() < regions, "written " + names.size() + " of " + regions);
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".part")), names.toString());
        }
    }

    @Test
    void aReadOnlyFileIsKeptAndTheStatusAndTheDialogSayWhyInTheAppsLanguage(@TempDir Path dir) throws Exception {
        Path kept = dir.resolve("kaart.png");
        Files.writeString(kept, "old");
        assertTrue(kept.toFile().setWritable(false, false));
        Task<Void> task = WaitForAsyncUtils.asyncFx(() -> feature.writeMap(
                PictureSize.WINDOW_1.apply(feature.shownMap()), ExportFormat.PNG, false, kept)).get();
        TaskWait.untilDone(task);

        assertEquals(Worker.State.FAILED, state(task));
        assertEquals("old", Files.readString(kept));
        String why = Messages.t("export.notWritten.readOnly", kept.toString());
        assertEquals(why, app.state().statusProperty().get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> errorDialog() != null);
        DialogPane dialog = errorDialog();
        assertEquals(why, WaitForAsyncUtils.asyncFx(dialog::getContentText).get());
        WaitForAsyncUtils.asyncFx(() -> dialog.getScene().getWindow().hide()).get();
    }

    private static DialogPane errorDialog() throws Exception {
        return dialog("error-dialog");
    }

    /** The showing dialog whose pane has {@code id}, or null. */
    private static DialogPane dialog(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && id.equals(p.getId()))
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null)).get();
    }
}
