package nl.onderwijsregio.atlas.ui.table;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.data.CsvExport;
import nl.onderwijsregio.atlas.core.export.ExportFile;
import nl.onderwijsregio.atlas.core.export.ExportNames;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.summary.NationalPicture;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import nl.onderwijsregio.atlas.ui.prefs.ExportFolder;

/**
 * The table of all regions beside the map: a "Beeld" menu and tool-bar switch between map, table,
 * both side by side, and the national evaluation's charts; the table sits above its bar chart.
 */
public final class TableFeature {

    /** What the window's body shows. */
    public enum View { MAP, TABLE, SPLIT, NATIONAL }

    /**
     * The table's part of the height it shares with its chart. The table is what one reads and compares in, and its
     * filters and headings take room of their own: at Extra groot on a laptop a shorter share showed four rows.
     * The chart below keeps room for its choices and a handful of bars. A divider dragged elsewhere stays there
     * for the session, whichever view the table is shown in.
     */
    static final double TABLE_SHARE = 0.66;

    private final MainWindow window;
    private final TableViewModel vm;
    private final RegionTablePane tablePane;
    private final BarChartPane chart;
    private final ShareKeepingSplit tableWithChart = new ShareKeepingSplit(Orientation.VERTICAL, TABLE_SHARE);
    /** The map's share beside the table as the view opens: half, so the Netherlands fits whole beside the table. */
    static final double MAP_SHARE = 0.5;
    private final ShareKeepingSplit split = new ShareKeepingSplit(Orientation.HORIZONTAL, MAP_SHARE);
    private NationalPicturePane national;
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.MAP);

    private final AtlasState state;
    private final Stage stage;
    private final ExportFolder exportFolder;

    /** Not yet in the window's menus and tool bar: {@link #install} puts it there; a test may give its own preferences. */
    TableFeature(MainWindow window, AtlasState state, Stage stage, AtlasPreferences prefs) {
        this.window = window;
        this.state = state;
        this.stage = stage;
        this.exportFolder = new ExportFolder(prefs);
        vm = new TableViewModel(state, state.summary());
        tablePane = new RegionTablePane(vm);
        chart = new BarChartPane(vm);
        tableWithChart.getItems().setAll(tablePane, chart);
        tableWithChart.setId("table-view");
        split.setId("map-table-split");
        // a divider one sees and catches at the first try (detail.css)
        tableWithChart.getStyleClass().add("split-with-grip");
        split.getStyleClass().add("split-with-grip");
        tablePane.exportButton().setOnAction(e -> export());
        view.addListener((obs, old, v) -> show(v));
    }

    /** Installs the feature into the window's menus and tool bar; returns it so tests can switch the view. */
    public static TableFeature install(MainWindow window, AtlasState state, Stage stage) {
        TableFeature feature = new TableFeature(window, state, stage, AtlasPreferences.forUser());
        feature.installSwitches();
        return feature;
    }

    private void installSwitches() {
        ToggleGroup menuGroup = new ToggleGroup();
        ToggleGroup barGroup = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("view-switch");
        int i = 1;
        for (View v : View.values()) {
            String text = Messages.t("table.view." + v.name().toLowerCase(Locale.ROOT));
            RadioMenuItem item = new RadioMenuItem(text);
            item.setId("menu-view-" + v.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(menuGroup);
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i++)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> view.set(v));
            items.add(item);
            ToggleButton b = new ToggleButton(text);
            b.setId("view-" + v.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(barGroup);
            b.setOnAction(e -> {
                view.set(v);
                b.setSelected(true);
            });
            buttons.getChildren().add(b);
            view.addListener((obs, o, now) -> {
                item.setSelected(now == v);
                b.setSelected(now == v);
            });
            item.setSelected(v == view.get());
            b.setSelected(v == view.get());
        }
        MainWindow.addSection(window.menu("menu-view"), items);
        window.toolBar().getItems().add(buttons);
    }

    private void show(View v) {
        Node map = window.mapPane();
        split.getItems().clear();
        switch (v) {
            case MAP -> window.setBodyCentre(map);
            case TABLE -> window.setBodyCentre(tableWithChart);
            case NATIONAL -> window.setBodyCentre(nationalPicture());
            case SPLIT -> {
                window.setBodyCentre(null);
                split.getItems().setAll(map, tableWithChart);
                // the share the reader last dragged to, as the split was left (clearing the items forgets it)
                split.keepShare(split.share());
                window.setBodyCentre(split);
            }
        }
    }

    /** Built on first use: most sessions never open it. */
    private NationalPicturePane nationalPicture() {
        if (national == null) {
            national = new NationalPicturePane(new NationalPictureViewModel(NationalPicture.bundled()));
        }
        return national;
    }

    private void export() {
        File file = exportChooser().showSaveDialog(stage);
        if (file != null) {
            save(file.toPath());
        }
    }

    /** The save dialog, opening where the last export of any kind went, as every export's does ({@link ExportFolder}). */
    FileChooser exportChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.t("table.export.title"));
        // named as the maps of all regions are, in the same language
        chooser.setInitialFileName(ExportNames.file(ExportNames.ofTable(Messages.current().locale()), "csv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.t("table.export.filter"), "*.csv"));
        exportFolder.start().ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /**
     * Writes the table as shown to {@code target} as every export is written ({@link ExportFile}): whole or
     * not at all, never over a file marked read-only, and a refusal told in the app's language on the status
     * line. The file is for spreadsheets, so it starts with the byte-order mark Excel needs to read UTF-8.
     * The rows are taken now, in the order and filter shown; the writing, which a slow or network drive can
     * stretch, happens on a thread of its own so the window stays responsive.
     */
    public Task<Void> save(Path target) {
        byte[] csv = CsvExport.utf8ForExcel(vm.exportCsv());
        exportFolder.remember(target.toAbsolutePath().getParent());
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws ExportNotWritten {
                ExportFile.write(csv, target);
                return null;
            }
        };
        write.setOnSucceeded(e -> vm.reportStatus(Messages.t("table.export.done", target)));
        write.setOnFailed(e -> {
            if (write.getException() instanceof ExportNotWritten refused) {
                vm.reportStatus(Messages.t("table.export.failed", refused.message(Messages.current().locale())));
            } else {
                ErrorDialog.showExportFailed(stage, write.getException(), state.statusProperty());
            }
        });
        Thread thread = new Thread(write, "atlas-table-export");
        // A half-written export must not keep the atlas from closing; ExportFile leaves no half file behind.
        thread.setDaemon(true);
        thread.start();
        return write;
    }

    public ObjectProperty<View> viewProperty() {
        return view;
    }

    public TableViewModel viewModel() {
        return vm;
    }

    public RegionTablePane tablePane() {
        return tablePane;
    }

    public BarChartPane chart() {
        return chart;
    }
}
