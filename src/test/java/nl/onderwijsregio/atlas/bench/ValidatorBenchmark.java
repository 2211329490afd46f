package nl.onderwijsregio.atlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * How long validation takes on the bundled data. Target: under 200 ms per run once the validator is warm,
 * because the editor validates after every edit. The first run also builds the border graph.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.onderwijsregio.atlas.bench.ValidatorBenchmark}
 */
public final class ValidatorBenchmark {

    private static final int RUNS = 30;

    private ValidatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : AtlasLoader.defaultDataDir();
        Atlas atlas = new AtlasLoader().load(dataDir);
        Validator validator = new Validator();

        long start = System.nanoTime();
        List<Finding> findings = validator.validate(atlas);
        double firstMs = (System.nanoTime() - start) / 1e6;

        // As in the editor: every run sees a new snapshot (one member removed from one region), sharing the boundaries.
        // CPU time is reported beside wall time because this machine is shared and wall time is noisy.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[RUNS];
        double[] cpuMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Region edited = atlas.regions().get(i % atlas.regions().size());
            Atlas snapshot = atlas.withRegion(edited.withMembers(edited.members().subList(0,
                    Math.max(0, edited.members().size() - 1))));
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            validator.validate(snapshot);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);

        Map<String, Integer> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge(f.severity() + " " + f.ruleId(), 1, Integer::sum));
        System.out.printf("regions: %d, municipalities: %d, findings: %d %s%n", atlas.regions().size(),
                atlas.municipalities().size(), findings.size(), byRule);
        System.out.printf("first run (builds border graph): %.1f ms%n", firstMs);
        System.out.printf("warm runs: median %.1f ms (CPU %.1f ms), max %.1f ms (CPU %.1f ms) over %d runs"
                + " (target < 200 ms)%n", ms[RUNS / 2], cpuMs[RUNS / 2], ms[RUNS - 1], cpuMs[RUNS - 1], RUNS);
    }
}
