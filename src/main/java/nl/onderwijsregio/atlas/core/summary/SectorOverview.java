package nl.onderwijsregio.atlas.core.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.DutchOrder;

/**
 * What one sector's map shows at a glance, for the moment before anyone picks a region: how many
 * regions, how the municipalities are covered (once, several times, not at all) and how many cases
 * there are. Counts only: summing key figures over regions that overlap would count pupils twice.
 *
 * @param regionsWithTerritory the regions of the sector drawn on the map
 * @param national             the sector's national regions, which have no territory, in the data's order
 * @param regionsNotYetMapped  the sector's regional regions without municipalities yet (e.g. just made in the
 *                             editor): not national, and not on the map either
 * @param voorlopers           the sector's regions that started as voorloper
 * @param inOneRegion          municipalities covered by exactly one region of the sector
 * @param inSeveralRegions     municipalities covered by two or more (striped on the map)
 * @param uncovered            municipalities no region of the sector covers, by name
 * @param cases                the cases of the sector's regions
 * @param regionsWithCases     how many of the sector's regions have at least one case
 */
public record SectorOverview(Sector sector, int regionsWithTerritory, List<Region> national, int regionsNotYetMapped,
                             int voorlopers, int municipalities, int inOneRegion, int inSeveralRegions,
                             List<Municipality> uncovered, int cases, int regionsWithCases) {

    public SectorOverview {
        national = List.copyOf(national);
        uncovered = List.copyOf(uncovered);
    }

    /** How many national regions the sector has: they are not on its map. */
    public int regionsWithout() {
        return national.size();
    }

    public static SectorOverview of(Atlas atlas, Sector sector) {
        List<Region> regions = atlas.regionsServing(sector);
        int withTerritory = (int) regions.stream().filter(r -> !r.members().isEmpty()).count();
        List<Region> national = regions.stream().filter(r -> r.members().isEmpty() && r.scope() == Scope.NATIONAL).toList();
        int voorlopers = (int) regions.stream().filter(Region::voorloper).count();
        int cases = regions.stream().mapToInt(r -> r.cases().size()).sum();
        int withCases = (int) regions.stream().filter(r -> !r.cases().isEmpty()).count();
        int once = 0;
        int several = 0;
        List<Municipality> uncovered = new ArrayList<>();
        for (Map.Entry<String, List<Region>> cover : atlas.coverBy(sector).entrySet()) {
            int count = cover.getValue().size();
            if (count == 0) {
                uncovered.add(atlas.municipalities().get(cover.getKey()));
            } else if (count == 1) {
                once++;
            } else {
                several++;
            }
        }
        uncovered.sort(Comparator.comparing(Municipality::name, DutchOrder.NAMES));
        return new SectorOverview(sector, withTerritory, national, regions.size() - withTerritory - national.size(),
                voorlopers, atlas.municipalities().size(), once, several, uncovered, cases, withCases);
    }
}
