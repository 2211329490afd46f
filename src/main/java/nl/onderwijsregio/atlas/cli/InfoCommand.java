package nl.onderwijsregio.atlas.cli;

import java.io.PrintStream;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;

/** {@code info}: counts of municipalities, regions and memberships per sector. */
final class InfoCommand implements AtlasCli.Command {

    @Override
    public int run(AtlasCli.Options options, PrintStream out, PrintStream err) throws DataLoadException {
        CliText text = CliText.of(options);
        Atlas atlas = AtlasCli.load(options, null);
        int municipalities = atlas.municipalities().size();
        // Counts as plain digits, without thousands separators, so that scripts can read them.
        out.println(text.t("cli.info.municipalities", n(municipalities)));
        out.println(text.t("cli.info.regions", n(atlas.regions().size()),
                n(atlas.regions().stream().filter(r -> r.scope() == Scope.NATIONAL).count())));
        out.println(text.t("cli.info.memberships", n(atlas.regions().stream().mapToInt(r -> r.members().size()).sum())));
        for (Sector s : Sector.values()) {
            var regions = atlas.regionsServing(s);
            int memberships = regions.stream().mapToInt(r -> r.members().size()).sum();
            long covered = atlas.municipalities().keySet().stream()
                    .filter(code -> regions.stream().anyMatch(r -> r.hasMember(code))).count();
            out.println(text.t("cli.info.sector", s, n(regions.size()), n(memberships), n(covered), n(municipalities)));
        }
        out.println(text.t("cli.info.cases", n(atlas.regions().stream().mapToInt(r -> r.cases().size()).sum()),
                n(atlas.regions().stream().mapToInt(r -> r.corrections().size()).sum())));
        return 0;
    }

    private static String n(long count) {
        return Long.toString(count);
    }

    static String name(Region r) {
        return r.displayName();
    }
}
