package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The screen fills an overlap with a repeating tile; exports cut the same bands as shapes. Both must
 * put every band in the same place, or the screen and the exported picture would differ.
 */
class CanvasStripesTest {

    private static final Rgb REGIO_ZWOLLE = Rgb.hex("#77aadd");
    private static final Rgb VECHTDAL = Rgb.hex("#ee8866");
    private static final double BAND = 6;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A 200 px square in both regions' colours, with the bands starting at {@code anchor}. */
    private static PixelReader stripedSquare(double anchor) {
        // The first request for these colours only orders their tile (cut as geometry meanwhile): let it be made,
        // so this test does not depend on another having asked for it before.
        DetailFixture.run(() -> new CanvasSurface(new Canvas(1, 1).getGraphicsContext2D())
                .fillStriped(new Rgb[] {REGIO_ZWOLLE, VECHTDAL}, BAND, anchor));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        DetailFixture.run(() -> {
            Canvas canvas = new Canvas(240, 240);
            Surface s = new CanvasSurface(canvas.getGraphicsContext2D());
            s.beginPath();
            s.moveTo(20, 20);
            s.lineTo(220, 20);
            s.lineTo(220, 220);
            s.lineTo(20, 220);
            s.closePath();
            assertTrue(s.fillStriped(new Rgb[] {REGIO_ZWOLLE, VECHTDAL}, BAND, anchor));
            image.set(canvas.snapshot(null, null));
        });
        return image.get().getPixelReader();
    }

    /** The colour the bands' definition gives the pixel whose centre is (x + 0.5, y + 0.5). */
    private static Rgb expected(int x, int y, double anchor) {
        long band = (long) Math.floor((x + y + 1 - anchor) / BAND);
        return Math.floorMod(band, 2) == 0 ? REGIO_ZWOLLE : VECHTDAL;
    }

    @Test
    void everyPixelAwayFromABandEdgeHasItsBandsColour() {
        for (double anchor : new double[] {0, 3.5, -1000.25}) {
            PixelReader pixels = stripedSquare(anchor);
            int checked = 0;
            for (int y = 30; y < 210; y += 7) {
                for (int x = 30; x < 210; x += 5) {
                    double inBand = Math.floorMod((long) Math.floor((x + y + 1 - anchor) * 4), (long) (BAND * 4)) / 4.0;
                    if (inBand < 1.5 || inBand > BAND - 1.5) {
                        continue; // antialiased edge
                    }
                    int argb = pixels.getArgb(x, y);
                    Rgb want = expected(x, y, anchor);
                    assertEquals(want.r(), (argb >> 16) & 0xff, 2, "red at " + x + "," + y + " anchor " + anchor);
                    assertEquals(want.g(), (argb >> 8) & 0xff, 2, "green at " + x + "," + y + " anchor " + anchor);
                    assertEquals(want.b(), argb & 0xff, 2, "blue at " + x + "," + y + " anchor " + anchor);
                    checked++;
                }
            }
            assertTrue(checked > 300, "checked " + checked);
        }
    }

    @Test
    void nothingOutsideTheSquareIsPainted() {
        PixelReader pixels = stripedSquare(0);
        assertEquals(0xffffffff, pixels.getArgb(10, 10), "the snapshot's white background");
        assertEquals(0xffffffff, pixels.getArgb(230, 230), "the snapshot's white background");
    }
}
