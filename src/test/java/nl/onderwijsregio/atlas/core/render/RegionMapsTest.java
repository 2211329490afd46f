package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.geo.NearbyMunicipalities;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * A row of four 10 km squares: Zwolle, Kampen, Dalfsen, Ommen, west to east, and Hattem below Zwolle.
 * "Regio Zwolle" (PO) has Zwolle and Kampen; "Vechtdal" (PO) has Kampen, Dalfsen and Ommen, so Kampen
 * is an overlap; Hattem is in no PO region: a gap.
 */
class RegionMapsTest {

    private static final Set<Sector> PO = Set.of(Sector.PO);

    private static Atlas atlas() {
        return new WktAtlas()
                .square("GM0193", "Zwolle", 0, 0)
                .square("GM0166", "Kampen", 1, 0)
                .square("GM0148", "Dalfsen", 2, 0)
                .square("GM0175", "Ommen", 3, 0)
                .square("GM0244", "Hattem", 0, -1)
                .region("regio-zwolle", "Regio Zwolle", PO, "GM0193", "GM0166")
                .region("vechtdal", "Vechtdal", PO, "GM0166", "GM0148", "GM0175")
                .region("ommen-mbo", "Ommen MBO", Set.of(Sector.MBO), "GM0175")
                .region("groen", "Landelijk groen", PO, Scope.NATIONAL)
                .build();
    }

    @Test
    void overlappingRegionsNeverShareAColour() {
        SectorLayer po = RegionMaps.build(atlas()).layer(Sector.PO);
        assertNotEquals(po.colour("regio-zwolle"), po.colour("vechtdal"));
    }

    @Test
    void regionsThatOnlyTouchGetDifferentColoursToo() {
        Atlas a = new WktAtlas()
                .square("GM0193", "Zwolle", 0, 0)
                .square("GM0166", "Kampen", 1, 0)
                .region("west", "West", PO, "GM0193")
                .region("east", "East", PO, "GM0166")
                .build();
        SectorLayer po = RegionMaps.build(a).layer(Sector.PO);
        assertEquals(Set.of("east"), po.adjacent("west"));
        assertNotEquals(po.colour("west"), po.colour("east"));
    }

    @Test
    void coloursAreTheSameEveryTime() {
        assertEquals(RegionMaps.build(atlas()).layer(Sector.PO).colourIndices(),
                RegionMaps.build(atlas()).layer(Sector.PO).colourIndices());
    }

    @Test
    void colouringAgainFromScratchGivesTheColoursTheMapShows() {
        // The benchmark times recolour(): it must be the colouring the map really uses.
        RegionMaps maps = RegionMaps.build(atlas());
        assertEquals(maps.colourIndices(), maps.recolour());
    }

    @Test
    void kampenLiesInBothPoRegionsAndIsAnOverlap() {
        SectorLayer po = RegionMaps.build(atlas()).layer(Sector.PO);
        assertEquals(List.of("regio-zwolle", "vechtdal"), po.covering("GM0166"));
        assertTrue(po.isOverlap("GM0166"));
        assertFalse(po.isOverlap("GM0193"));
    }

    @Test
    void aRegionIsFilledWhereItAloneCoversAndKampenIsLeftToTheStripes() {
        Atlas a = atlas();
        SectorLayer po = RegionMaps.build(a).layer(Sector.PO);
        MapGeometry geometry = MapGeometry.of(a);
        assertEquals(geometry.municipality("GM0193").bounds(), po.soleFill("regio-zwolle").bounds(),
                "Regio Zwolle alone covers Zwolle");
        var dalfsenAndOmmen = new org.locationtech.jts.geom.Envelope(geometry.municipality("GM0148").bounds());
        dalfsenAndOmmen.expandToInclude(geometry.municipality("GM0175").bounds());
        assertEquals(dalfsenAndOmmen, po.soleFill("vechtdal").bounds());
        assertEquals(1, po.soleFill("vechtdal").rings().size(), "Dalfsen and Ommen dissolve into one fill");
    }

    @Test
    void aRegionWithoutOverlapsIsFilledByItsOutline() {
        SectorLayer mbo = RegionMaps.build(atlas()).layer(Sector.MBO);
        assertSame(mbo.shape("ommen-mbo").outline(), mbo.soleFill("ommen-mbo"));
    }

    @Test
    void coverCountsIncludeTheGap() {
        SectorLayer po = RegionMaps.build(atlas()).layer(Sector.PO);
        assertEquals(0, po.coverCount("GM0244"), "Hattem is in no PO region");
        assertEquals(1, po.coverCount("GM0193"));
        assertEquals(2, po.coverCount("GM0166"));
        assertEquals(1, po.coverCount("GM0175"));
        assertEquals(1, RegionMaps.build(atlas()).layer(Sector.MBO).coverCount("GM0175"));
    }

    @Test
    void nationalRegionsAreListedNotDrawn() {
        SectorLayer po = RegionMaps.build(atlas()).layer(Sector.PO);
        assertEquals(List.of("groen"), po.withoutTerritory().stream().map(r -> r.id()).toList());
        assertEquals(List.of("regio-zwolle", "vechtdal"), po.regions().stream().map(r -> r.id()).toList());
    }

    @Test
    void outlineIsTheDissolvedUnionOfTheMembers() {
        RegionShape vechtdal = RegionMaps.build(atlas()).layer(Sector.PO).shape("vechtdal");
        assertEquals("Polygon", vechtdal.outlineWgs84().getGeometryType(), "three squares in a row dissolve to one");
        assertEquals(0.3 * 0.1, vechtdal.outlineWgs84().getArea(), 1e-9);
        assertEquals(1, vechtdal.outline().rings().size());
    }

    @Test
    void labelGoesInsideTheRegion() {
        RegionShape vechtdal = RegionMaps.build(atlas()).layer(Sector.PO).shape("vechtdal");
        double lon = nl.onderwijsregio.atlas.core.geo.WebMercator.lon(vechtdal.anchor().x());
        assertTrue(lon > 6.1 && lon < 6.4, "label between Kampen's west edge and Ommen's east edge: " + lon);
    }

    @Test
    void anEditRecomputesOnlyTheChangedRegion() {
        Atlas before = atlas();
        RegionMaps maps = RegionMaps.build(before);
        var vechtdal = before.region("vechtdal").orElseThrow();
        Atlas after = before.withRegion(vechtdal.withMembers(List.of(
                new MemberRef("GM0148", "Dalfsen"), new MemberRef("GM0175", "Ommen"))));
        RegionMaps updated = maps.update(after);
        assertSame(maps.layer(Sector.PO).shape("regio-zwolle"), updated.layer(Sector.PO).shape("regio-zwolle"));
        assertEquals(1, updated.layer(Sector.PO).coverCount("GM0166"), "Kampen is no longer an overlap");
    }

    @Test
    void regionsFacingEachOtherAcrossNarrowWaterGetDifferentColoursToo() {
        // Amsterdam and Almere: 1 km of IJmeer between them; Urk lies 8 km out
        Atlas a = new WktAtlas()
                .municipality("GM0363", "Amsterdam", "POLYGON((0 0, 10000 0, 10000 10000, 0 10000, 0 0))")
                .municipality("GM0034", "Almere", "POLYGON((11000 0, 21000 0, 21000 10000, 11000 10000, 11000 0))")
                .municipality("GM0184", "Urk", "POLYGON((29000 0, 31000 0, 31000 2000, 29000 2000, 29000 0))")
                .region("amsterdam", "Amsterdam", PO, "GM0363")
                .region("almere", "Almere en Lelystad", PO, "GM0034")
                .build();
        SectorLayer po = RegionMaps.build(a).layer(Sector.PO);
        assertEquals(Set.of("almere"), po.adjacent("amsterdam"));
        assertNotEquals(po.colour("amsterdam"), po.colour("almere"));
        assertEquals(Set.of(), NearbyMunicipalities.of(a.municipalities().values()).of("GM0184"),
                "Urk is too far out");
    }
}
