package nl.onderwijsregio.atlas.ui;

import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;

/**
 * Tests of the real app on the bundled data, in Dutch: one app for all of a class's tests, since starting it
 * (loading the country, drawing the map) costs seconds, closed after them. A class's own set-up runs after
 * the app has started, its own tear-down before the app stops.
 */
public abstract class InTheRunningAtlas extends FxRobot {

    protected static AtlasApp app;

    @BeforeAll
    static void startTheAtlas() throws Exception {
        Messages.use(Messages.DUTCH);
        app = RunningAtlas.start();
    }

    @AfterAll
    static void stopTheAtlas() throws Exception {
        RunningAtlas.stop(app);
    }
}
