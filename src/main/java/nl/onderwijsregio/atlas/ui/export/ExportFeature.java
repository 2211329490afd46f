package nl.onderwijsregio.atlas.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.core.export.ExportNames;
import nl.onderwijsregio.atlas.core.export.ExportPictures;
import nl.onderwijsregio.atlas.core.export.ExportTexts;
import nl.onderwijsregio.atlas.core.export.MapExporter;
import nl.onderwijsregio.atlas.core.export.MapPicture;
import nl.onderwijsregio.atlas.core.export.RegionSlides;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import nl.onderwijsregio.atlas.ui.prefs.ExportFolder;
import nl.onderwijsregio.atlas.ui.presenter.PresenterOrder;

/**
 * Exports in the File menu: the map as shown (PNG, SVG or PDF, at ×1/×2/×4 or a slide size), and a
 * slide per region of a sector. Pictures come from the same painter and scene as the screen, and are
 * written on a background thread; the window stays responsive and a failure is reported, not lost.
 */
public final class ExportFeature {

    private final MainWindow window;
    private final AtlasState state;
    private final Stage stage;

    /** The order a sector's regions are presented in: the slides follow the talk. */
    private final Function<Sector, List<Region>> talkOrder;

    /** Where the folder of the last export is kept between runs. */
    private final ExportFolder exportFolder;

    /** The choices of the last export of each kind this session, which the next one opens on; null before. */
    private MapExportDialog.Choice lastMap;
    private SlidesDialog.Choice lastSlides;

    /** Not yet in the menus: {@link #install} puts it there; a test may use one with its own order or preferences. */
    ExportFeature(MainWindow window, AtlasState state, Stage stage, Function<Sector, List<Region>> talkOrder,
                          AtlasPreferences prefs) {
        this.window = window;
        this.state = state;
        this.stage = stage;
        this.talkOrder = talkOrder;
        this.exportFolder = new ExportFolder(prefs);
    }

    /** With the slides in {@code talkOrder}, e.g. the presenter's stepping order. */
    public static ExportFeature install(MainWindow w, AtlasState state, Stage stage,
                                        Function<Sector, List<Region>> talkOrder) {
        ExportFeature f = new ExportFeature(w, state, stage, talkOrder, AtlasPreferences.forUser());
        MenuItem map = new MenuItem(Messages.t("export.menu.map"));
        map.setId("export-map");
        map.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        map.setOnAction(e -> f.exportMap());
        MenuItem slides = new MenuItem(Messages.t("export.menu.slides"));
        slides.setId("export-slides");
        slides.setOnAction(e -> f.exportSlides());
        // In Tabel or Landelijk beeld no map is on screen: "the map as you see it now" would be a map no one sees.
        map.disableProperty().bind(state.regionMapsProperty().isNull().or(w.mapPane().sceneProperty().isNull()));
        slides.disableProperty().bind(state.regionMapsProperty().isNull());
        MainWindow.addSection(w.menu("menu-file"), List.of(map, slides));
        return f;
    }

    /** The map as the screen shows it now, with the basemap the tiles show on screen. */
    MapPicture shownMap() {
        MapScene scene = window.mapLayer().scene();
        Viewport viewport = window.mapLayer().viewport();
        if (scene == null || viewport == null || state.geometryProperty().get() == null) {
            return null;
        }
        MapScene exported = scene.withBasemap(true).withHovered(null);
        MapPainter painter = new MapPainter(state.geometryProperty().get(), exported.style());
        return MapPicture.of(painter, exported, viewport).withCredit(Messages.t("export.credit"));
    }

    void exportMap() {
        MapPicture shown = shownMap();
        if (shown == null) {
            state.statusProperty().set(Messages.t("export.notReady"));
            return;
        }
        askMap(shown).ifPresent(c -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.t("export.map.title"));
            String ext = c.format().extension();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
            MapPicture picture = exported(shown, c);
            chooser.setInitialFileName(suggestedFileName(shown, picture, ext));
            chooser.setInitialDirectory(startFolder().orElse(null));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                ExportFileName.Target target = ExportFileName.target(file.toPath(), c.format());
                if (mayWrite(target)) {
                    writeMap(picture, target.format(), c.transparent(), target.file());
                } else {
                    state.statusProperty().set(Messages.t("export.map.kept", target.file().getFileName()));
                }
            }
        });
    }

    /** Whether {@code target} may be written: a file there that the file dialog did not ask about is asked about here. */
    private boolean mayWrite(ExportFileName.Target target) {
        Path file = target.file();
        return !target.extensionAdded() || !Files.exists(file) || ExportButtons.mayReplace(stage,
                Messages.t("export.map.title"),
                Messages.t("export.map.replace.header", file.getFileName(), file.toAbsolutePath().getParent()),
                Messages.t("export.map.replace.text"));
    }

    /**
     * "vo-zwolle-en-omgeving.png" with a region of the sector selected, else "onderwijsregios-vo.png"
     * ({@link ExportNames}): maps of several regions saved in a row do not each offer to overwrite the one before.
     * At another size than the window's, {@code exported} carries it ("onderwijsregios-vo-3840x2160.png"), so the
     * 4K map does not offer to replace the window's.
     */
    static String suggestedFileName(MapPicture shown, MapPicture exported, String extension) {
        MapScene scene = shown.scene();
        Optional<Region> selected = Optional.ofNullable(scene.selectedRegionId())
                .flatMap(id -> scene.regions() == null ? Optional.empty() : scene.regions().atlas().region(id))
                .filter(r -> r.serves(scene.sector()));
        String name = selected.map(r -> ExportNames.ofRegion(scene.sector(), r))
                .orElseGet(() -> ExportNames.ofSector(scene.sector(), Messages.current().locale()));
        boolean windowSize = exported.pixelWidth() == shown.pixelWidth() && exported.pixelHeight() == shown.pixelHeight();
        return ExportNames.file(windowSize ? name : ExportNames.sized(name, exported.pixelWidth(), exported.pixelHeight()),
                extension);
    }

    /** The picture {@code choice} makes of the map as {@code shown}: its size, look, title and legend. */
    static MapPicture exported(MapPicture shown, MapExportDialog.Choice choice) {
        MapPicture p = choice.size().apply(shown.inStyle(MapStyle.of(choice.dark())).withTitle(choice.title()));
        // Only the regions the exported picture shows (a zoomed map names a few, not the whole sector), none under it.
        return choice.legend() ? ExportPictures.withLegendClearOfTheMap(p, Messages.current().locale())
                : p.withLegend(List.of());
    }

    /**
     * Asks how to export {@code shown}, opening on the last export's choices this session (at first in the
     * screen's look) and titled after the selected region if there is one; remembers the answer.
     */
    Optional<MapExportDialog.Choice> askMap(MapPicture shown) {
        String title = defaultTitle(state.atlasProperty().get(), state.selectedRegionIdProperty().get(), shown.scene());
        Optional<MapExportDialog.Choice> choice = (lastMap == null
                ? new MapExportDialog(stage, title, shown.style().isDark(), shown.pixelWidth(), shown.pixelHeight())
                : new MapExportDialog(stage, title, lastMap, shown.pixelWidth(), shown.pixelHeight())).showAndWait();
        choice.ifPresent(c -> lastMap = c);
        return choice;
    }

    /**
     * The selected region's name, else the sector's regions: "Onderwijsregio's PO". A selection stays when the
     * sector changes, so a region that does not serve the shown sector (Rijk van Nijmegen, PO only, on the VO map)
     * would title a map it is not on: the sector's title then.
     */
    static String defaultTitle(Atlas atlas, String selectedId, MapScene shown) {
        // the overlap view counts regions per municipality: titled as the screen's legend titles it, not as a region map
        return shown.overlapView() ? Messages.t("map.legend.coverTitle", shown.sector().name())
                : defaultTitle(atlas, selectedId, shown.sector());
    }

    static String defaultTitle(Atlas atlas, String selectedId, Sector sector) {
        return Optional.ofNullable(selectedId).flatMap(i -> atlas == null ? Optional.empty() : atlas.region(i))
                .filter(r -> r.serves(sector))
                .map(Region::displayName).orElseGet(() -> Messages.t("export.title.sector", sector.name()));
    }

    /** Where the next export's file dialog opens (see {@link ExportFolder}). */
    Optional<File> startFolder() {
        return exportFolder.start();
    }

    private void rememberFolder(Path folder) {
        exportFolder.remember(folder);
    }

    /** Writes one picture in the background; the status bar tells when it is done. */
    Task<Void> writeMap(MapPicture picture, ExportFormat format, boolean transparent, Path file) {
        rememberFolder(file.toAbsolutePath().getParent());
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                MapExporter.write(picture, format, transparent, file);
                return null;
            }
        };
        return ExportTask.start(stage, state, task, none -> written(picture, format, file));
    }

    /**
     * What the status says was written: the pixels of an image, the printed page of a PDF; and what the picture left
     * out for want of room (a legend on 400 × 300), which the user ticked and would otherwise miss only in the file.
     */
    static String written(MapPicture picture, ExportFormat format, Path file) {
        String said = format == ExportFormat.PDF
                ? Messages.t("export.writtenPage", file.toString(),
                        ExportTexts.pdfPage(picture, Messages.current().locale()))
                : Messages.t("export.written", file.toString(), picture.pixelWidth(), picture.pixelHeight());
        for (MapPicture.Overlay missing : picture.leftOut()) {
            said = Messages.t("export.written.leftOut", said,
                    Messages.t("export.leftOut." + missing.name().toLowerCase(Locale.ROOT)));
        }
        return said;
    }


    void exportSlides() {
        if (state.regionMapsProperty().get() == null) {
            state.statusProperty().set(Messages.t("export.notReady"));
            return;
        }
        askSlides().ifPresent(c -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.t("export.slides.title"));
            chooser.setInitialDirectory(startFolder().orElse(null));
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                exportSlides(c, dir.toPath());
            }
        });
    }

    /**
     * Writes the deck {@code choice} asks for into {@code folder}; when slides of that deck are there already,
     * only after asking once whether to replace them. Returns the writing task, or empty when the answer was no.
     */
    Optional<Task<List<Path>>> exportSlides(SlidesDialog.Choice choice, Path folder) {
        rememberFolder(folder);
        RegionSlides deck = deck(choice.sector(), choice.size().width(), choice.size().height(), choice.dark());
        List<Region> regions = talkOrder.apply(choice.sector());
        int there = deck.existing(regions, folder, choice.format()).size();
        if (there > 0 && !SlidesDialog.mayReplace(stage, there, regions.size(), folder)) {
            state.statusProperty().set(Messages.t("export.slides.kept", folder.toString()));
            return Optional.empty();
        }
        return Optional.of(writeSlides(deck, regions, choice.format(), folder));
    }

    /**
     * Asks for a deck, opening on the last deck's choices this session, its sector too, as the map export keeps
     * its look; at first on the shown sector in the screen's look. Remembers the answer.
     */
    Optional<SlidesDialog.Choice> askSlides() {
        MapScene onScreen = window.mapLayer().scene();
        Optional<SlidesDialog.Choice> choice = (lastSlides == null
                ? new SlidesDialog(stage, state.sectorProperty().get(), onScreen != null && onScreen.style().isDark())
                : new SlidesDialog(stage, lastSlides)).showAndWait();
        choice.ifPresent(c -> lastSlides = c);
        return choice;
    }

    /**
     * The slides of {@code sector}'s regions at {@code width} × {@code height}, in the dark look when {@code dark},
     * each card with the doubts about its figures that the detail pane shows beside them.
     */
    private RegionSlides deck(Sector sector, int width, int height, boolean dark) {
        MapScene scene = MapScene.of(state.regionMapsProperty().get(), sector).withStyle(MapStyle.of(dark));
        Locale locale = Messages.current().locale();
        Map<String, List<String>> doubts = FigureCaveats.doubtsByRegion(state.regionMapsProperty().get().atlas()
                .regions(), state.findings().report().findings(), locale);
        return new RegionSlides(new MapPainter(state.geometryProperty().get(), scene.style()), scene,
                width, height, r -> ExportPictures.caption(r, scene, doubts.getOrDefault(r.id(), List.of()), locale),
                Messages.t("export.title.sector", sector.name()),
                Messages.t("export.credit"));
    }

    /**
     * Writes a slide per region of {@code sector}, in the talk's order, with progress and Cancel; in the
     * dark look when {@code dark}. Slides of the same deck in {@code folder} are replaced without asking.
     */
    Task<List<Path>> writeSlides(Sector sector, ExportFormat format, int width, int height, boolean dark,
                                 Path folder) {
        return writeSlides(deck(sector, width, height, dark), talkOrder.apply(sector), format, folder);
    }

    private Task<List<Path>> writeSlides(RegionSlides slides, List<Region> regions, ExportFormat format, Path folder) {
        AtomicBoolean started = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                started.set(true);
                updateMessage(Messages.t("export.slides.progress", 0, regions.size()));
                updateProgress(0, regions.size());
                try {
                    return slides.write(regions, folder, format, false, this::isCancelled, (done, total, file) -> {
                        written.set(done);
                        updateProgress(done, total);
                        updateMessage(Messages.t("export.slides.progress", done, total));
                    });
                } finally {
                    // Told when the writing has stopped, not when Cancel is pressed: the slide under way then
                    // is still finished, and the count must say what is in the folder.
                    if (isCancelled()) {
                        int count = written.get();
                        Platform.runLater(() -> tellCancelled(count, regions.size(), folder));
                    }
                }
            }
        };
        // Cancelled before it began, the task never writes, so never tells.
        task.setOnCancelled(e -> {
            if (!started.get()) {
                tellCancelled(0, regions.size(), folder);
            }
        });
        new ProgressWindow(stage, Messages.t("export.slides.title"), task).show();
        List<Region> withoutSlide = slides.withoutSlide(regions);
        return ExportTask.start(stage, state, task, paths -> slidesWritten(paths.size(), folder, withoutSlide));
    }

    /**
     * "20 dia’s geschreven in …; 2 landelijke regio’s zonder gebied hebben geen dia": the regions of the sector the
     * deck has no slide for are counted, so the 22 regions of the MBO legend do not seem to have lost two.
     */
    static String slidesWritten(int written, Path folder, List<Region> withoutSlide) {
        String text = Messages.t("export.slides.written", written, folder.toString());
        long national = withoutSlide.stream().filter(r -> r.scope() == Scope.NATIONAL).count();
        if (national > 0) {
            text = Messages.t("export.slides.writtenExcept", text,
                    Messages.t("export.slides.withoutSlide.national", national));
        }
        if (withoutSlide.size() > national) {
            text = Messages.t("export.slides.writtenExcept", text,
                    Messages.t("export.slides.withoutSlide.noMembers", withoutSlide.size() - national));
        }
        return text;
    }

    private void tellCancelled(int written, int total, Path folder) {
        state.statusProperty().set(Messages.t("export.slides.cancelled", written, total, folder.toString()));
    }
}
