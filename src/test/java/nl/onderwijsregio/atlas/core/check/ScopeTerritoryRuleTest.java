package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

class ScopeTerritoryRuleTest {

    private final Rule rule = new ScopeTerritoryRule();

    @Test
    void aNationalRegionWithMunicipalitiesIsAnError() {
        var groen = SmallAtlas.region("groen", "Landelijk groen onderwijs", Set.of(Sector.VO, Sector.MBO),
                ZWOLLE, KAMPEN).withScope(Scope.NATIONAL);

        List<Finding> found = findings(rule, atlas(groen));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals("Landelijk groen onderwijs is landelijk maar heeft 2 gemeenten als gebied.",
                found.get(0).message());
    }

    @Test
    void aNationalRegionWithoutMunicipalitiesIsFine() {
        var groen = SmallAtlas.region("groen", "Landelijk groen onderwijs", Set.of(Sector.MBO))
                .withScope(Scope.NATIONAL);
        assertEquals(List.of(), findings(rule, atlas(groen)));
    }

    @Test
    void aRegionalRegionWithoutMunicipalitiesIsAWarning() {
        List<Finding> found = findings(rule, atlas(po("hak", "HAK")));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("HAK is regionaal maar heeft geen gemeenten.", found.get(0).message());
    }

    @Test
    void anEmptyTerritoryRecordedAsCorrectionIsOnlyInformation() {
        var hak = po("hak", "HAK").withCorrections(List.of(new Correction("territory", null, "[]",
                "De kaart in de publicatie geeft geen verzorgingsgebied.")));

        List<Finding> found = findings(rule, atlas(hak));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.INFO, found.get(0).severity());
    }
}
