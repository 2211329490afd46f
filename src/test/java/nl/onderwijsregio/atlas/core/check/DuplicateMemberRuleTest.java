package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DuplicateMemberRuleTest {

    private final Rule rule = new DuplicateMemberRule();

    @Test
    void zwolleListedTwiceInOneRegionIsReportedOnce() {
        var region = po("zwolle", "Zwolle en omgeving", ZWOLLE, KAMPEN, ZWOLLE);

        List<Finding> found = findings(rule, atlas(region));

        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(ZWOLLE, f.municipalityCode());
        assertEquals("Zwolle en omgeving: Zwolle (GM0193) staat 2 keer in de lijst.", f.message());
        assertEquals("Zwolle en omgeving: Zwolle (GM0193) is listed 2 times.", f.message(Locale.ENGLISH));
    }

    @Test
    void theSameMunicipalityInTwoRegionsIsNoDuplicate() {
        var found = findings(rule, atlas(po("zwolle", "Zwolle", ZWOLLE), po("ijssel", "IJssel", ZWOLLE)));
        assertEquals(List.of(), found);
    }
}
