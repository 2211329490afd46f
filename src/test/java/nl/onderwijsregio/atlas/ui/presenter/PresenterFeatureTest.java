package nl.onderwijsregio.atlas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.prefs.Preferences;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The presenter the app installed is found through its window, so a test drives that one and no second. */
class PresenterFeatureTest {

    @Test
    void theInstalledPresenterIsFoundInTheWindowItWasInstalledIn() throws Exception {
        FxToolkit.registerPrimaryStage();
        Preferences prefs = Preferences.userRoot().node("onderwijsregio-atlas-test/presenter-" + System.nanoTime());
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                AtlasState state = new AtlasState();
                MainWindow window = new MainWindow(state);
                assertNull(PresenterFeature.installedIn(window), "nothing installed yet");
                PresenterFeature installed = PresenterFeature.install(window, state,
                        FxToolkit.toolkitContext().getRegisteredStage(), prefs);
                assertSame(installed, PresenterFeature.installedIn(window));
                return null;
            }).get();
        } finally {
            prefs.removeNode();
        }
    }
}
