package nl.onderwijsregio.atlas.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.model.Atlas;

/**
 * The benchmark runner: loads the bundled atlas once, runs every part and prints, as its last line,
 * one JSON object with all measured numbers. Parts add their own keys; add a part to {@link #PARTS}.
 *
 * <p>Run: {@code mvn -q test-compile exec:java@bench} (headless; software pipeline): the map, the
 * summary and the presenter's frame-composing parts. {@code -Dexec.args=validator}, {@code editor} or
 * {@code presenter} (the frame composing alone) runs that benchmark instead.
 */
public final class Bench {

    /** One group of measurements. */
    public interface Part {
        Map<String, Object> run(Atlas atlas) throws Exception;
    }

    static final List<Part> PARTS = List.of(new MapBench(), new SummaryBench(),
            new nl.onderwijsregio.atlas.ui.presenter.TourComposeBench());

    /** Benchmarks with their own set-up and report, run by name: {@code -Dexec.args=validator}. */
    private interface Standalone {
        void main(String[] args) throws Exception;
    }

    private static final Map<String, Standalone> BY_NAME = Map.of(
            "validator", ValidatorBenchmark::main,
            "editor", EditorBenchmark::main,
            "summary", SummaryBench::main,
            "presenter", args -> runAlone(new nl.onderwijsregio.atlas.ui.presenter.TourComposeBench()));

    private static boolean fxStarted;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && BY_NAME.containsKey(args[0])) {
            BY_NAME.get(args[0]).main(java.util.Arrays.copyOfRange(args, 1, args.length));
            System.exit(0);
        }
        Path dataDir = args.length > 0 ? Path.of(args[0]) : AtlasLoader.defaultDataDir();
        Atlas atlas = new AtlasLoader().load(dataDir);
        Map<String, Object> all = new LinkedHashMap<>();
        for (Part p : PARTS) {
            all.putAll(p.run(atlas));
        }
        System.out.println(json(all));
        System.exit(0);
    }

    /** One part without the others, on the bundled atlas. */
    private static void runAlone(Part part) throws Exception {
        System.out.println(json(part.run(new AtlasLoader().load(AtlasLoader.defaultDataDir()))));
    }

    /**
     * Starts JavaFX for the parts that need it (headless, the software pipeline), once: a toolkit that exited cannot
     * start again, so it runs until the benchmark ends.
     */
    public static synchronized void startFx() throws Exception {
        if (fxStarted) {
            return;
        }
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.startup(() -> started.complete(null));
        started.get();
        fxStarted = true;
    }

    static String json(Map<String, Object> values) {
        return values.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + (e.getValue() instanceof Number n ? format(n)
                        : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String format(Number n) {
        return n instanceof Double d ? String.format(java.util.Locale.ROOT, "%.4f", d) : n.toString();
    }

    /** The median of {@code values} (sorted in place). */
    public static double median(double[] values) {
        return percentile(values, 50);
    }

    public static double percentile(double[] values, double p) {
        java.util.Arrays.sort(values);
        int i = (int) Math.ceil(p / 100.0 * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, i))];
    }
}
