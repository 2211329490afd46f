package nl.onderwijsregio.atlas.ui.prefs;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.DataPhrase;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DaemonThreads;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Loads an atlas from a shapefile and a regions file on a background thread and, only when that
 * succeeds, shows it. A failure is shown as an error naming file and place, and the atlas on
 * screen stays as it was: opening a broken file never costs the user what they had. At start,
 * remembered files that have broken since give way to the bundled data.
 */
public final class AtlasOpener {

    private static final Logger LOG = Logger.getLogger(AtlasOpener.class.getName());

    /**
     * How a pair of files becomes an atlas, with the files it was read from (of a data folder, the boundaries
     * chosen); tests stand in their own to decide when a load finishes.
     */
    @FunctionalInterface
    interface Reader {
        AtlasLoader.Loaded read(DataFiles files) throws Exception;
    }

    private final AtlasState state;
    private final Window owner;
    private final Reader reader;

    public AtlasOpener(AtlasState state, Window owner) {
        this(state, owner, AtlasOpener::read);
    }

    AtlasOpener(AtlasState state, Window owner, Reader reader) {
        this.state = state;
        this.owner = owner;
        this.reader = reader;
    }

    /**
     * Starts loading {@code files}; returns at once. {@code onShown} runs on the FX thread after the
     * new atlas is in {@link AtlasState}; it does not run when loading fails, nor when files opened after
     * these were shown first (then these are dropped, and a failure of theirs is only logged).
     */
    public Task<?> open(DataFiles files, Consumer<DataFiles> onShown) {
        return load(files, onShown, (error, latest) -> {
            if (latest) {
                // With nothing on screen (the start's own load failed) "the atlas stays as it was" would be untrue.
                ErrorDialog.show(owner, Messages.t(state.atlas() == null ? "settings.open.failedNothingShown"
                        : "settings.open.failed"), error);
            }
        });
    }

    /**
     * Loads the data folder named at start, else what the last run had open, or the bundled data when it had the
     * bundled data or nothing else. A named folder that cannot be opened (not there, no regions file, no
     * boundaries, a file in it broken) is said to be so, naming what is broken where, and the bundled data shown:
     * never an empty map.
     */
    public void openAtStart(AtlasPreferences prefs) {
        Optional<DataLoadException> unusable = NamedDataFolder.setAsideIfUnusable();
        if (unusable.isPresent()) {
            showBundledInstead(unusable.get());
            return;
        }
        Optional<Path> named = NamedDataFolder.named();
        if (named.isEmpty()) {
            openAtStart(prefs, prefs.startupFiles(), DataFiles.in(AtlasLoader.defaultDataDir()));
            return;
        }
        load(DataFiles.in(named.get()), shown -> { }, (error, latest) -> {
            NamedDataFolder.setAside();
            if (latest) {
                showBundledInstead(error);
            }
        });
    }

    /** Shows the bundled data in place of the folder named at start, and says why. */
    private void showBundledInstead(Throwable why) {
        open(DataFiles.in(AtlasLoader.defaultDataDir()), shown -> { });
        // Later, so that the start is not held up by a dialog that waits; the map fills in behind it.
        Platform.runLater(() -> ErrorDialog.show(owner, Messages.t("settings.open.dataFolderUnusable"), why));
    }

    /**
     * Loads {@code startup}; when those are the files last opened and they have broken since, shows
     * {@code bundled} instead and says why, rather than an empty window at every start. The broken files are
     * no longer opened at start but stay under Recent files, to be opened again once repaired.
     */
    void openAtStart(AtlasPreferences prefs, DataFiles startup, DataFiles bundled) {
        if (startup.sameFilesAs(bundled)) {
            open(bundled, shown -> { });
            return;
        }
        load(startup, shown -> { }, (error, latest) -> {
            prefs.forgetBrokenStartupFiles(startup, bundled);
            prefs.flush();
            if (latest) {
                // Loading first, so the map fills in behind the dialog.
                open(bundled, shown -> { });
                ErrorDialog.show(owner, Messages.t("settings.open.startupFailed"), error);
            }
        });
    }

    /** A data folder with the boundaries its regions file belongs to; files named one by one as they are. */
    static AtlasLoader.Loaded read(DataFiles files) throws DataLoadException {
        if (files.dataFolder() != null) {
            return new AtlasLoader().loadFolder(files.dataFolder(), files.regions(), false);
        }
        return new AtlasLoader().loadFiles(files.municipalities(), files.regions(), false);
    }

    /** What becomes of a load that failed; {@code latest} is false when files were opened after it. */
    @FunctionalInterface
    private interface Failure {
        void failed(Throwable error, boolean latest);
    }

    private Task<Loaded> load(DataFiles files, Consumer<DataFiles> onShown, Failure onFailed) {
        long load = state.startLoad();
        String previousStatus = state.statusProperty().get();
        state.statusProperty().set(Messages.t("app.loading"));
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                AtlasLoader.Loaded read = reader.read(files);
                return new Loaded(read.atlas(), MapGeometry.of(read.atlas()),
                        new DataFiles(read.municipalities(), read.regions()), read.notices(), read.regionsFingerprint());
            }
        };
        task.setOnSucceeded(e -> {
            Loaded r = task.getValue();
            DataFiles shown = r.files();
            String beforeShown = state.statusProperty().get();
            if (!state.showLoaded(load, r.atlas(), r.geometry(), shown.municipalities(), shown.regions(),
                    r.regionsFingerprint())) {
                LOG.info("not shown, files opened later are: " + shown);
                return;
            }
            // A message said as the atlas was shown (the editor's: work restored, or work waiting for another file)
            // is one the user must read; the count would replace it at once.
            if (state.isLatestLoad(load) && Objects.equals(beforeShown, state.statusProperty().get())) {
                state.statusProperty().set(r.notices().isEmpty() ? loadedStatus(r.atlas()) : noticesStatus(r.notices()));
            }
            LOG.info("opened " + shown.municipalities() + " and " + shown.regions());
            onShown.accept(shown);
        });
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "cannot open " + files, task.getException());
            boolean latest = state.isLatestLoad(load);
            if (latest) {
                state.statusProperty().set(statusAfterFailure(previousStatus));
            }
            onFailed.failed(task.getException(), latest);
        });
        DaemonThreads.start(task, "atlas-loader");
        return task;
    }

    /** What the status line said before, unless that was an earlier load's "loading…": the shown atlas then. */
    private String statusAfterFailure(String previousStatus) {
        if (state.atlas() == null) {
            return Messages.t("app.loadFailed");
        }
        return previousStatus.equals(Messages.t("app.loading")) ? loadedStatus(state.atlas()) : previousStatus;
    }

    private static String loadedStatus(Atlas atlas) {
        return Messages.t("app.loaded", atlas.municipalities().size(), atlas.regions().size());
    }

    /**
     * What was read otherwise than the files say, for the status line, where it stands instead of the count:
     * the user must read it.
     */
    public static String noticesStatus(List<DataPhrase> notices) {
        Locale locale = Messages.current().locale();
        return Messages.t("app.notice", notices.stream().map(n -> n.in(locale)).collect(Collectors.joining(" ")));
    }

    private record Loaded(Atlas atlas, MapGeometry geometry, DataFiles files, List<DataPhrase> notices,
                          String regionsFingerprint) {
    }
}
