package nl.onderwijsregio.atlas.ui;

import nl.onderwijsregio.atlas.ui.table.TableFeature;
import org.junit.jupiter.api.AfterEach;

/**
 * The running atlas in a window as wide as a laptop's screen (1024 pixels), given back after each test as it was
 * found: its width, the map view and normal type, which the next test class on the same stage counts on.
 */
public abstract class InALaptopWideAtlas extends InTheRunningAtlas {

    protected static final double LAPTOP_WIDTH = 1024;

    private double widthBefore;

    /** Makes the window laptop-wide; call on the FX thread, before the test's own settings. */
    protected void narrowToALaptop() {
        widthBefore = RunningAtlas.stage().getWidth();
        RunningAtlas.stage().setWidth(LAPTOP_WIDTH);
    }

    @AfterEach
    void asItWasFound() {
        interact(() -> {
            app.table().viewProperty().set(TableFeature.View.MAP);
            app.state().textSizeProperty().set(TextSize.NORMAL);
            if (widthBefore > 0) {
                RunningAtlas.stage().setWidth(widthBefore);
            }
        });
    }
}
