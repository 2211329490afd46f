package nl.onderwijsregio.atlas.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.LabourMarketRegion;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.junit.jupiter.api.Test;

class LabourMarketShareTest {

    private static final LabourMarketRegion REGIO_ZWOLLE = new LabourMarketRegion("AM36", "Regio Zwolle");
    private static final LabourMarketRegion STEDENDRIEHOEK = new LabourMarketRegion("AM06", "Veluwe Stedendriehoek");

    private static Map<String, Municipality> municipalities(Municipality... ms) {
        Map<String, Municipality> map = new LinkedHashMap<>();
        for (Municipality m : ms) {
            map.put(m.code(), m);
        }
        return map;
    }

    private static final Map<String, Municipality> AROUND_ZWOLLE = municipalities(
            new Municipality("GM0193", "Zwolle", "Overijssel", null, null, REGIO_ZWOLLE),
            new Municipality("GM0166", "Kampen", "Overijssel", null, null, REGIO_ZWOLLE),
            new Municipality("GM0244", "Hattem", "Gelderland", null, null, REGIO_ZWOLLE),
            new Municipality("GM0150", "Deventer", "Overijssel", null, null, STEDENDRIEHOEK),
            new Municipality("GM0200", "Apeldoorn", "Gelderland", null, null, STEDENDRIEHOEK),
            new Municipality("GM0232", "Epe", "Gelderland", null, null, STEDENDRIEHOEK));

    @Test
    void aRegionOfZwolleKampenHattemAndEpeHoldsAllOfRegioZwolleAndAThirdOfStedendriehoek() {
        List<LabourMarketShare> shares = LabourMarketShare.of(List.of("GM0193", "GM0166", "GM0244", "GM0232"),
                AROUND_ZWOLLE);

        assertEquals(List.of(new LabourMarketShare(REGIO_ZWOLLE, 3, 3), new LabourMarketShare(STEDENDRIEHOEK, 1, 3)),
                shares);
        assertTrue(shares.get(0).whole());
        assertFalse(shares.get(1).whole());
    }

    @Test
    void aMemberTheBoundariesDoNotKnowIsLeftOutNotCountedSomewhere() {
        List<LabourMarketShare> shares = LabourMarketShare.of(List.of("GM0193", "GM9999"), AROUND_ZWOLLE);

        assertEquals(List.of(new LabourMarketShare(REGIO_ZWOLLE, 1, 3)), shares);
    }

    @Test
    void boundariesWithoutLabourMarketRegionsGiveNoShares() {
        Map<String, Municipality> plain = municipalities(new Municipality("GM0193", "Zwolle", "Overijssel", null, null));

        assertEquals(List.of(), LabourMarketShare.of(List.of("GM0193"), plain));
    }

    @Test
    void theBundledBoundariesPutEveryMunicipalityInOneOf35LabourMarketRegions() throws Exception {
        Atlas atlas = TestData.bundledAtlas();

        assertTrue(atlas.municipalities().values().stream().allMatch(m -> m.labourMarket() != null));
        assertEquals(35, atlas.municipalities().values().stream().map(Municipality::labourMarket).distinct().count());
        assertEquals(REGIO_ZWOLLE, atlas.municipality("GM0193").orElseThrow().labourMarket());
        assertEquals(new LabourMarketRegion("AM38", "FoodValley"),
                atlas.municipality("GM0228").orElseThrow().labourMarket(), "Ede");
    }
}
