package nl.onderwijsregio.atlas.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;

/**
 * Rule 3: a region's territory should be one piece. Each member outside the main piece (the largest
 * group of members connected through shared borders) is reported with its distance to the main piece.
 *
 * <p>Islands are fine: a member that borders no municipality at all in the edition (Texel, Vlieland,
 * Terschelling, Ameland, Schiermonnikoog) is not reported when a member of the main piece in the same
 * province lies within {@value #ISLAND_REACH_KM} km. So Texel belongs with Den Helder, and the Frisian
 * islands with the Frisian coast, but Texel in a region of Groningen municipalities is still reported.
 */
public final class ContiguityRule implements Rule {

    public static final String ID = "scattered-territory";

    /** How far an island may lie from a mainland member of its province: the Wadden islands lie 3-15 km out. */
    public static final double ISLAND_REACH_KM = 25.0;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        for (Region region : context.atlas().regions()) {
            if (region.scope() != Scope.REGIONAL) {
                continue;
            }
            List<Set<String>> pieces = context.graph().components(region.memberCodes());
            if (pieces.size() < 2) {
                continue;
            }
            Set<String> main = mainPiece(context, pieces);
            for (Set<String> piece : pieces) {
                if (piece == main) {
                    continue;
                }
                for (String code : piece) {
                    if (isExcusedIsland(context, code, main)) {
                        continue;
                    }
                    double km = distanceKm(context, code, main);
                    findings.add(Finding.of(Severity.WARNING, ID, region.id(), code, "check.scattered-territory",
                            CheckContext.name(region), context.municipalityName(code), code,
                            Math.round(km * 10) / 10.0));
                }
            }
        }
    }

    /** The largest piece that is not only islands; islands alone are the main piece only when nothing else is. */
    private static Set<String> mainPiece(CheckContext context, List<Set<String>> pieces) {
        for (Set<String> piece : pieces) {
            if (!piece.stream().allMatch(code -> isIsland(context, code))) {
                return piece;
            }
        }
        return pieces.get(0);
    }

    private static boolean isIsland(CheckContext context, String code) {
        return context.graph().neighbours(code).isEmpty();
    }

    private static boolean isExcusedIsland(CheckContext context, String code, Set<String> main) {
        if (!isIsland(context, code)) {
            return false;
        }
        Municipality island = context.atlas().municipalities().get(code);
        List<String> sameProvince = new ArrayList<>();
        for (String m : main) {
            Municipality mainland = context.atlas().municipalities().get(m);
            if (mainland != null && !island.province().isEmpty() && island.province().equals(mainland.province())) {
                sameProvince.add(m);
            }
        }
        return sameProvince.stream().anyMatch(m -> context.graph().distanceKm(code, m) <= ISLAND_REACH_KM);
    }

    private static double distanceKm(CheckContext context, String code, Set<String> main) {
        return main.stream().mapToDouble(m -> context.graph().distanceKm(code, m)).min()
                .orElse(Double.POSITIVE_INFINITY);
    }
}
