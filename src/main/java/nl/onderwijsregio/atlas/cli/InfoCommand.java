package nl.onderwijsregio.atlas.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.SectorOverview;

/** {@code info}: counts of municipalities, regions and memberships per sector, with overlaps and gaps. */
final class InfoCommand implements AtlasCli.Command {

    private static final int MAX_NAMED_GAPS = 10;

    @Override
    public int run(AtlasCli.Options options, PrintStream out, PrintStream err) throws DataLoadException {
        CliText text = CliText.of(options);
        AtlasLoader.Loaded loaded = AtlasCli.loadWithBoundaries(options, null, false, err);
        Atlas atlas = loaded.atlas();
        int municipalities = atlas.municipalities().size();
        // Counts as plain digits, without thousands separators, so that scripts can read them.
        out.println(text.t("cli.info.municipalities", n(municipalities)));
        // Which edition the folder's regions file chose, for it is not named on the command line.
        out.println(text.t("cli.info.boundaries", loaded.municipalities().toString()));
        out.println(text.t("cli.info.regions", n(atlas.regions().size()),
                n(atlas.regions().stream().filter(r -> r.scope() == Scope.NATIONAL).count())));
        out.println(text.t("cli.info.memberships", n(atlas.regions().stream().mapToInt(r -> r.members().size()).sum())));
        for (Sector s : Sector.values()) {
            var regions = atlas.regionsServing(s);
            int memberships = regions.stream().mapToInt(r -> r.members().size()).sum();
            SectorOverview overview = SectorOverview.of(atlas, s);
            long covered = municipalities - overview.uncovered().size();
            // As numbers, which the text writes as plain digits, so that it can say "1 region" and "2 regions".
            out.println(text.t("cli.info.sector", s, regions.size(), memberships, covered, municipalities));
            out.println(text.t("cli.info.sector.cover", n(overview.inSeveralRegions()), gaps(overview)));
        }
        out.println(text.t("cli.info.cases", n(atlas.regions().stream().mapToInt(r -> r.cases().size()).sum()),
                n(atlas.regions().stream().mapToInt(r -> r.corrections().size()).sum())));
        return 0;
    }

    /** The uncovered municipalities by name while a reader can take them in, else their number. */
    private static String gaps(SectorOverview overview) {
        List<Municipality> uncovered = overview.uncovered();
        if (uncovered.isEmpty() || uncovered.size() > MAX_NAMED_GAPS) {
            return n(uncovered.size());
        }
        return uncovered.stream().map(m -> m.name() + " (" + m.code() + ")").collect(Collectors.joining(", "));
    }

    private static String n(long count) {
        return Long.toString(count);
    }

    static String name(Region r) {
        return r.displayName();
    }
}
