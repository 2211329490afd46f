package nl.onderwijsregio.atlas.ui.detail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DaemonThreads;

/**
 * A region's history, the view-model behind the detail pane's folded history: the saved changes that touched
 * it, newest first, from the change log beside the region file the atlas shows. Read when another region is
 * shown, when data or its file changes, after a save in the atlas, and again on request, since a colleague's
 * save adds to the log unseen.
 *
 * <p>The log only grows and may lie on a colleague's network share, so it is read on a thread of its own,
 * never on the FX thread: clicking through regions must not wait for a disk. A read that a newer one has
 * overtaken (another region chosen meanwhile) is dropped, so a slow read never shows the wrong region's history.
 */
final class RegionHistory {

    private static final Logger LOG = Logger.getLogger(RegionHistory.class.getName());

    /** One reader for the app: reads are small and rare, and on two cores one at a time is plenty. */
    private static final Executor READER = Executors.newSingleThreadExecutor(
            DaemonThreads.factory("atlas-region-history"));

    private final AtlasState state;
    private final Executor reader;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    /** Counts requests, on the FX thread; a read applies its lines only while it is still the newest. */
    private long requested;
    private String regionId;

    RegionHistory(AtlasState state, ObservableValue<Region> region) {
        this(state, region, READER);
    }

    /** With {@code reader} running the disk reads: tests hold them back to see that none runs on the FX thread. */
    RegionHistory(AtlasState state, ObservableValue<Region> region, Executor reader) {
        this.state = state;
        this.reader = reader;
        region.addListener((obs, o, n) -> {
            if (o == null || n == null || !o.id().equals(n.id())) {
                show(n == null ? null : n.id());
            }
        });
        // Another file has a log of its own, and the same file opened again may have had saves since: a region
        // of the same id still needs its history read anew. An edit writes no log, so it need not be read then;
        // a save does.
        state.regionFileProperty().addListener((obs, old, file) -> reload());
        state.loadsShownProperty().addListener((obs, old, n) -> reload());
        state.savesWrittenProperty().addListener((obs, old, n) -> reload());
        show(region.getValue() == null ? null : region.getValue().id());
    }

    /** One sentence per saved change: when, by whom, the step and its reason. */
    ObservableList<String> lines() {
        return lines;
    }

    /** True from a request until its lines are shown. */
    ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    private void show(String newRegionId) {
        regionId = newRegionId;
        // Another region's lines must not stand under this one while its own are read.
        lines.clear();
        reload();
    }

    /** Reads the log again; the lines shown stay until the new ones are there, so an open list does not flicker. */
    void reload() {
        long mine = ++requested;
        String id = regionId;
        if (id == null) {
            reading.set(false);
            lines.clear();
            return;
        }
        reading.set(true);
        Path file = state.regionFileOrBundled();
        reader.execute(() -> {
            List<ChangeLog.Entry> entries = read(file, id);
            Platform.runLater(() -> {
                if (mine == requested) {
                    lines.setAll(text(entries));
                    reading.set(false);
                }
            });
        });
    }

    private static List<ChangeLog.Entry> read(Path file, String regionId) {
        try {
            return ChangeLog.beside(file).historyOf(regionId);
        } catch (IOException e) {
            // No history to show is no reason to interrupt reading about the region.
            LOG.log(Level.WARNING, "cannot read the change log", e);
            return List.of();
        }
    }

    private static List<String> text(List<ChangeLog.Entry> entries) {
        List<String> newestFirst = new ArrayList<>();
        for (ChangeLog.Entry entry : entries) {
            for (ChangeLog.Change change : entry.changes()) {
                // Only this region's details: the log holds them per region, so none is another region's.
                newestFirst.add(0, ChangeWording.line(entry, change) + ChangeWording.details(change));
            }
        }
        return newestFirst;
    }
}
