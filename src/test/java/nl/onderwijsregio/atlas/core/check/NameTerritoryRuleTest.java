package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.URK;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

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

    /*
     * Groningen, city and province, with Drenthe to the south (1 km squares):
     *
     *   Het Hogeland   Eemsdelta
     *   Westerkwartier   Groningen   Midden-Groningen
     *                    Tynaarlo (Drenthe)
     */
    private static final List<Municipality> GRONINGEN_AND_DRENTHE = List.of(
            square("GM0014", "Groningen", "Groningen", "POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))"),
            square("GM1966", "Het Hogeland", "Groningen", "POLYGON ((0 1000, 1000 1000, 1000 2000, 0 2000, 0 1000))"),
            square("GM1979", "Eemsdelta", "Groningen",
                    "POLYGON ((1000 1000, 2000 1000, 2000 2000, 1000 2000, 1000 1000))"),
            square("GM1969", "Westerkwartier", "Groningen", "POLYGON ((-1000 0, 0 0, 0 1000, -1000 1000, -1000 0))"),
            square("GM1952", "Midden-Groningen", "Groningen",
                    "POLYGON ((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 0))"),
            square("GM1730", "Tynaarlo", "Drenthe", "POLYGON ((0 -1000, 1000 -1000, 1000 0, 0 0, 0 -1000))"));

    @Test
    void groningenHoldingMostOfItsProvinceIsTheProvinceSoTynaarloInDrentheIsReported() {
        List<Finding> found = findings(rule, groningen("Groningen (vo)",
                "GM0014", "GM1966", "GM1979", "GM1969", "GM1952", "GM1730"));

        assertEquals(List.of("GM1730"), found.stream().map(Finding::municipalityCode).toList());
        assertEquals("Groningen (vo) is genoemd naar Groningen, maar Tynaarlo (GM1730) ligt in Drenthe.",
                found.get(0).message());
    }

    @Test
    void groningenHoldingHalfTheOtherMunicipalitiesOfItsProvinceIsTheProvince() {
        List<Finding> found = findings(rule, groningen("Groningen", "GM0014", "GM1966", "GM1969", "GM1730"));

        assertEquals(List.of("GM1730"), found.stream().map(Finding::municipalityCode).toList());
    }

    @Test
    void theCityOfGroningenWithOneNeighbourOnEachSideIsTheCity() {
        assertEquals(List.of(), findings(rule, groningen("Groningen", "GM0014", "GM1969", "GM1730")));
    }

    @Test
    void aRegionOfTheCityAloneIsTheCity() {
        assertEquals(List.of(), findings(rule, groningen("Groningen Leert-Stad", "GM0014")));
    }

    private static Atlas groningen(String name, String... codes) {
        List<MemberRef> members = Arrays.stream(codes).map(code -> new MemberRef(code,
                GRONINGEN_AND_DRENTHE.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().name()))
                .toList();
        Region region = new Region("groningen", name, name, Set.of(Sector.VO), Scope.REGIONAL, false, null,
                KeyFigures.none(), members, List.of(), List.of());
        return new Atlas(GRONINGEN_AND_DRENTHE, Basemap.empty(),
                new RegionData(1, null, List.of(), List.of(), List.of(region)));
    }

    private static Municipality square(String code, String name, String province, String wkt) {
        try {
            var shape = new WKTReader().read(wkt);
            return new Municipality(code, name, province, shape, shape);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
