package nl.onderwijsregio.atlas.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void aRegionalRegionWithMunicipalitiesHasTerritory() {
        assertTrue(region("Zwolle en omgeving", Scope.REGIONAL, new MemberRef("GM0193", "Zwolle")).hasTerritory());
    }

    @Test
    void aNationalRegionHasNoTerritoryEvenWhenItListsMunicipalities() {
        assertFalse(region("Koerskracht", Scope.NATIONAL).hasTerritory());
        assertFalse(region("Koerskracht", Scope.NATIONAL, new MemberRef("GM0193", "Zwolle")).hasTerritory());
    }

    /** A published name that resolved to no CBS code is kept for the record, but places the region nowhere. */
    @Test
    void aRegionalRegionWithoutAResolvedMunicipalityHasNoTerritory() {
        assertFalse(region("Stedendriehoek", Scope.REGIONAL).hasTerritory());
        assertFalse(region("Stedendriehoek", Scope.REGIONAL, new MemberRef(null, "Zwolle-Zuid")).hasTerritory());
    }

    private static Region region(String name, Scope scope, MemberRef... members) {
        return new Region(name.toLowerCase(Locale.ROOT), name, name, Set.of(Sector.PO), scope, false, null,
                KeyFigures.none(), List.of(members), List.of(), List.of());
    }
}
