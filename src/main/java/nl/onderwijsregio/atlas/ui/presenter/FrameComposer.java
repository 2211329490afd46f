package nl.onderwijsregio.atlas.ui.presenter;

import java.util.Arrays;
import nl.onderwijsregio.atlas.core.render.Viewport;

/**
 * Composes a presenter frame from stills for a camera between them. The still being flown to
 * fades in over the one being left as the flight goes on, and fades out towards its own edges: both
 * stills show the same map, but the spotlight differs, and laid side by side with hard edges the
 * arriving still would be a dimmed box inside the old view. Where a context still is at hand (the
 * arriving spotlight painted over the view being left), the arriving still is feathered into that
 * instead, and the new spotlight fades in evenly over the whole screen: without it the arriving still,
 * smaller than the screen early in a flight, showed as a soft-edged curtain of dimmed map.
 * Plain int arithmetic on ARGB pixels, nearest neighbour: a full-HD frame has to be ready in a few
 * milliseconds on the FX thread.
 */
final class FrameComposer {

    /** Width in screen pixels over which a still's edge fades out during a flight. */
    static final int FEATHER = 64;
    /** The part of a flight, in eased progress, over which the arriving still fades in. */
    private static final double FADE_FROM = 0.25;
    private static final double FADE_TO = 0.85;

    private FrameComposer() {
    }

    /**
     * Writes into {@code out} ({@code w} × {@code h}, opaque ARGB) what {@code camera} sees,
     * {@code progress} (0 to 1, eased) of the way from {@code leaving} to {@code arriving}; either may be
     * null (not painted yet). Where neither still reaches, the sea. {@code context} is the arriving scene
     * painted at the leaving still's viewport, or null; {@code scratch} (as large as {@code out}, or null
     * without a context) holds the arriving picture while it is mixed in.
     */
    static void compose(Keyframe leaving, Keyframe context, Keyframe arriving, Viewport camera, double progress,
                        int seaArgb, int w, int h, int[] out, int[] scratch) {
        int fade = leaving == null || leaving == arriving ? 256 : fadeIn(progress);
        if (arriving != null && fade >= 256 && covers(arriving, camera, w, h)) {
            draw(arriving, camera, w, h, out);
            return;
        }
        if (context != null && scratch != null && leaving != null && covers(leaving, camera, w, h)
                && covers(context, camera, w, h)) {
            // Before the fade starts only the still being left shows: the arriving picture is not needed yet.
            if (fade <= 0) {
                draw(leaving, camera, w, h, out);
                return;
            }
            int[] arrivingPicture = fade >= 256 ? out : scratch;
            draw(context, camera, w, h, arrivingPicture);
            blend(arriving, camera, 256, w, h, arrivingPicture);
            if (fade < 256) {
                draw(leaving, camera, w, h, out);
                mixAll(out, scratch, fade);
            }
            return;
        }
        if (leaving != null && covers(leaving, camera, w, h)) {
            draw(leaving, camera, w, h, out);
            if (fade > 0) {
                blend(arriving, camera, fade, w, h, out);
            }
            return;
        }
        // 0 (no still here) is never a painted pixel: stills are opaque.
        Arrays.fill(out, 0);
        draw(leaving, camera, w, h, out);
        blend(arriving, camera, fade, w, h, out);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0) {
                out[i] = seaArgb;
            }
        }
    }

    /** Whether the still covers the whole screen at the camera, so nothing under it needs drawing. */
    static boolean covers(Keyframe k, Viewport camera, int w, int h) {
        return sourceIndex(k, camera, 0, true) >= 0 && sourceIndex(k, camera, w - 1, true) >= 0
                && sourceIndex(k, camera, 0, false) >= 0 && sourceIndex(k, camera, h - 1, false) >= 0;
    }

    /** Column (or row) of the still that screen column (row) {@code i} shows, or -1 outside it. */
    private static int sourceIndex(Keyframe k, Viewport camera, int i, boolean horizontal) {
        Viewport kv = k.viewport();
        double ratio = kv.scale() / camera.scale();
        double s = horizontal
                ? (i + 0.5 - camera.width() / 2) * ratio + (camera.centerX() - kv.centerX()) * kv.scale() + kv.width() / 2
                : (i + 0.5 - camera.height() / 2) * ratio + (camera.centerY() - kv.centerY()) * kv.scale()
                        + kv.height() / 2;
        int idx = (int) Math.floor(s);
        int limit = horizontal ? k.width() : k.height();
        return idx >= 0 && idx < limit ? idx : -1;
    }

    /** How much of the arriving still shows at {@code progress}, 0 to 256, eased at both ends. */
    static int fadeIn(double progress) {
        double t = Math.min(1, Math.max(0, (progress - FADE_FROM) / (FADE_TO - FADE_FROM)));
        return (int) Math.round(256 * t * t * (3 - 2 * t));
    }

    /**
     * Lays {@code k} over {@code out} with weight {@code fade} (0 to 256), fading out towards the
     * still's edges; where {@code out} has nothing yet (0), the still is copied as it is.
     */
    private static void blend(Keyframe k, Viewport camera, int fade, int w, int h, int[] out) {
        if (k == null) {
            return;
        }
        int[] cols = new int[w];
        int[] featherX = feather(k, camera, w, true, cols);
        int[] rows = new int[h];
        int[] featherY = feather(k, camera, h, false, rows);
        int[] src = k.pixels();
        int kw = k.width();
        for (int y = 0; y < h; y++) {
            int row = rows[y];
            if (row < 0) {
                continue;
            }
            int base = row * kw;
            int o = y * w;
            int fy = featherY[y];
            for (int x = 0; x < w; x++) {
                int c = cols[x];
                if (c < 0) {
                    continue;
                }
                int a = src[base + c];
                int under = out[o + x];
                int weight = fade * Math.min(fy, featherX[x]) >> 8;
                if (under == 0 || weight >= 256) {
                    out[o + x] = a;
                } else if (weight > 0) {
                    out[o + x] = mix(under, a, weight);
                }
            }
        }
    }

    /**
     * For each screen column (or row): the still's column (row) it shows in {@code index}, and the
     * returned weight, 256 inside and falling to 0 over {@link #FEATHER} pixels towards the still's edge.
     */
    private static int[] feather(Keyframe k, Viewport camera, int n, boolean horizontal, int[] index) {
        double start = screenPosition(k, camera, 0, horizontal);
        double end = screenPosition(k, camera, horizontal ? k.width() : k.height(), horizontal);
        int[] weight = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = sourceIndex(k, camera, i, horizontal);
            double d = Math.min(i + 0.5 - start, end - i - 0.5);
            weight[i] = index[i] < 0 ? 0 : (int) Math.max(0, Math.min(256, d * 256 / FEATHER));
        }
        return weight;
    }

    /** The screen coordinate at which the still's column (row) edge {@code s} lies: sourceIndex undone. */
    private static double screenPosition(Keyframe k, Viewport camera, double s, boolean horizontal) {
        Viewport kv = k.viewport();
        double ratio = kv.scale() / camera.scale();
        double offset = horizontal
                ? (camera.centerX() - kv.centerX()) * kv.scale() + kv.width() / 2
                : (camera.centerY() - kv.centerY()) * kv.scale() + kv.height() / 2;
        return (s - offset) / ratio + (horizontal ? camera.width() : camera.height()) / 2;
    }

    /** Every pixel of {@code over} laid on {@code under} with {@code weight} of 256. */
    private static void mixAll(int[] under, int[] over, int weight) {
        for (int i = 0; i < under.length; i++) {
            under[i] = mix(under[i], over[i], weight);
        }
    }

    /** {@code over} laid on {@code under} with {@code weight} of 256; red and blue mixed in one multiply. */
    private static int mix(int under, int over, int weight) {
        int keep = 256 - weight;
        int redBlue = ((under & 0xff00ff) * keep + (over & 0xff00ff) * weight) >>> 8 & 0xff00ff;
        int green = ((under & 0xff00) * keep + (over & 0xff00) * weight) >>> 8 & 0xff00;
        return 0xff000000 | redBlue | green;
    }

    /** Nearest-neighbour copy of the still as the camera sees it: cheap enough for every frame. */
    private static void draw(Keyframe k, Viewport camera, int w, int h, int[] out) {
        if (k == null) {
            return;
        }
        int[] cols = new int[w];
        for (int x = 0; x < w; x++) {
            cols[x] = sourceIndex(k, camera, x, true);
        }
        int[] src = k.pixels();
        int kw = k.width();
        for (int y = 0; y < h; y++) {
            int row = sourceIndex(k, camera, y, false);
            if (row < 0) {
                continue;
            }
            int base = row * kw;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int c = cols[x];
                if (c >= 0) {
                    out[o + x] = src[base + c];
                }
            }
        }
    }
}
