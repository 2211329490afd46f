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
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.onderwijsregio.atlas.bench.Bench} (headless; software pipeline).
 */
public final class Bench {

    /** One group of measurements. */
    public interface Part {
        Map<String, Object> run(Atlas atlas) throws Exception;
    }

    static final List<Part> PARTS = List.of(new MapBench());

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : AtlasLoader.defaultDataDir();
        Atlas atlas = new AtlasLoader().load(dataDir);
        Map<String, Object> all = new LinkedHashMap<>();
        for (Part p : PARTS) {
            all.putAll(p.run(atlas));
        }
        System.out.println(json(all));
        System.exit(0);
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
    static double median(double[] values) {
        return percentile(values, 50);
    }

    static double percentile(double[] values, double p) {
        java.util.Arrays.sort(values);
        int i = (int) Math.ceil(p / 100.0 * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, i))];
    }
}
