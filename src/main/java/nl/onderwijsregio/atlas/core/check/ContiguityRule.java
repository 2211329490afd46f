package nl.onderwijsregio.atlas.core.check;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;

/**
 * Rule 3: a region's territory should be one piece. Each member outside the main piece (the largest
 * group of members connected through shared borders) is reported with its distance to the main piece.
 *
 * <p>Islands are fine when they belong with the mainland next to them. An island is a municipality that
 * cannot be reached over land from the national mainland (the Wadden islands; Zeeuws-Vlaanderen, which
 * borders only Belgium). A piece made only of islands is not reported when one of its members lies within
 * {@value #ISLAND_REACH_KM} km of a member of the main piece in the same province: Texel belongs with
 * Den Helder, Terschelling and Vlieland with the Frisian coast, Sluis, Terneuzen and Hulst with Walcheren
 * across the Westerschelde. Texel in a region of Overijssel municipalities is still reported.
 */
public final class ContiguityRule implements Rule {

    public static final String ID = "scattered-territory";

    /** How far an island may lie from a mainland member of its province: the Wadden islands lie 3-20 km out. */
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
                if (piece == main || isIslandNearItsProvince(context, piece, main)) {
                    continue;
                }
                for (String code : piece) {
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
            if (!piece.stream().allMatch(context::isIsland)) {
                return piece;
            }
        }
        return pieces.get(0);
    }

    private static boolean isIslandNearItsProvince(CheckContext context, Set<String> piece, Set<String> main) {
        if (!piece.stream().allMatch(context::isIsland)) {
            return false;
        }
        for (String island : piece) {
            String province = context.atlas().municipalities().get(island).province();
            List<String> sameProvince = main.stream()
                    .filter(m -> !province.isEmpty() && province.equals(context.atlas().municipalities().get(m).province()))
                    .toList();
            if (context.nearestKm(island, sameProvince) <= ISLAND_REACH_KM) {
                return true;
            }
        }
        return false;
    }

    private static double distanceKm(CheckContext context, String code, Set<String> main) {
        return context.nearestKm(code, main);
    }
}
