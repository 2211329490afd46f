package nl.onderwijsregio.atlas.core.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * Everything the detail pane says about one region beyond the region card itself: its municipalities
 * with their overlaps, its area, and the regions it overlaps or borders.
 *
 * @param members   the verzorgingsgebied sorted by name, one entry per distinct member
 * @param links     overlapping regions first (most shared first), then bordering ones, by name
 * @param areaKm2   the sum of the distinct known members' areas (memberships are whole municipalities)
 * @param labourMarkets the labour-market regions the members lie in, most members first; empty when the
 *                  boundaries do not name them
 */
public record RegionFacts(Region region, List<MemberFact> members, List<RegionLink> links, double areaKm2,
                          List<LabourMarketShare> labourMarkets) {

    public RegionFacts {
        members = List.copyOf(members);
        links = List.copyOf(links);
        labourMarkets = List.copyOf(labourMarkets);
    }

    /**
     * Members with overlap: another region covers them in at least one sector this region serves. The
     * number of the table's column and the detail pane's total.
     */
    public int overlappingMemberCount() {
        return (int) members.stream().filter(m -> m.overlapCount() > 0).count();
    }

    /**
     * The members the source listed more than once, by name, with how often (Vlieland twice in Friesland Noordelijk
     * Flevoland's list), in the list's order; empty for most. Each is one of {@link #members()} all the same, so the
     * count of the list as printed is larger than theirs.
     */
    public Map<String, Integer> listedMoreThanOnce() {
        Map<String, Integer> byName = new LinkedHashMap<>();
        region.timesListed().forEach((code, n) -> {
            if (n > 1) {
                members.stream().filter(m -> code.equals(m.code())).findFirst()
                        .ifPresent(m -> byName.put(m.name(), n));
            }
        });
        return byName;
    }

    /** Members another region of {@code sector} also covers: the members with a chip on that sector's map. */
    public int overlappingMemberCount(Sector sector) {
        return (int) members.stream().filter(m -> m.othersBySector().containsKey(sector)).count();
    }
}
