package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The slide deck's progress opens over the middle of the atlas's window, not high over the map. */
class ProgressWindowTest extends DialogOwnerTest {

    @Test
    void theProgressOfASlideDeckIsCentredOnTheWindowItFollows(FxRobot robot) {
        AtomicReference<Stage> progress = new AtomicReference<>();
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(20);
            stage.setWidth(1200);
            stage.setHeight(1000);
            ProgressWindow window = new ProgressWindow(stage, "Dia's", new Task<Void>() {
                @Override
                protected Void call() {
                    return null;
                }
            });
            window.show();
            progress.set(window.stage());
        });
        try {
            Stage box = progress.get();
            assertEquals(40 + 600, box.getX() + box.getWidth() / 2, 1, "centred across the window");
            assertEquals(20 + 500, box.getY() + box.getHeight() / 2, 1, "centred down the window");
        } finally {
            robot.interact(() -> progress.get().close());
        }
    }
}
