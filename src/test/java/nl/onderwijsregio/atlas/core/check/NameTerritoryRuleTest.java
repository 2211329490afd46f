package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.URK;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameTerritoryRuleTest {

    private final Rule rule = new NameTerritoryRule();

    @Test
    void urkInARegionNamedAfterOverijsselIsReported() {
        List<Finding> found = findings(rule, atlas(po("overijssel", "Noord-Overijssel", ZWOLLE, KAMPEN, URK)));

        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(URK, f.municipalityCode());
        assertEquals("Noord-Overijssel is genoemd naar Overijssel, maar Urk (GM0184) ligt in Flevoland.",
                f.message());
        assertEquals("Noord-Overijssel is named after Overijssel, but Urk (GM0184) lies in Flevoland.",
                f.message(Locale.ENGLISH));
    }

    @Test
    void aMemberTheNameMentionsIsFine() {
        assertEquals(List.of(), findings(rule, atlas(po("ov-urk", "Overijssel en Urk", ZWOLLE, URK))));
    }

    @Test
    void aMemberInASecondNamedProvinceIsFine() {
        assertEquals(List.of(), findings(rule, atlas(po("ov-fl", "Flevoland-Overijssel", ZWOLLE, URK))));
    }

    @Test
    void aNameWithAPartThatIsNoProvinceClaimsNothing() {
        assertEquals(List.of(), findings(rule, atlas(po("delta", "IJsseldelta en Overijssel", ZWOLLE, URK))));
    }

    @Test
    void aHyphenatedPrefixSharesTheProvinceOfTheNextPart() {
        List<Finding> found = findings(rule, atlas(po("mw", "Midden- en West-Overijssel (po)", ZWOLLE, URK)));
        assertEquals(List.of(URK), found.stream().map(Finding::municipalityCode).toList());
    }

    @Test
    void aNameWithoutProvinceClaimsNothing() {
        assertEquals(List.of(), findings(rule, atlas(po("ijssel", "IJsselland", ZWOLLE, URK))));
    }
}
