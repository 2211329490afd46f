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

    private final AtlasState state;
    private final Window owner;

    public AtlasOpener(AtlasState state, Window owner) {
        this.state = state;
        this.owner = owner;
    }

    /**
     * Starts loading {@code files}; returns at once. {@code onShown} runs on the FX thread after the
     * new atlas is in {@link AtlasState}; it does not run when loading fails.
     */
    public Task<?> open(DataFiles files, Consumer<DataFiles> onShown) {
        String previousStatus = state.statusProperty().get();
        state.statusProperty().set(Messages.t("app.loading"));
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                Atlas atlas = new AtlasLoader().load(files.municipalities(), files.regions());
                return new Loaded(atlas, MapGeometry.of(atlas));
            }
        };
        task.setOnSucceeded(e -> {
            Loaded r = task.getValue();
            state.showLoaded(r.atlas(), r.geometry(), files.municipalities(), files.regions());
            state.statusProperty().set(Messages.t("app.loaded", r.atlas().municipalities().size(),
                    r.atlas().regions().size()));
            LOG.info("opened " + files.municipalities() + " and " + files.regions());
            onShown.accept(files);
        });
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "cannot open " + files, task.getException());
            state.statusProperty().set(state.atlas() == null ? Messages.t("app.loadFailed") : previousStatus);
            ErrorDialog.show(owner, Messages.t("settings.open.failed"), task.getException());
        });
        Thread t = new Thread(task, "atlas-loader");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private record Loaded(Atlas atlas, MapGeometry geometry) {
    }
}
