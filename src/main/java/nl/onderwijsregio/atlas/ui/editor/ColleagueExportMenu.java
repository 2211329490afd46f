package nl.onderwijsregio.atlas.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.edit.ColleagueExport;
import nl.onderwijsregio.atlas.core.export.ExportFile;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DaemonThreads;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.export.ExportFileName;
import nl.onderwijsregio.atlas.ui.export.ExportTask;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.ExportFolder;

/**
 * "Exporteren voor collega's": memberships as CSV and as Excel CSV, the shown sector's regions as GeoJSON
 * or shapefile, and a difference report against another region file. Writing happens off the FX thread.
 */
final class ColleagueExportMenu {

    private final AtlasState state;
    private final Window owner;
    private final ExportFolder folder;

    ColleagueExportMenu(AtlasState state, Window owner, ExportFolder folder) {
        this.state = state;
        this.owner = owner;
        this.folder = folder;
    }

    Menu menu() {
        Menu menu = new Menu(Messages.t("editor.export.menu"));
        menu.setId("menu-colleague-export");
        menu.getItems().addAll(
                item("export-csv", "editor.export.csv", () -> choose(Messages.t("editor.export.file.csv"), "editor.filter.csv", "*.csv")
                        .ifPresent(p -> write(p, a -> ColleagueExport.membershipsCsv(a)))),
                item("export-excel", "editor.export.excel", () -> choose(Messages.t("editor.export.file.excel"), "editor.filter.csv", "*.csv")
                        .ifPresent(p -> write(p, ColleagueExport::membershipsExcel))),
                item("export-geojson", "editor.export.geojson", () -> choose(fileName("geojson"), "editor.filter.geojson", "*.geojson")
                        .ifPresent(p -> write(p, a -> ColleagueExport.geoJson(a, sector())))),
                item("export-shp", "editor.export.shapefile", () -> choose(fileName("shp"), "editor.filter.shapefile", "*.shp")
                        .ifPresent(this::writeShapefile)),
                item("export-diff", "editor.export.diff", this::diffReport));
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.t(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(state.atlasProperty().isNull());
        return item;
    }

    private Sector sector() {
        return state.sectorProperty().get();
    }

    /** The name the file dialog offers for the shown sector's regions. */
    String fileName(String ext) {
        return ExportFileName.ofSector(sector(), ext);
    }

    private Optional<Path> choose(String initial, String kindKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.t("editor.export.title"));
        chooser.setInitialFileName(initial);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.t(kindKey), pattern));
        folder.start().ifPresent(chooser::setInitialDirectory);
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        chosen.ifPresent(file -> folder.remember(file.toAbsolutePath().getParent()));
        return chosen;
    }

    interface Content {
        byte[] of(Atlas atlas) throws Exception;
    }

    /** Writes what {@code content} makes of the atlas as it is now to {@code target}, off the FX thread. */
    Task<Void> write(Path target, Content content) {
        Atlas atlas = state.atlas();
        return run(target, () -> ExportFile.write(content.of(atlas), target));
    }

    private void writeShapefile(Path target) {
        Atlas atlas = state.atlas();
        Sector sector = sector();
        run(target, () -> ColleagueExport.shapefile(atlas, sector, target));
    }

    private void diffReport() {
        FileChooser open = new FileChooser();
        open.setTitle(Messages.t("editor.export.diffOther"));
        open.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.t("editor.filter.regionFiles"), "*.json"));
        File other = open.showOpenDialog(owner);
        if (other != null) {
            compareWith(other.toPath(), () -> choose(Messages.t("editor.export.file.diff"), "editor.filter.text", "*.txt"));
        }
    }

    /**
     * The difference report against {@code other}, read off the FX thread first: only a file that reads is worth
     * asking where to save its report, and one that does not is told with its place of failure, nothing asked.
     */
    Task<RegionData> compareWith(Path other, Supplier<Optional<Path>> askTarget) {
        Task<RegionData> read = new Task<>() {
            @Override
            protected RegionData call() throws Exception {
                return new RegionFileReader().read(other, null);
            }
        };
        read.setOnSucceeded(e -> {
            RegionData theirs = read.getValue();
            String heading = diffHeading(other);
            askTarget.get().ifPresent(target -> write(target, atlas -> ColleagueExport.diffReport(atlas.data(), theirs,
                    code -> atlas.municipality(code).map(Municipality::name).orElse(code),
                    (key, args) -> Messages.t(key, args), heading).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        });
        read.setOnFailed(e -> {
            String header = Messages.t("editor.export.diffUnreadable", other.toAbsolutePath());
            state.statusProperty().set(header);
            ErrorDialog.show(owner, header, read.getException());
        });
        DaemonThreads.start(read, "atlas-diff-read");
        return read;
    }

    /** Names both files by their whole path: a colleague's copy is mostly called onderwijsregios.json too. */
    private String diffHeading(Path other) {
        Path current = state.regionFileProperty().get();
        return current == null ? Messages.t("editor.export.diffHeading", other.toAbsolutePath())
                : Messages.t("editor.export.diffHeading.current", other.toAbsolutePath(), current.toAbsolutePath());
    }

    private interface Job {
        void run() throws Exception;
    }

    private Task<Void> run(Path target, Job job) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                // Refused before the work, as every export is: a read-only file, a folder, a missing folder.
                ExportFile.check(target);
                job.run();
                return null;
            }
        };
        return ExportTask.start(owner, state, task, none -> Messages.t("editor.export.done", target.getFileName()));
    }
}
