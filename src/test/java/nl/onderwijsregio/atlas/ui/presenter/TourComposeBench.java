package nl.onderwijsregio.atlas.ui.presenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * 60 frames a second on a full-HD projector, every frame composed from the stills as presenter
 * mode does. What the FX thread spends per frame; showing the frame adds the pixel upload, which the
 * tour benchmark under Xvfb ({@code PresenterTourBenchmark}) measures with it.
 */
public final class TourComposeBench implements Bench.Part {

    private static final int W = 1920;
    private static final int H = 1080;
    private static final int FRAMES_PER_FLIGHT = 36;
    private static final double STILL_MARGIN = 1.25;

    @Override
    public Map<String, Object> run(Atlas atlas) {
        MapGeometry geometry = MapGeometry.of(atlas);
        RegionMaps maps = RegionMaps.build(atlas);
        MapPainter painter = new MapPainter(geometry, MapStyle.light());
        MapScene country = MapScene.of(maps, Sector.PO).withStyle(MapStyle.light()).withPixelScale(1.5);
        List<Region> order = PresenterOrder.northToSouth(maps.layer(Sector.PO));

        List<Double> paints = new ArrayList<>();
        List<Double> composes = new ArrayList<>();
        int[] out = new int[W * H];
        int[] scratch = new int[W * H];
        Viewport from = Viewport.fit(geometry.bounds(), W, H, 36);
        Keyframe leaving = paint(painter, country, from, paints);
        for (Region r : order) {
            Viewport to = Viewport.fit(maps.layer(Sector.PO).shape(r.id()).outline().bounds(), W, H, 36);
            MapScene lit = country.withSelected(r.id()).withSpotlight(true);
            Keyframe arriving = paint(painter, lit, to, paints);
            // as presenter mode: the arriving spotlight over the view being left, for an even fade
            Keyframe context = Keyframe.paint(painter, lit, leaving.viewport(), null);
            Flight flight = Flight.of(from, to, 0);
            for (int f = 1; f <= FRAMES_PER_FLIGHT; f++) {
                long now = Flight.DURATION_NANOS * f / FRAMES_PER_FLIGHT;
                long start = System.nanoTime();
                FrameComposer.compose(leaving, context, arriving, flight.at(now), flight.progress(now), 0xffdfe9f0, W, H,
                        out, scratch);
                composes.add((System.nanoTime() - start) / 1e6);
            }
            leaving = arriving;
            from = to;
        }
        double[] c = composes.stream().mapToDouble(Double::doubleValue).toArray();
        double[] p = paints.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tour_compose_median_ms", Bench.median(c.clone()));
        result.put("tour_compose_p95_ms", Bench.percentile(c.clone(), 95));
        result.put("tour_compose_max_ms", Bench.percentile(c.clone(), 100));
        result.put("tour_still_paint_median_ms", Bench.median(p));
        return result;
    }

    private static Keyframe paint(MapPainter painter, MapScene scene, Viewport at, List<Double> times) {
        Viewport still = at.resized(2 * (int) Math.ceil(W * STILL_MARGIN / 2), 2 * (int) Math.ceil(H * STILL_MARGIN / 2));
        long start = System.nanoTime();
        Keyframe k = Keyframe.paint(painter, scene, still, null);
        times.add((System.nanoTime() - start) / 1e6);
        return k;
    }
}
