package nl.onderwijsregio.atlas.core.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.LabourMarketRegion;
import nl.onderwijsregio.atlas.core.model.Municipality;

/**
 * How much of one labour-market region an education region takes in: {@code members} of its
 * {@code municipalities} municipalities. Whether an education region follows the labour-market
 * division, or cuts through it, is what a policy adviser asks when the two are meant to cooperate.
 */
public record LabourMarketShare(LabourMarketRegion labourMarket, int members, int municipalities) {

    /** Whether the education region holds all of the labour-market region. */
    public boolean whole() {
        return members == municipalities;
    }

    /** "all 16 municipalities" or "8 of its 12 municipalities", in the words of {@code labels}. */
    public String describe(Labels labels) {
        return whole() ? labels.get("detail.labourMarkets.whole", municipalities)
                : labels.get("detail.labourMarkets.part", members, municipalities);
    }

    /**
     * The labour-market regions that {@code memberCodes} lie in, most members first (then by name), out of
     * the municipalities of one edition. Empty when the boundary file names no labour-market regions.
     */
    public static List<LabourMarketShare> of(Collection<String> memberCodes, Map<String, Municipality> municipalities) {
        Map<LabourMarketRegion, Integer> size = new HashMap<>();
        for (Municipality m : municipalities.values()) {
            if (m.labourMarket() != null) {
                size.merge(m.labourMarket(), 1, Integer::sum);
            }
        }
        Map<LabourMarketRegion, Integer> held = new HashMap<>();
        for (String code : memberCodes) {
            Municipality m = municipalities.get(code);
            if (m != null && m.labourMarket() != null) {
                held.merge(m.labourMarket(), 1, Integer::sum);
            }
        }
        List<LabourMarketShare> shares = new ArrayList<>();
        held.forEach((amr, n) -> shares.add(new LabourMarketShare(amr, n, size.get(amr))));
        shares.sort(Comparator.comparingInt(LabourMarketShare::members).reversed()
                .thenComparing(s -> s.labourMarket().name()));
        return shares;
    }
}
