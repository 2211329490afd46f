package nl.onderwijsregio.atlas.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.geo.MunicipalityLocator;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.map.CanvasSurface;
import org.locationtech.jts.geom.Envelope;

/**
 * The map's numbers (issue "The map"): full redraw of the region layer at 1600×1000 on a JavaFX canvas
 * in the software pipeline, hover hit-test, outline recompute of the largest region, colouring of all
 * sectors together. A redraw is timed from the first paint call until the canvas is rasterised (a
 * snapshot forces that); the paint calls alone are reported too. The redraw keys are the steady state
 * of a map in use ({@link #STEADY_AFTER_FRAMES}); {@code redraw_cold_*} are the first frames after start.
 */
final class MapBench implements Bench.Part {

    static final int FRAMES = 100;
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    /**
     * The measured frames come after this many others: the JIT compiles Marlin's rasteriser over the
     * first few hundred redraws, a few seconds of panning. The first 100 are reported apart.
     */
    static final int STEADY_AFTER_FRAMES = 300;

    @Override
    public Map<String, Object> run(Atlas atlas) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        MapGeometry geometry = MapGeometry.of(atlas);
        MunicipalityGraph graph = MunicipalityGraph.of(atlas.municipalities().values());
        RegionMaps maps = RegionMaps.build(atlas, graph);
        out.put("region_layers_build_ms", (System.nanoTime() - t0) / 1e6);
        out.put("colouring_ms", colouringMs(maps));
        out.put("outline_recompute_max_ms", outlineMs(atlas, maps));
        out.put("hit_test_median_ms", hitTestMs(geometry));
        redraw(geometry, maps, out);
        return out;
    }

    /**
     * The colouring building does: every sector's adjacency, their union, and DSATUR once over all
     * regions; the median of 9 runs.
     */
    private static double colouringMs(RegionMaps maps) {
        double[] runs = new double[9];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            maps.recolour();
            runs[i] = (System.nanoTime() - t) / 1e6;
        }
        return Bench.median(runs);
    }

    /** Dissolve, project and place the label of the region with most members; the slowest of 5 after warm-up. */
    private static double outlineMs(Atlas atlas, RegionMaps maps) {
        Region largest = atlas.regions().stream()
                .max(Comparator.comparingInt(r -> r.memberCodes().size())).orElseThrow();
        Set<String> members = new TreeSet<>(largest.memberCodes());
        members.retainAll(atlas.municipalities().keySet());
        for (int i = 0; i < 3; i++) {
            maps.recompute(members);
        }
        double worst = 0;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            maps.recompute(members);
            worst = Math.max(worst, (System.nanoTime() - t) / 1e6);
        }
        System.err.println("largest region: " + largest.displayName() + " (" + members.size() + " municipalities)");
        return worst;
    }

    /** 20,000 random points over the country's bounds, water and abroad included. */
    private static double hitTestMs(MapGeometry geometry) {
        MunicipalityLocator locator = geometry.locator();
        Envelope b = geometry.bounds();
        Random random = new Random(42);
        int n = 20_000;
        double[] runs = new double[n];
        for (int i = 0; i < n + 2000; i++) {
            double x = b.getMinX() + random.nextDouble() * b.getWidth();
            double y = b.getMinY() + random.nextDouble() * b.getHeight();
            long t = System.nanoTime();
            locator.at(x, y);
            if (i >= 2000) {
                runs[i - 2000] = (System.nanoTime() - t) / 1e6;
            }
        }
        return Bench.median(runs);
    }

    private static void redraw(MapGeometry geometry, RegionMaps maps, Map<String, Object> out) throws Exception {
        Bench.startFx();
        List<Viewport> frames = frames(geometry.bounds(), 7);
        List<Viewport> elsewhere = frames(geometry.bounds(), 8);
        // the region layer as the window shows it: names, and numbers where a name does not fit
        Pass pass = onFx(() -> new Pass(new Canvas(WIDTH, HEIGHT), new MapPainter(geometry),
                MapScene.of(maps, Sector.PO).withBasemap(false).withNumberedKey(true)));
        onFx(() -> pass.run(frames.subList(0, 10)));
        Map<String, double[]> r = new LinkedHashMap<>();
        r.put("cold", onFx(() -> pass.run(frames.subList(0, FRAMES)))[1]);
        // The rest of the warm-up, on other viewports, so no measured frame was drawn before
        for (int i = 0; i < STEADY_AFTER_FRAMES / elsewhere.size(); i++) {
            onFx(() -> pass.run(elsewhere));
        }
        double[][] steady = onFx(() -> pass.run(frames.subList(0, FRAMES)));
        r.put("calls", steady[0]);
        r.put("total", steady[1]);
        r.put("cpu", steady[2]);
        out.put("redraw_median_ms", Bench.median(r.get("total").clone()));
        out.put("redraw_p95_ms", Bench.percentile(r.get("total").clone(), 95));
        out.put("redraw_paint_calls_median_ms", Bench.median(r.get("calls").clone()));
        // CPU time of the FX and render threads: what a redraw costs when the machine is not shared
        out.put("redraw_cpu_median_ms", Bench.median(r.get("cpu").clone()));
        out.put("redraw_cpu_p95_ms", Bench.percentile(r.get("cpu").clone(), 95));
        // The same 100 frames right after start, while the JIT is still compiling the rasteriser
        out.put("redraw_cold_median_ms", Bench.median(r.get("cold").clone()));
        out.put("redraw_cold_p95_ms", Bench.percentile(r.get("cold").clone(), 95));
        out.put("load_average", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Runs {@code work} on the FX thread and waits for it; then lets a few pulses pass, as they do
     * between redraws in the app: label sprites and stripe tiles are made with the pulses.
     */
    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        T value = result.get();
        Thread.sleep(100);
        return value;
    }

    /** Redraws of one canvas, timed frame by frame; on the FX thread. */
    private record Pass(Canvas canvas, MapPainter painter, MapScene scene) {

        /** Paint-call, total and CPU milliseconds per frame; the sectors take turns. */
        double[][] run(List<Viewport> viewports) {
            WritableImage image = new WritableImage(WIDTH, HEIGHT);
            SnapshotParameters params = new SnapshotParameters();
            double[][] times = new double[3][viewports.size()];
            for (int i = 0; i < viewports.size(); i++) {
                Sector s = Sector.values()[i % 3];
                double[] t = frame(canvas, painter, scene.withSector(s), viewports.get(i), image, params);
                for (int k = 0; k < 3; k++) {
                    times[k][i] = t[k];
                }
                if (Boolean.getBoolean("bench.verbose")) {
                    System.err.printf("frame %d zoom %.2f %s: %.1f ms (cpu %.1f)%n", i, viewports.get(i).zoom(), s, t[1], t[2]);
                }
            }
            return times;
        }
    }

    /** The FX thread and Prism's render thread: together they do all the work of a redraw. */
    private static long[] workerIds() {
        long fx = Thread.currentThread().getId();
        long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
        return new long[] {fx, renderer};
    }

    private static long cpuNanos(long[] ids) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : ids) {
            long t = id < 0 ? 0 : mx.getThreadCpuTime(id);
            sum += Math.max(0, t);
        }
        return sum;
    }

    private static double[] frame(Canvas canvas, MapPainter painter, MapScene scene, Viewport v, WritableImage image,
                                  SnapshotParameters params) {
        long[] ids = workerIds();
        long cpu = cpuNanos(ids);
        long t = System.nanoTime();
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        painter.paint(new CanvasSurface(gc), v, scene);
        long painted = System.nanoTime();
        canvas.snapshot(params, image);
        long done = System.nanoTime();
        return new double[] {(painted - t) / 1e6, (done - t) / 1e6, (cpuNanos(ids) - cpu) / 1e6};
    }

    /** {@link #FRAMES} viewports: centres over the country, zoom from the whole country to a town. */
    static List<Viewport> frames(Envelope bounds, long seed) {
        Random random = new Random(seed);
        List<Viewport> list = new ArrayList<>();
        Viewport whole = Viewport.fit(bounds, WIDTH, HEIGHT, 20);
        for (int i = 0; i < FRAMES; i++) {
            double x = bounds.getMinX() + random.nextDouble() * bounds.getWidth();
            double y = bounds.getMinY() + random.nextDouble() * bounds.getHeight();
            double zoom = whole.zoom() + random.nextDouble() * 3.5;
            list.add(new Viewport(x, y, 256 * Math.pow(2, zoom), WIDTH, HEIGHT));
        }
        return list;
    }
}
