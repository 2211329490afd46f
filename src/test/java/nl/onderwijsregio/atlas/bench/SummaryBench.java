package nl.onderwijsregio.atlas.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.summary.AtlasSummary;
import nl.onderwijsregio.atlas.core.summary.TableCsv;

/**
 * What the detail pane and the table cost after every edit: a new summary, its 49 table rows, one
 * region's facts, and the table's CSV. All should stay far below a frame (16 ms) so an edit never
 * makes the pane lag. Runs as a {@link Bench.Part} or alone:
 * {@code java -cp ... nl.onderwijsregio.atlas.bench.SummaryBench}.
 */
public final class SummaryBench implements Bench.Part {

    private static final int ROUNDS = 200;
    /** As many memberships as the largest regions file the loader admits can hold (about 45 MB of JSON). */
    static final int LARGE_FILE_MEMBERS = 1_000_000;

    public static void main(String[] args) throws Exception {
        Atlas atlas = new AtlasLoader().load(AtlasLoader.defaultDataDir());
        System.out.println(Bench.json(new SummaryBench().run(atlas)));
        System.exit(0);
    }

    @Override
    public Map<String, Object> run(Atlas atlas) {
        MunicipalityGraph graph = MunicipalityGraph.of(atlas.municipalities().values());
        double[] build = new double[ROUNDS];
        double[] rows = new double[ROUNDS];
        double[] facts = new double[ROUNDS];
        double[] csv = new double[ROUNDS];
        int sink = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            AtlasSummary s = new AtlasSummary(atlas, graph);
            long t1 = System.nanoTime();
            var all = s.rows();
            long t2 = System.nanoTime();
            sink += s.facts("zwolle-en-omgeving").orElseThrow().members().size();
            long t3 = System.nanoTime();
            sink += TableCsv.export(all, Locale.forLanguageTag("nl"), (k, a) -> k).length();
            long t4 = System.nanoTime();
            build[i] = (t1 - t0) / 1e6;
            rows[i] = (t2 - t1) / 1e6;
            facts[i] = (t3 - t2) / 1e6;
            csv[i] = (t4 - t3) / 1e6;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("summary_build_ms_median", Bench.median(build));
        result.put("summary_rows_49_ms_median", Bench.median(rows));
        result.put("summary_facts_zwolle_ms_median", Bench.median(facts));
        result.put("summary_table_csv_ms_median", Bench.median(csv));
        result.put("large_file_summary_ms", largeFileMs(atlas, graph));
        result.put("summary_checksum", sink);
        return result;
    }

    /**
     * The summary and table rows the window builds on opening the largest file the loader admits: one region
     * listing its own members over and over, a million memberships in all. The best of a few rounds.
     */
    static double largeFileMs(Atlas atlas, MunicipalityGraph graph) {
        Atlas large = withLargeRegion(atlas);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            AtlasSummary s = new AtlasSummary(large, graph);
            if (s.rows().isEmpty()) {
                throw new IllegalStateException("no rows");
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }

    /** {@code atlas} with its first region with members listing them repeated to {@link #LARGE_FILE_MEMBERS}. */
    static Atlas withLargeRegion(Atlas atlas) {
        Region first = atlas.regions().stream().filter(r -> !r.members().isEmpty()).findFirst().orElseThrow();
        List<MemberRef> members = new ArrayList<>(LARGE_FILE_MEMBERS);
        while (members.size() < LARGE_FILE_MEMBERS) {
            members.add(first.members().get(members.size() % first.members().size()));
        }
        return atlas.withRegion(first.withMembers(members));
    }
}
