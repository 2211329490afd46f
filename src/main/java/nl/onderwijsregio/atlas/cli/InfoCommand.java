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
    public String usage() {
        return "info                      counts of municipalities, regions and memberships per sector";
    }

    @Override
    public int run(AtlasCli.Options options, PrintStream out, PrintStream err) throws DataLoadException {
        Atlas atlas = AtlasCli.load(options, null);
        out.println("municipalities: " + atlas.municipalities().size());
        out.println("regions: " + atlas.regions().size()
                + " (national: " + atlas.regions().stream().filter(r -> r.scope() == Scope.NATIONAL).count() + ")");
        out.println("memberships: " + atlas.regions().stream().mapToInt(r -> r.members().size()).sum());
        for (Sector s : Sector.values()) {
            var regions = atlas.regionsServing(s);
            int memberships = regions.stream().mapToInt(r -> r.members().size()).sum();
            long covered = atlas.municipalities().keySet().stream()
                    .filter(code -> regions.stream().anyMatch(r -> r.hasMember(code))).count();
            out.printf("%s: %d regions, %d memberships, %d of %d municipalities covered%n", s, regions.size(),
                    memberships, covered, atlas.municipalities().size());
        }
        out.println("cases: " + atlas.regions().stream().mapToInt(r -> r.cases().size()).sum()
                + ", corrections: " + atlas.regions().stream().mapToInt(r -> r.corrections().size()).sum());
        return 0;
    }

    static String name(Region r) {
        return r.displayName();
    }
}
