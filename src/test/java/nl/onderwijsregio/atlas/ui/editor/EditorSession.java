package nl.onderwijsregio.atlas.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.Fingerprint;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in a real window on {@code dataFile}, edited by Anne de Vries, as the editor tests open it. */
record EditorSession(AtlasState state, EditorFeature feature) {

    static EditorSession open(Path dataFile, RecoveryStore recovery, EditorDialogs dialogs, Atlas atlas)
            throws Exception {
        AtomicReference<EditorSession> session = new AtomicReference<>();
        FxToolkit.setupStage(s -> {
            AtlasState state = new AtlasState();
            MainWindow w = new MainWindow(state);
            state.editorNameProperty().set("Anne de Vries");
            // As the File menu opens a file: read in the background and shown afterwards, not inside the question
            // that asked for it.
            state.openRegionFilesWith(file -> Platform.runLater(() -> showOpened(state, file)));
            EditorFeature feature = EditorFeature.install(w, state, s, dataFile, recovery, dialogs);
            s.setScene(new Scene(w, 1200, 800));
            s.show();
            state.atlasProperty().set(atlas);
            session.set(new EditorSession(state, feature));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return session.get();
    }

    /** What the File menu's opener does once {@code regions} has loaded: name the files, then show the atlas. */
    static void showOpened(AtlasState state, Path regions) {
        try {
            readAndShow(state, regions);
        } catch (DataLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads {@code regions} and shows it with the fingerprint of the file read, as the opener does; a file that
     * cannot be read leaves the shown atlas as it was.
     */
    static void readAndShow(AtlasState state, Path regions) throws DataLoadException {
        RegionData read = new RegionFileReader().read(regions, null);
        try {
            show(state, regions, read, Fingerprint.ofFile(regions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows {@code regions} as read when it held {@code bytes}, whatever it holds by now. */
    static void showRead(AtlasState state, Path regions, byte[] bytes) throws DataLoadException {
        show(state, regions, new RegionFileReader().parse(regions, bytes, null), Fingerprint.of(bytes));
    }

    private static void show(AtlasState state, Path regions, RegionData read, String fingerprint) {
        state.showLoaded(EditFixture.atlas().withData(read), state.geometryProperty().get(), null, regions, fingerprint);
    }
}
