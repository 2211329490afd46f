package nl.onderwijsregio.atlas.core.check;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * Rules 4 and 5, per sector: which municipalities no region covers (a gap in what should be a
 * nationally covering network, a warning) and which are covered by two or more regions (an overlap,
 * listed as information). One finding per sector and municipality; it names no single region.
 *
 * <p>A sector that no region with a territory serves at all is skipped, so a partial atlas (a test, an
 * early draft) does not drown in one gap per municipality.
 */
public final class SectorCoverageRule implements Rule {

    public static final String GAP = "coverage-gap";
    public static final String OVERLAP = "overlap";

    @Override
    public List<String> ids() {
        return List.of(GAP, OVERLAP);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        for (Sector sector : Sector.values()) {
            Map<String, List<Region>> covering = context.atlas().coverBy(sector);
            if (covering.values().stream().allMatch(List::isEmpty)) {
                continue;
            }
            covering.forEach((code, regions) -> {
                if (regions.isEmpty()) {
                    findings.add(Finding.of(Severity.WARNING, GAP, null, code, "check.coverage-gap",
                            sector.name(), context.municipalityName(code), code));
                } else if (regions.size() > 1) {
                    findings.add(Finding.of(Severity.INFO, OVERLAP, null, code, "check.overlap",
                            sector.name(), context.municipalityName(code), code, regions.size(),
                            String.join(", ", regions.stream().map(CheckContext::name).toList())));
                }
            });
        }
    }
}
