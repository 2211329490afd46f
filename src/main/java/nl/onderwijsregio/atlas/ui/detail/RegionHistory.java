package nl.onderwijsregio.atlas.ui.detail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * A region's history: the saved changes that touched it, newest first, from the change log beside the
 * region file the atlas shows. Read when another region is shown, when data or its file changes, after a
 * save in the atlas, and again on request, since a colleague's save adds to the log unseen.
 */
final class RegionHistory {

    private static final Logger LOG = Logger.getLogger(RegionHistory.class.getName());

    private final AtlasState state;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private String regionId;

    RegionHistory(AtlasState state) {
        this.state = state;
        // Another file has a log of its own, and the same file opened again may have had saves since: a region
        // of the same id still needs its history read anew. An edit writes no log, so it need not be read then;
        // a save does.
        state.regionFileProperty().addListener((obs, old, file) -> reload());
        state.loadsShownProperty().addListener((obs, old, n) -> reload());
        state.savesWrittenProperty().addListener((obs, old, n) -> reload());
    }

    /** One sentence per saved change: when, by whom, the step and its reason. */
    ObservableList<String> lines() {
        return lines;
    }

    void show(String newRegionId) {
        regionId = newRegionId;
        reload();
    }

    void reload() {
        if (regionId == null) {
            lines.clear();
            return;
        }
        List<ChangeLog.Entry> entries;
        try {
            entries = ChangeLog.beside(dataFile()).historyOf(regionId);
        } catch (IOException e) {
            // No history to show is no reason to interrupt reading about the region.
            LOG.log(Level.WARNING, "cannot read the change log", e);
            entries = List.of();
        }
        List<String> newestFirst = new ArrayList<>();
        for (ChangeLog.Entry entry : entries) {
            String when = Messages.current().dateTime(entry.time());
            for (ChangeLog.Change change : entry.changes()) {
                String step = step(change);
                String line = change.reason() == null
                        ? Messages.t("detail.history.line", when, entry.editor(), step)
                        : Messages.t("detail.history.lineWithReason", when, entry.editor(), step, change.reason());
                newestFirst.add(0, line + details(change));
            }
        }
        lines.setAll(newestFirst);
    }

    /**
     * What the step changed in this region, a line each under the step. All of them: the log holds them per region,
     * so none is another region's, and a line folded away could not be read here at all.
     */
    private static String details(ChangeLog.Change change) {
        StringBuilder text = new StringBuilder();
        for (ChangeLog.Detail detail : change.details()) {
            text.append('\n').append(Messages.t("detail.history.detail", detail.text()));
        }
        return text.toString();
    }

    /**
     * The log names an undone step by the step itself; said bare, an undone "Dalfsen toevoegen" would read as if
     * Dalfsen was added once more.
     */
    private static String step(ChangeLog.Change change) {
        return "undo".equals(change.kind()) ? Messages.t("detail.history.undone", change.step()) : change.step();
    }

    private Path dataFile() {
        Path file = state.regionFileProperty().get();
        return file != null ? file : AtlasLoader.defaultDataDir().resolve(AtlasLoader.REGION_FILE);
    }
}
