package nl.onderwijsregio.atlas.core.check;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * Rule 7: two cards with the same key figures, which points at a copy-paste error in the publication.
 * Reported on both regions, each naming the other, so both detail views show it. Cards with fewer than
 * two non-zero figures are skipped: empty or near-empty cards are alike without being copies.
 */
public final class IdenticalFiguresRule implements Rule {

    public static final String ID = "identical-figures";

    private static final int MIN_NON_ZERO = 2;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        List<Region> regions = context.atlas().regions().stream()
                .filter(r -> nonZero(r.keyFigures()) >= MIN_NON_ZERO).toList();
        for (int i = 0; i < regions.size(); i++) {
            for (int j = 0; j < regions.size(); j++) {
                Region a = regions.get(i);
                Region b = regions.get(j);
                if (i != j && a.keyFigures().equals(b.keyFigures())) {
                    findings.add(Finding.of(Severity.WARNING, ID, a.id(), null, "check.identical-figures",
                            CheckContext.name(a), CheckContext.name(b)));
                }
            }
        }
    }

    private static long nonZero(KeyFigures figures) {
        return figures.asMap().values().stream().filter(v -> v != 0).count();
    }
}
