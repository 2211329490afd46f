package nl.onderwijsregio.atlas.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
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
        result.put("summary_checksum", sink);
        return result;
    }
}
