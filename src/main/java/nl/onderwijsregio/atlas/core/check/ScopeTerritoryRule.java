package nl.onderwijsregio.atlas.core.check;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;

/**
 * Rule 9: national regions have no territory, regional ones do. A national region with members is an
 * error: the map and the coverage counts would treat a national network as a local one. A regional
 * region without members is a warning, or only information when a correction of field {@code territory}
 * records that the publication printed no municipality list.
 */
public final class ScopeTerritoryRule implements Rule {

    public static final String ID = "scope-territory";

    /** The correction field that documents a deliberately empty territory. */
    public static final String TERRITORY_FIELD = "territory";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        for (Region region : context.atlas().regions()) {
            int members = region.memberCodes().size();
            if (region.scope() == Scope.NATIONAL && !region.members().isEmpty()) {
                findings.add(Finding.of(Severity.ERROR, ID, region.id(), null, "check.scope-territory.national",
                        CheckContext.name(region), region.members().size()));
            } else if (region.scope() == Scope.REGIONAL && members == 0) {
                boolean documented = region.corrections().stream()
                        .anyMatch(c -> TERRITORY_FIELD.equalsIgnoreCase(c.field()));
                findings.add(Finding.of(documented ? Severity.INFO : Severity.WARNING, ID, region.id(), null,
                        documented ? "check.scope-territory.regional-documented" : "check.scope-territory.regional",
                        CheckContext.name(region)));
            }
        }
    }
}
