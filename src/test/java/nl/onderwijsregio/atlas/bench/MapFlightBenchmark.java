package nl.onderwijsregio.atlas.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasApp;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FocusRequest;

/**
 * Frame intervals of the main window while the map flies to a region chosen in search, as a policy
 * adviser does: the real window on the bundled data, every region of every sector chosen in turn,
 * {@value #DWELL_MS} ms apart, in the software pipeline at the display's 60 Hz. A flight lasts about
 * 0.6 s, as in presenter mode (one {@code ui/map/Flight}); the intervals from the choice until
 * {@value #FLIGHT_WINDOW_MS} ms later are counted.
 * No target is set for this; it shows how fluid a flight is without a graphics card.
 *
 * <p>Run under a real (or virtual) display: {@code Xvfb :99 -screen 0 1600x1000x24 &} then
 * {@code DISPLAY=:99 mvn -q -o exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-Djava.util.prefs.userRoot=/tmp/bench-prefs -cp %classpath nl.onderwijsregio.atlas.bench.MapFlightBenchmark"}
 * (a preferences folder of its own: the run moves the window and remembers sectors).
 */
public final class MapFlightBenchmark {

    static final long DWELL_MS = 1500;
    static final long FLIGHT_WINDOW_MS = 900;

    private MapFlightBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        Application.launch(Flights.class, args);
    }

    /** The app in the launched stage, and the script that chooses regions. */
    public static final class Flights extends Application {

        private final List<Long> intervals = new ArrayList<>();
        private final List<Integer> framesPerFlight = new ArrayList<>();

        @Override
        public void start(Stage stage) {
            AtlasApp app = new AtlasApp();
            app.start(stage);
            AtlasState state = app.state();
            List<Runnable> script = new ArrayList<>();
            new AnimationTimer() {
                private long nextStepAt = -1;
                private long flightUntil = -1;
                private long last;
                private int frames;
                private int step;

                @Override
                public void handle(long now) {
                    if (state.regionMapsProperty().get() == null) {
                        return;
                    }
                    if (script.isEmpty() && step == 0) {
                        plan(state, script);
                        nextStepAt = now + 3_000_000_000L;
                    }
                    if (now < flightUntil) {
                        intervals.add(now - last);
                        frames++;
                    } else if (frames > 0) {
                        framesPerFlight.add(frames);
                        frames = 0;
                    }
                    last = now;
                    if (now >= nextStepAt) {
                        if (step == script.size()) {
                            stop();
                            report();
                            Platform.exit();
                            return;
                        }
                        script.get(step++).run();
                        flightUntil = now + FLIGHT_WINDOW_MS * 1_000_000L;
                        nextStepAt = now + DWELL_MS * 1_000_000L;
                    }
                }
            }.start();
        }

        /** Every region with a territory, sector by sector, chosen as search does it. */
        private static void plan(AtlasState state, List<Runnable> script) {
            for (Sector sector : Sector.values()) {
                for (Region r : state.atlas().regionsServing(sector)) {
                    if (r.memberCodes().isEmpty()) {
                        continue;
                    }
                    script.add(() -> {
                        state.sectorProperty().set(sector);
                        state.selectedRegionIdProperty().set(r.id());
                        state.focus(FocusRequest.region(r.id()));
                    });
                }
            }
        }

        private void report() {
            List<Long> sorted = new ArrayList<>(intervals);
            Collections.sort(sorted);
            List<Integer> counts = new ArrayList<>(framesPerFlight);
            Collections.sort(counts);
            System.out.printf("Map flights: %d flights, %d frames; frame interval median %.1f ms, p95 %.1f ms, max %.1f ms;"
                            + " frames per flight window (%d ms) median %d, min %d%n",
                    counts.size(), sorted.size(), at(sorted, 50) / 1e6, at(sorted, 95) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6, FLIGHT_WINDOW_MS, counts.get(counts.size() / 2), counts.get(0));
        }

        private static long at(List<Long> sorted, int percentile) {
            int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }
    }
}
