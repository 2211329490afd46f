package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.DEN_HELDER;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.DEVENTER;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.SCHIERMONNIKOOG;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.TEXEL;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.Scope;
import org.junit.jupiter.api.Test;

class ContiguityRuleTest {

    private final Rule rule = new ContiguityRule();

    @Test
    void zwolleKampenAndDeventerFormOnePiece() {
        assertEquals(List.of(), findings(rule, atlas(po("ijssel", "IJsselland", ZWOLLE, KAMPEN, DEVENTER))));
    }

    @Test
    void denHelderFarFromZwolleAndKampenIsReportedWithItsDistance() {
        List<Finding> found = findings(rule, atlas(po("ijssel", "IJsselland", ZWOLLE, KAMPEN, DEN_HELDER)));

        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(DEN_HELDER, f.municipalityCode());
        // Kampen's east edge is at x=2000, Den Helder's west edge at x=10000.
        assertEquals("IJsselland: Den Helder (GM0400) ligt los van de rest van de regio, 8,0 km van het hoofdgebied.",
                f.message());
        assertEquals("IJsselland: Den Helder (GM0400) is detached from the rest of the region, 8.0 km from its"
                + " main part.", f.message(Locale.ENGLISH));
    }

    @Test
    void texelBelongsWithDenHelderInTheSameProvince() {
        assertEquals(List.of(), findings(rule, atlas(po("kop", "Kop van Noord-Holland", DEN_HELDER, TEXEL))));
    }

    @Test
    void texelWithOverijsselMunicipalitiesIsReported() {
        List<Finding> found = findings(rule, atlas(po("ijssel", "IJsselland", ZWOLLE, KAMPEN, TEXEL)));

        assertEquals(List.of(TEXEL), found.stream().map(Finding::municipalityCode).toList());
    }

    @Test
    void anIslandOfTheRightProvinceTooFarAwayIsReported() {
        // Schiermonnikoog is Frisian, Den Helder is not: reported; and it lies far beyond the island reach.
        List<Finding> found = findings(rule, atlas(po("kop", "Kop", DEN_HELDER, TEXEL, SCHIERMONNIKOOG)));

        assertEquals(List.of(SCHIERMONNIKOOG), found.stream().map(Finding::municipalityCode).toList());
    }

    @Test
    void nationalRegionsAreNotCheckedForShape() {
        var national = po("groen", "Groen", ZWOLLE, DEN_HELDER).withScope(Scope.NATIONAL);
        assertEquals(List.of(), findings(rule, atlas(national)));
    }

    @Test
    void terneuzenAndSluisAcrossTheWaterBelongWithVlissingen() {
        var zeeland = po("zeeland", "Zeeland", SmallAtlas.VLISSINGEN, SmallAtlas.TERNEUZEN, SmallAtlas.SLUIS);
        assertEquals(List.of(), findings(rule, atlas(zeeland)));
    }

    @Test
    void terneuzenAndSluisWithOnlyOverijsselMunicipalitiesAreBothReported() {
        var ijssel = po("ijssel", "IJsselland", ZWOLLE, KAMPEN, SmallAtlas.TERNEUZEN, SmallAtlas.SLUIS);

        List<Finding> found = findings(rule, atlas(ijssel));

        assertEquals(List.of(SmallAtlas.TERNEUZEN, SmallAtlas.SLUIS),
                found.stream().map(Finding::municipalityCode).toList());
    }
}
