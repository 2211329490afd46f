package nl.onderwijsregio.atlas.core.check;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * Rule 2: a municipality listed more than once in one region. Harmless for the map, but the publication
 * has such lists and an editor should clean them up knowingly, so it is a warning.
 */
public final class DuplicateMemberRule implements Rule {

    public static final String ID = "duplicate-member";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        for (Region region : context.atlas().regions()) {
            region.timesListed().forEach((code, n) -> {
                if (n > 1) {
                    findings.add(Finding.of(Severity.WARNING, ID, region.id(), code, "check.duplicate-member",
                            CheckContext.name(region), context.municipalityName(code), code, n));
                }
            });
        }
    }
}
