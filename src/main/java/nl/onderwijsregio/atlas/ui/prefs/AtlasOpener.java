package nl.onderwijsregio.atlas.ui.prefs;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Loads an atlas from a shapefile and a regions file on a background thread and, only when that
 * succeeds, shows it. A failure is shown as an error naming file and place, and the atlas on
 * screen stays as it was: opening a broken file never costs the user what they had.
 */
public final class AtlasOpener {

    private static final Logger LOG = Logger.getLogger(AtlasOpener.class.getName());

    /** How a pair of files becomes an atlas; tests stand in their own to decide when a load finishes. */
    @FunctionalInterface
    interface Reader {
        Atlas read(DataFiles files) throws Exception;
    }

    private final AtlasState state;
    private final Window owner;
    private final Reader reader;

    public AtlasOpener(AtlasState state, Window owner) {
        this(state, owner, files -> new AtlasLoader().load(files.municipalities(), files.regions()));
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
        return load(files, onShown, error -> ErrorDialog.show(owner, Messages.t("settings.open.failed"), error));
    }

    private Task<Loaded> load(DataFiles files, Consumer<DataFiles> onShown, Consumer<Throwable> onFailed) {
        long load = state.startLoad();
        String previousStatus = state.statusProperty().get();
        state.statusProperty().set(Messages.t("app.loading"));
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                Atlas atlas = reader.read(files);
                return new Loaded(atlas, MapGeometry.of(atlas));
            }
        };
        task.setOnSucceeded(e -> {
            Loaded r = task.getValue();
            if (!state.showLoaded(load, r.atlas(), r.geometry(), files.municipalities(), files.regions())) {
                LOG.info("not shown, files opened later are: " + files);
                return;
            }
            if (state.isLatestLoad(load)) {
                state.statusProperty().set(loadedStatus(r.atlas()));
            }
            LOG.info("opened " + files.municipalities() + " and " + files.regions());
            onShown.accept(files);
        });
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "cannot open " + files, task.getException());
            if (!state.isLatestLoad(load)) {
                return;
            }
            state.statusProperty().set(state.atlas() == null ? Messages.t("app.loadFailed")
                    : previousStatus.equals(Messages.t("app.loading")) ? loadedStatus(state.atlas()) : previousStatus);
            onFailed.accept(task.getException());
        });
        Thread t = new Thread(task, "atlas-loader");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static String loadedStatus(Atlas atlas) {
        return Messages.t("app.loaded", atlas.municipalities().size(), atlas.regions().size());
    }

    private record Loaded(Atlas atlas, MapGeometry geometry) {
    }
}
