package nl.onderwijsregio.atlas.ui.presenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import nl.onderwijsregio.atlas.bench.Bench;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.map.Flight;

/**
 * The presenter's tour without a screen: the PO regions north to south, each step a 0.6 s flight at
 * 60 frames a second, every frame composed from the stills as presenter mode does, on a projector of
 * each size of {@value #SIZES_PROPERTY} (full HD, 1440p and 4K unless it names others, e.g.
 * {@code -Datlas.bench.presenterSize=2560x1440}). What the FX thread spends per frame; showing the frame adds the
 * pixel upload, which the tour benchmark under Xvfb ({@code PresenterTourBenchmark}) measures with it. Also what a
 * sector's cross-fade costs the FX thread: the copy of the frame on screen that fades out over the new sector
 * ({@code PresenterView.crossFade}).
 */
public final class TourComposeBench implements Bench.Part {

    /** The screens measured, as {@code WIDTHxHEIGHT}, more than one separated by commas. */
    public static final String SIZES_PROPERTY = "atlas.bench.presenterSize";
    /** Full HD, and the 1440p and 4K screens of halls. */
    private static final String SIZES = "1920x1080,2560x1440,3840x2160";
    private static final int FRAMES_PER_FLIGHT = 36;
    private static final double STILL_MARGIN = 1.25;
    /** Cross-fades timed per size, after as many unmeasured ones for the JIT. */
    private static final int FADES = 10;

    @Override
    public Map<String, Object> run(Atlas atlas) throws Exception {
        List<int[]> sizes = sizes(System.getProperty(SIZES_PROPERTY, SIZES));
        MapGeometry geometry = MapGeometry.of(atlas);
        RegionMaps maps = RegionMaps.build(atlas);
        Map<String, Object> result = new LinkedHashMap<>();
        for (int[] size : sizes) {
            result.putAll(tour(geometry, maps, size[0], size[1]));
        }
        return result;
    }

    /** {@code 1920x1080,2560x1440}: each screen's width and height. */
    static List<int[]> sizes(String spec) {
        List<int[]> sizes = new ArrayList<>();
        for (String size : spec.split(",")) {
            String[] sides = size.trim().toLowerCase(Locale.ROOT).split("x");
            try {
                int w = Integer.parseInt(sides[0].trim());
                int h = Integer.parseInt(sides[1].trim());
                if (sides.length != 2 || w <= 0 || h <= 0) {
                    throw new NumberFormatException();
                }
                sizes.add(new int[] {w, h});
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(SIZES_PROPERTY + ": \"" + size + "\" is no size such as 2560x1440", e);
            }
        }
        return sizes;
    }

    private static Map<String, Object> tour(MapGeometry geometry, RegionMaps maps, int w, int h) throws Exception {
        MapPainter painter = new MapPainter(geometry, MapStyle.light());
        // as presenter mode on a screen this high: the country in its lines, a region's step in the hall's large names
        MapScene country = MapScene.of(maps, Sector.PO).withStyle(MapStyle.light())
                .withPixelScale(MapScene.hallPixelScale(h));
        MapScene hall = MapScene.of(maps, Sector.PO).withStyle(MapStyle.light()).inHall(h);
        List<Region> order = PresenterOrder.northToSouth(maps.layer(Sector.PO));
        double margin = 36 * Math.max(1, h / 1080.0);

        List<Double> paints = new ArrayList<>();
        List<Double> composes = new ArrayList<>();
        int[] out = new int[w * h];
        int[] scratch = new int[w * h];
        Viewport from = Viewport.fit(geometry.bounds(), w, h, margin);
        Keyframe leaving = paint(painter, country, from, w, h, paints);
        for (Region r : order) {
            Viewport to = Viewport.fit(maps.layer(Sector.PO).shape(r.id()).outline().bounds(), w, h, margin);
            MapScene lit = hall.withSelected(r.id()).withSpotlight(true);
            Keyframe arriving = paint(painter, lit, to, w, h, paints);
            // as presenter mode: the arriving spotlight over the view being left, for an even fade
            Keyframe context = Keyframe.paint(painter, lit, leaving.viewport(), null);
            Flight flight = Flight.of(from, to, 0);
            for (int f = 1; f <= FRAMES_PER_FLIGHT; f++) {
                long now = Flight.DURATION_NANOS * f / FRAMES_PER_FLIGHT;
                long start = System.nanoTime();
                FrameComposer.compose(leaving, context, arriving, flight.at(now), flight.progress(now), 0xffdfe9f0, w, h,
                        out, scratch);
                composes.add((System.nanoTime() - start) / 1e6);
            }
            leaving = arriving;
            from = to;
        }
        double[] c = composes.stream().mapToDouble(Double::doubleValue).toArray();
        double[] p = paints.stream().mapToDouble(Double::doubleValue).toArray();
        double[] fades = crossFades(out, w, h);
        String at = w + "x" + h;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tour_compose_" + at + "_median_ms", Bench.median(c.clone()));
        result.put("tour_compose_" + at + "_p95_ms", Bench.percentile(c.clone(), 95));
        result.put("tour_compose_" + at + "_max_ms", Bench.percentile(c.clone(), 100));
        result.put("tour_still_paint_" + at + "_median_ms", Bench.median(p));
        result.put("sector_fade_copy_" + at + "_median_ms", Bench.median(fades.clone()));
        result.put("sector_fade_copy_" + at + "_max_ms", Bench.percentile(fades.clone(), 100));
        return result;
    }

    /**
     * What a sector's cross-fade costs the FX thread, in milliseconds each: the frame on screen ({@code frame}) copied
     * into an image of its own, which fades out over the new sector.
     */
    private static double[] crossFades(int[] frame, int w, int h) throws Exception {
        Bench.startFx();
        CompletableFuture<double[]> times = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ScreenFrames screen = new ScreenFrames(w, h);
                screen.show(pixels -> System.arraycopy(frame, 0, pixels, 0, pixels.length), new ImageView());
                double[] t = new double[FADES];
                for (int i = -FADES; i < FADES; i++) {
                    long start = System.nanoTime();
                    screen.copyOfShown();
                    if (i >= 0) {
                        t[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                times.complete(t);
            } catch (RuntimeException | Error e) {
                times.completeExceptionally(e);
            }
        });
        return times.get();
    }

    private static Keyframe paint(MapPainter painter, MapScene scene, Viewport at, int w, int h, List<Double> times) {
        Viewport still = at.resized(2 * (int) Math.ceil(w * STILL_MARGIN / 2), 2 * (int) Math.ceil(h * STILL_MARGIN / 2));
        long start = System.nanoTime();
        Keyframe k = Keyframe.paint(painter, scene, still, null);
        times.add((System.nanoTime() - start) / 1e6);
        return k;
    }
}
