package nl.onderwijsregio.atlas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter's two screen images: a composed frame is what the view shows, and the next frame
 * goes into the other image, never into the one the renderer may still be drawing.
 */
class ScreenFramesTest {

    private static final int SEA = 0xffdfe9f0;
    private static final int NOORDERWIJS_YELLOW = 0xffeddd8e;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theViewShowsTheFrameJustComposed() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ScreenFrames frames = new ScreenFrames(4, 3);
            ImageView view = new ImageView(frames.first());
            frames.show(out -> Arrays.fill(out, SEA), view);
            assertEquals(SEA, ((WritableImage) view.getImage()).getPixelReader().getArgb(3, 2));
            assertEquals(SEA, frames.copyOfShown().getPixelReader().getArgb(0, 0));
        }).get();
    }

    @Test
    void consecutiveFramesAlternateBetweenTwoImages() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ScreenFrames frames = new ScreenFrames(4, 3);
            ImageView view = new ImageView(frames.first());
            frames.show(out -> Arrays.fill(out, SEA), view);
            var shownFirst = view.getImage();
            frames.show(out -> Arrays.fill(out, NOORDERWIJS_YELLOW), view);
            var shownSecond = view.getImage();
            assertNotSame(shownFirst, shownSecond);
            assertEquals(SEA, shownFirst.getPixelReader().getArgb(1, 1), "the frame before is left alone");
            assertEquals(NOORDERWIJS_YELLOW, shownSecond.getPixelReader().getArgb(1, 1));
            frames.show(out -> Arrays.fill(out, SEA), view);
            assertSame(shownFirst, view.getImage());
        }).get();
    }
}
