package nl.onderwijsregio.atlas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.Test;

/**
 * A flight from the whole country (a pale still) to one region (a dark, spotlit still): what the
 * audience sees in between must never be a dark box with hard edges inside the pale view.
 */
class FrameComposerTest {

    private static final int W = 320;
    private static final int H = 180;
    private static final int PALE = 0xffe0e0e0;
    private static final int DARK = 0xff202060;
    private static final int SEA = 0xff88aacc;

    /** The country, 1.25 times the screen, at scale 1. */
    private final Keyframe country = still(PALE, new Viewport(0, 0, 1, W * 1.25, H * 1.25));
    /** A region to the right of the centre, four times as close. */
    private final Keyframe region = still(DARK, new Viewport(60, 0, 4, W * 1.25, H * 1.25));

    @Test
    void atTheStartOfAFlightTheCountryIsShownUnchanged() {
        int[] frame = compose(country, region, new Viewport(0, 0, 1, W, H), 0);
        assertTrue(Arrays.stream(frame).allMatch(p -> p == PALE));
    }

    @Test
    void halfwayTheRegionFadesInWithSoftEdges() {
        int[] frame = compose(country, region, new Viewport(30, 0, 2, W, H), 0.55);
        int[] middleRow = Arrays.copyOfRange(frame, (H / 2) * W, (H / 2 + 1) * W);
        int biggestStep = 0;
        for (int x = 1; x < W; x++) {
            biggestStep = Math.max(biggestStep, channelStep(middleRow[x - 1], middleRow[x]));
        }
        assertTrue(biggestStep <= 8, "a hard edge of " + biggestStep + " between neighbouring pixels");
        int regionCentre = middleRow[W / 2 + 60];
        assertTrue(regionCentre != PALE && regionCentre != DARK, "the region is on its way in: "
                + Integer.toHexString(regionCentre));
    }

    @Test
    void onArrivalTheRegionStillAloneIsShown() {
        int[] frame = compose(country, region, new Viewport(60, 0, 4, W, H), 1);
        assertTrue(Arrays.stream(frame).allMatch(p -> p == DARK));
    }

    @Test
    void whereNeitherStillReachesTheSeaShows() {
        int[] frame = compose(country, null, new Viewport(0, 0, 0.5, W, H), 0.5);
        assertEquals(SEA, frame[0], "top left corner lies beyond the country still");
        assertEquals(PALE, frame[(H / 2) * W + W / 2]);
    }

    @Test
    void withTheArrivingSpotlightPaintedOverTheCountryTheNewSpotlightFadesInEvenlyEverywhere() {
        // The arriving scene (the region lit, the rest dimmed) over the whole view being left.
        Keyframe dimmedCountry = still(DARK, country.viewport());
        int[] frame = new int[W * H];
        FrameComposer.compose(country, dimmedCountry, region, new Viewport(30, 0, 2, W, H), 0.55, SEA, W, H, frame,
                new int[W * H]);

        int halfway = frame[(H / 2) * W + W / 2 + 60];
        assertTrue(halfway != PALE && halfway != DARK, "on its way in: " + Integer.toHexString(halfway));
        for (int p : frame) {
            assertTrue(channelStep(p, halfway) <= 1, "no curtain: " + Integer.toHexString(p) + " beside "
                    + Integer.toHexString(halfway));
        }
    }

    private static int[] compose(Keyframe leaving, Keyframe arriving, Viewport camera, double progress) {
        int[] out = new int[W * H];
        FrameComposer.compose(leaving, null, arriving, camera, progress, SEA, W, H, out, null);
        return out;
    }

    private static Keyframe still(int argb, Viewport viewport) {
        int[] pixels = new int[(int) viewport.width() * (int) viewport.height()];
        Arrays.fill(pixels, argb);
        return new Keyframe(pixels, viewport);
    }

    private static int channelStep(int a, int b) {
        int step = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            step = Math.max(step, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return step;
    }
}
