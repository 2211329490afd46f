package nl.onderwijsregio.atlas.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.presenter.PresenterModel;
import nl.onderwijsregio.atlas.ui.presenter.PresenterStage;
import nl.onderwijsregio.atlas.ui.presenter.PresenterView;

/**
 * Frame times of presenter mode during a scripted tour: every region of every sector, flying there
 * and back home, two rounds, pausing 0.8 s at each step as a speaker would
 * ({@code -Datlas.bench.rounds}, {@code -Datlas.bench.dwellMs}; {@code -Datlas.bench.settleMs} is the pause after
 * opening, 1 s), on the software pipeline.
 * Targets: median ≤ 16 ms, no frame over 50 ms. The frames of the sectors' cross-fades (one at each sector of each
 * round) are reported on their own line, as they show two full-screen pictures at once.
 *
 * <p>Run under a real (or virtual) display at presentation size, e.g.
 * {@code Xvfb :17 -screen 0 1920x1080x24 &} then
 * {@code DISPLAY=:17 mvn -q -o exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath nl.onderwijsregio.atlas.bench.PresenterTourBenchmark"}.
 * The pulse runs at 120 Hz here so a frame that takes 9 ms shows as 9 ms, not as the 16.7 ms of a
 * 60 Hz display. {@code -Datlas.shots=DIR} also writes screenshots (light, dark, small multiples).
 */
public final class PresenterTourBenchmark {

    private PresenterTourBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("javafx.animation.pulse", System.getProperty("javafx.animation.pulse", "120"));
        // Not an Application itself: the JDK launcher refuses those when JavaFX is on the class path.
        Application.launch(Tour.class, args);
    }

    /** The tour as a JavaFX application. */
    public static final class Tour extends Application {

        private static final int ROUNDS = Integer.getInteger("atlas.bench.rounds", 2);
        /** How long the presenter talks at each step: the neighbouring stills are painted meanwhile. */
        private static final long DWELL_NANOS = Long.getLong("atlas.bench.dwellMs", 800) * 1_000_000L;

        private final List<Long> intervals = new ArrayList<>();
        private final List<Long> fadeIntervals = new ArrayList<>();
        private final List<Long> paints = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long[] drawingThreads = new long[0];
        private long lastCpu = -1;
        private final Deque<Consumer<PresenterModel>> script = new ArrayDeque<>();
        private PresenterStage presenter;
        private int flights;
        private int framesInFlight;
        /** What the tour last did, so a slow frame can be told where it happened. */
        private String lastStep = "start";
        private final List<String> slowFrames = new ArrayList<>();
        private long lastGcMillis;

        @Override
        public void start(Stage ignored) throws Exception {
            Atlas atlas = new AtlasLoader().load(AtlasLoader.defaultDataDir());
            MapGeometry geometry = MapGeometry.of(atlas);
            PresenterModel model = new PresenterModel(RegionMaps.build(atlas), geometry, Sector.PO, Map.of());
            // The doubts the app's checks have about figures, so the captions are as long as in a real talk.
            model.setFigureDoubts(FigureCaveats.doubtsByRegion(atlas.regions(), new Validator().validate(atlas),
                    Messages.current().locale()));
            presenter = new PresenterStage(null, model);
            presenter.show();
            PresenterView view = presenter.view();
            // -Datlas.shots.flights=N also shoots every third frame (up to the 24th) of the first N flights: what the audience
            // sees between two stills.
            Path flightShots = System.getProperty("atlas.shots") == null ? null : Path.of(System.getProperty("atlas.shots"));
            int shotFlights = Integer.getInteger("atlas.shots.flights", 0);
            view.setFrameListener((interval, paint) -> {
                framesInFlight++;
                if (flightShots != null && flights <= shotFlights && framesInFlight % 3 == 0 && framesInFlight <= 24) {
                    shot(flightShots.resolve("flight-" + flights + "-frame-" + framesInFlight + ".png"));
                }
                intervals.add(interval);
                paints.add(paint);
                long gc = gcMillis();
                if (interval > 50_000_000L) {
                    slowFrames.add(String.format("frame %d: %.1f ms (compose %.1f ms, GC %d ms) after %s",
                            intervals.size(), interval / 1e6, paint / 1e6, gc - lastGcMillis, lastStep));
                }
                lastGcMillis = gc;
                long now = drawingCpu();
                if (lastCpu >= 0 && interval < 200_000_000L) {
                    cpu.add(now - lastCpu);
                }
                lastCpu = now;
            });
            drawingThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("JavaFX Application Thread")
                            || t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::getId).toArray();
            for (int round = 0; round < ROUNDS; round++) {
                for (Sector s : Sector.values()) {
                    script.add(m -> m.showSector(s));
                    for (int i = 0; i < model.order().size(); i++) {
                        script.add(PresenterModel::next);
                    }
                    script.add(PresenterModel::home);
                }
            }
            String shots = System.getProperty("atlas.shots");
            if (shots != null) {
                addScreenshots(Path.of(shots));
            }
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (view.isFading() && last != 0) {
                        fadeIntervals.add(now - last);
                    }
                    last = view.isFading() ? now : 0;
                }
            }.start();
            new AnimationTimer() {
                private long settleUntil = System.nanoTime() + Long.getLong("atlas.bench.settleMs", 1000) * 1_000_000L;

                @Override
                public void handle(long now) {
                    if (!view.isSettled() || view.isFading() || now < settleUntil) {
                        return;
                    }
                    Consumer<PresenterModel> next = script.poll();
                    if (next == null) {
                        stop();
                        report();
                        Platform.exit();
                        return;
                    }
                    next.accept(model);
                    lastStep = "step " + (intervals.size()) + " (" + model.sector() + ", "
                            + (model.current() == null ? "whole country" : model.current().displayName()) + ")";
                    if (view.isFlying()) {
                        flights++;
                        framesInFlight = 0;
                    }
                    settleUntil = now + DWELL_NANOS;
                }
            }.start();
        }

        /** Stills of the views a presenter shows, taken after the tour with cuts, once each view is painted. */
        private void addScreenshots(Path dir) {
            script.add(m -> {
                m.reducedMotionProperty().set(true);
                m.showSector(Sector.PO);
                m.home();
            });
            script.add(m -> shot(dir.resolve("presenter-light-overview.png")));
            script.add(PresenterModel::next);
            script.add(PresenterModel::next);
            script.add(PresenterModel::next);
            script.add(m -> shot(dir.resolve("presenter-light-region.png")));
            script.add(m -> m.darkProperty().set(true));
            script.add(m -> shot(dir.resolve("presenter-dark-region.png")));
            script.add(PresenterModel::toggleSmallMultiples);
            script.add(m -> shot(dir.resolve("presenter-dark-multiples.png")));
            script.add(m -> m.darkProperty().set(false));
            script.add(m -> shot(dir.resolve("presenter-light-multiples.png")));
            script.add(PresenterModel::toggleSmallMultiples);
            script.add(PresenterModel::nextTheme);
            script.add(m -> shot(dir.resolve("presenter-light-theme.png")));
            // -Datlas.shots.regions=Groningen,Zaanstreek also shoots every step whose region's name holds one of them.
            String wanted = System.getProperty("atlas.shots.regions", "");
            if (wanted.isBlank()) {
                return;
            }
            List<String> names = List.of(wanted.toLowerCase(java.util.Locale.ROOT).split(","));
            for (Sector sector : Sector.values()) {
                script.add(m -> {
                    m.showSector(sector);
                    m.home();
                });
                script.add(m -> shot(dir.resolve("presenter-overview-" + sector.name().toLowerCase() + ".png")));
                for (int i = 0; i < 60; i++) {
                    script.add(PresenterModel::next);
                    script.add(m -> {
                        var r = m.current();
                        String name = r == null ? "" : r.displayName().toLowerCase(java.util.Locale.ROOT);
                        if (names.stream().anyMatch(name::contains)) {
                            shot(dir.resolve("presenter-" + sector.name().toLowerCase() + "-" + r.id() + ".png"));
                        }
                    });
                }
            }
        }

        private void shot(Path file) {
            try {
                Files.createDirectories(file.getParent());
                var image = presenter.stage().getScene().snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                System.out.println("screenshot " + file.toAbsolutePath());
            } catch (IOException e) {
                System.err.println("screenshot failed: " + e);
            }
        }

        /**
         * CPU time of the FX and render threads: what a frame costs on a machine of its own, whatever
         * else the machine is running (the wall-clock intervals include waiting for a busy CPU).
         */
        private long drawingCpu() {
            long sum = 0;
            for (long id : drawingThreads) {
                sum += Math.max(0, threads.getThreadCpuTime(id));
            }
            return sum;
        }

        private void report() {
            if (intervals.isEmpty()) {
                System.out.println("Presenter tour: no flights measured (screenshots only)");
                return;
            }
            System.out.printf("Presenter tour: %d flights, %d frames at %.0fx%.0f%n", flights, intervals.size(),
                    presenter.stage().getScene().getWidth(), presenter.stage().getScene().getHeight());
            System.out.println("frame interval  " + stats(intervals) + "; over 50 ms: "
                    + intervals.stream().filter(n -> n > 50_000_000L).count() + " of " + intervals.size());
            slowFrames.forEach(f -> System.out.println("  slow " + f));
            System.out.println("compose (FX thread) " + stats(paints));
            System.out.println("sector cross-fade frame interval " + stats(fadeIntervals) + " (" + fadeIntervals.size()
                    + " frames)");
            System.out.println("frame CPU (FX + render threads) " + stats(cpu));
            System.out.printf("load average while running: %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            boolean ok = percentile(intervals, 50) <= 16_000_000L && Collections.max(intervals) <= 50_000_000L;
            System.out.println(ok ? "TARGETS MET (median <= 16 ms, max <= 50 ms)" : "TARGETS MISSED");
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        }

        private static String stats(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return "no frames";
            }
            return String.format("median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(nanos, 50) / 1e6,
                    percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6, Collections.max(nanos) / 1e6);
        }

        private static long percentile(List<Long> values, int p) {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }

    }
}
