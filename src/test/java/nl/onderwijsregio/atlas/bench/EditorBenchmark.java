package nl.onderwijsregio.atlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.edit.EditHistory;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver;
import nl.onderwijsregio.atlas.core.edit.RegionFileStore;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * The editor's costs on the bundled data: one click (edit applied to a 49-region snapshot), undo and redo,
 * a safe save (hash check, atomic write, .bak), and resolving a pasted list of 40 names with typos.
 * Targets: a click and an undo well under 16 ms (one frame), a save under 200 ms, a pasted list under 1 s.
 *
 * <p>Run (the exec plugin is bound to the CLI's main class, so use java directly):
 * {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes:$(mvn -q -o
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout) nl.onderwijsregio.atlas.bench.EditorBenchmark}
 */
public final class EditorBenchmark {

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Atlas atlas = new AtlasLoader().load(AtlasLoader.defaultDataDir());
        Region region = atlas.regions().get(0);
        List<String> codes = new ArrayList<>(atlas.municipalities().keySet());
        EditHistory history = new EditHistory(atlas);

        int clicks = 400;
        long[] click = new long[clicks];
        for (int i = 0; i < clicks; i++) {
            String code = codes.get(i % codes.size());
            long t = System.nanoTime();
            history.perform(Edits.stroke(history.current(), region.id(), List.of(code), null));
            click[i] = System.nanoTime() - t;
        }
        long[] undo = new long[clicks];
        for (int i = 0; i < clicks; i++) {
            long t = System.nanoTime();
            history.undo();
            undo[i] = System.nanoTime() - t;
        }
        report("click (edit + snapshot)", click);
        report("undo", undo);

        Path dir = Files.createTempDirectory("atlas-editor-bench");
        try {
            Path file = dir.resolve("onderwijsregios.json");
            Files.copy(AtlasLoader.defaultDataDir().resolve(AtlasLoader.REGION_FILE), file);
            RegionFileStore store = RegionFileStore.track(file);
            long[] save = new long[30];
            for (int i = 0; i < save.length; i++) {
                history.redo();
                long t = System.nanoTime();
                store.save(history.current().data());
                save[i] = System.nanoTime() - t;
            }
            report("safe save", save);
        } finally {
            deleteWithContents(dir);
        }

        List<Municipality> ms = List.copyOf(atlas.municipalities().values());
        long g = System.nanoTime();
        MunicipalityGraph graph = MunicipalityGraph.of(ms);
        System.out.printf("border graph (once per session): %.0f ms%n", (System.nanoTime() - g) / 1e6);
        PasteListResolver resolver = new PasteListResolver(ms, graph);
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String name = ms.get((i * 7) % ms.size()).name();
            // Every third name with a swapped pair of letters, as people type.
            if (i % 3 == 0 && name.length() > 4) {
                name = name.substring(0, 1) + name.charAt(2) + name.charAt(1) + name.substring(3);
            }
            list.append(name).append(i % 2 == 0 ? "\n" : ", ");
        }
        long[] paste = new long[5];
        for (int i = 0; i < paste.length; i++) {
            // A fresh resolver each time: a pasted list is resolved once, its memo must not flatter the numbers.
            resolver = new PasteListResolver(ms, graph);
            long t = System.nanoTime();
            resolver.resolve(list.toString(), region.memberCodes());
            paste[i] = System.nanoTime() - t;
        }
        report("paste 40 names", paste);
    }

    /** The saves leave the file, its backups and its change log behind: a run of the benchmark leaves nothing. */
    private static void deleteWithContents(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-24s median %.2f ms, p95 %.2f ms, max %.2f ms (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
