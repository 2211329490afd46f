package nl.onderwijsregio.atlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /**
     * A file may list a member a million times; the window asks for the codes many times per snapshot, so they are
     * worked out once per region (and once for a region changed in anything but its members).
     */
    @Test
    void theMemberCodesOfARegionAreWorkedOutOnceAndCannotBeChanged() {
        Region zwolle = region("Zwolle en omgeving", Scope.REGIONAL, new MemberRef("GM0193", "Zwolle"),
                new MemberRef("GM0193", "Zwolle"), new MemberRef(null, "Zwolle-Zuid"), new MemberRef("GM0166", "Kampen"));

        assertEquals(List.of("GM0193", "GM0166"), List.copyOf(zwolle.memberCodes()));
        assertSame(zwolle.memberCodes(), zwolle.memberCodes());
        assertSame(zwolle.memberCodes(), zwolle.withDisplayName("Regio Zwolle").memberCodes());
        assertThrows(UnsupportedOperationException.class, () -> zwolle.memberCodes().add("GM0200"));
        assertThrows(UnsupportedOperationException.class, () -> zwolle.members().add(new MemberRef("GM0200", "Apeldoorn")));
        assertTrue(zwolle.hasMember("GM0166"));
        assertFalse(zwolle.hasMember("GM0200"));
    }

    /** The members stay a plain list of what was published, duplicates included, to equals as to the validator. */
    @Test
    void aRegionEqualsOneWithTheSameMembersHowEverTheyWereGiven() {
        List<MemberRef> members = List.of(new MemberRef("GM0193", "Zwolle"), new MemberRef("GM0193", "Zwolle"));
        Region zwolle = region("Zwolle en omgeving", Scope.REGIONAL, members.toArray(MemberRef[]::new));
        Region again = zwolle.withMembers(new java.util.ArrayList<>(members));

        assertEquals(zwolle, again);
        assertEquals(zwolle.hashCode(), again.hashCode());
        assertEquals(members, zwolle.members());
        assertEquals(2, zwolle.members().size());
    }

    private static Region region(String name, Scope scope, MemberRef... members) {
        return new Region(name.toLowerCase(Locale.ROOT), name, name, Set.of(Sector.PO), scope, false, null,
                KeyFigures.none(), List.of(members), List.of(), List.of());
    }
}
