package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.MUNICIPALITIES;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

class SectorCoverageRuleTest {

    private final Rule rule = new SectorCoverageRule();

    private static String[] allCodes() {
        return MUNICIPALITIES.stream().map(Municipality::code).toArray(String[]::new);
    }

    @Test
    void aMunicipalityInTwoPoRegionsIsReportedAsOverlap() {
        var all = po("land", "Heel het land", allCodes());
        var zwolle = po("zwolle", "Zwolle en omgeving", ZWOLLE);

        List<Finding> found = findings(rule, atlas(all, zwolle));

        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(SectorCoverageRule.OVERLAP, f.ruleId());
        assertEquals(ZWOLLE, f.municipalityCode());
        assertNull(f.regionId());
        assertEquals("PO: Zwolle (GM0193) valt onder 2 regio's: Heel het land, Zwolle en omgeving.", f.message());
    }

    @Test
    void aPoAndAVoRegionOnTheSameMunicipalityDoNotOverlap() {
        var po = po("land", "Heel het land", allCodes());
        var vo = SmallAtlas.region("vo", "Zwolle vo", Set.of(Sector.VO), ZWOLLE);

        List<Finding> found = findings(rule, atlas(po, vo));

        // Only VO gaps: every municipality but Zwolle lacks a VO region; no overlap.
        assertEquals(MUNICIPALITIES.size() - 1, found.size(), found.toString());
        found.forEach(f -> assertEquals(SectorCoverageRule.GAP, f.ruleId()));
    }

    @Test
    void municipalitiesNoPoRegionCoversAreGaps() {
        var zwolle = po("zwolle", "Zwolle en omgeving", ZWOLLE, KAMPEN);

        List<Finding> found = findings(rule, atlas(zwolle));

        assertEquals(MUNICIPALITIES.size() - 2, found.size(), found.toString());
        Finding deventer = found.stream().filter(f -> SmallAtlas.DEVENTER.equals(f.municipalityCode()))
                .findFirst().orElseThrow();
        assertEquals(Severity.WARNING, deventer.severity());
        assertEquals("PO: Deventer (GM0150) valt onder geen enkele regio.", deventer.message());
    }

    @Test
    void aSectorNoRegionServesIsNotReportedMunicipalityByMunicipality() {
        // Only PO regions exist: VO and MBO are not flooded with one gap per municipality.
        assertEquals(List.of(), findings(rule, atlas(po("land", "Heel het land", allCodes()))));
    }
}
