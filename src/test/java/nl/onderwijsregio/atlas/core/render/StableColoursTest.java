package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.geo.RegionColouring;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * An edit recolours only what it has to: the regions it did not involve look exactly as before, and the region it
 * did keeps its colour on every sector's map where no neighbour there has it.
 */
class StableColoursTest {

    @Test
    void addingThreeMunicipalitiesToZwolleKeepsEveryOtherRegionsColour() throws Exception {
        Atlas before = TestData.bundledAtlas();
        RegionMaps maps = RegionMaps.build(before);
        Region zwolle = before.region("zwolle-en-omgeving").orElseThrow();
        Set<String> outside = new TreeSet<>();
        for (String code : zwolle.memberCodes()) {
            maps.graph().neighbours(code).stream().filter(n -> !zwolle.hasMember(n)).forEach(outside::add);
        }
        List<MemberRef> grown = new ArrayList<>(zwolle.members());
        outside.stream().limit(3).forEach(c -> grown.add(new MemberRef(c, before.municipalities().get(c).name())));
        assertEquals(3, grown.size() - zwolle.members().size());

        RegionMaps after = maps.update(before.withRegion(zwolle.withMembers(grown)));

        Map<String, Integer> was = new TreeMap<>(maps.colourIndices());
        Map<String, Integer> now = new TreeMap<>(after.colourIndices());
        was.remove("zwolle-en-omgeving");
        now.remove("zwolle-en-omgeving");
        assertEquals(was, now, "only the edited region may change colour");
        for (Sector s : Sector.values()) {
            SectorLayer layer = after.layer(s);
            for (Region r : layer.regions()) {
                for (String n : layer.adjacent(r.id())) {
                    assertNotEquals(layer.colour(r.id()), layer.colour(n), s + ": " + r.id() + " and " + n);
                }
            }
        }
    }

    @Test
    void groningenDeletedAndTheDeletionUndoneComesBackInItsOwnColour() throws Exception {
        Atlas before = TestData.bundledAtlas();
        RegionMaps maps = RegionMaps.build(before);
        var deletion = Edits.deleteRegion(before, "groningen-vo", null);
        Atlas without = deletion.apply(before);
        RegionMaps deleted = maps.update(without);

        RegionMaps undone = deleted.update(before);

        assertEquals(maps.colourIndices(), undone.colourIndices(), "undo puts every colour back as it was");
    }

    @Test
    void addingRijssenHoltenToZwolleKeepsEveryColourThatIsStillValid() throws Exception {
        Atlas before = TestData.bundledAtlas();

        Atlas after = Edits.addMembers(before, "zwolle-en-omgeving", List.of(code(before, "Rijssen-Holten")), null)
                .apply(before);

        assertEveryValidColourKept(RegionMaps.build(before), after);
    }

    @Test
    void foodValleyGrownIntoApeldoornKeepsItsColourOnTheMapsWhereNoNeighbourHasIt() throws Exception {
        Atlas before = TestData.bundledAtlas();
        RegionMaps maps = RegionMaps.build(before);
        Region foodValley = before.region("food-valley").orElseThrow();

        RegionMaps after = assertEveryValidColourKept(maps,
                Edits.addMembers(before, foodValley.id(), List.of(code(before, "Apeldoorn")), null).apply(before));

        // Apeldoorn brings it against a region of its colour on one map only: there alone it takes another.
        int own = maps.colourIndices().get(foodValley.id());
        assertTrue(foodValley.sectors().stream().anyMatch(s -> after.layer(s).colourIndices().get(foodValley.id()) == own),
                "Food Valley keeps its colour where it can");
    }

    @Test
    void tickingVoForMiddenNederlandKeepsItsPoColourAndGivesItAVoColourNoNeighbourHas() throws Exception {
        Atlas before = TestData.bundledAtlas();
        RegionMaps maps = RegionMaps.build(before);
        String middenNederland = "midden-nederland-po";

        RegionMaps after = assertEveryValidColourKept(maps,
                Edits.setSectors(before, middenNederland, Set.of(Sector.PO, Sector.VO), null).apply(before));

        assertEquals(maps.layer(Sector.PO).colour(middenNederland), after.layer(Sector.PO).colour(middenNederland),
                "on the PO map nothing required another colour");
        SectorLayer vo = after.layer(Sector.VO);
        for (String neighbour : vo.adjacent(middenNederland)) {
            assertNotEquals(vo.colour(middenNederland), vo.colour(neighbour), "VO: " + neighbour);
        }
    }

    /**
     * After {@code edited}, a region keeps the colour it had on a sector's map (or its own colour, new on that map)
     * wherever no neighbour on that map had it before; and neighbours never share a colour.
     */
    private static RegionMaps assertEveryValidColourKept(RegionMaps before, Atlas edited) {
        RegionMaps after = before.update(edited);
        for (Sector s : Sector.values()) {
            Map<String, Integer> was = new TreeMap<>(before.colourIndices());
            was.putAll(before.layer(s).colourIndices());
            SectorLayer layer = after.layer(s);
            for (Region r : layer.regions()) {
                Integer old = was.get(r.id());
                boolean stillValid = layer.adjacent(r.id()).stream().noneMatch(n -> old.equals(was.get(n)));
                if (stillValid) {
                    assertEquals(old, layer.colourIndices().get(r.id()), s + ": " + r.displayName());
                }
                for (String n : layer.adjacent(r.id())) {
                    assertNotEquals(layer.colour(r.id()), layer.colour(n), s + ": " + r.id() + " and " + n);
                }
            }
        }
        return after;
    }

    private static String code(Atlas atlas, String municipality) {
        return atlas.municipalities().values().stream().filter(m -> m.name().equals(municipality))
                .findFirst().orElseThrow().code();
    }

    @Test
    void aConflictIsResolvedByTheChangedRegionNotItsNeighbour() {
        // Zwolle grew into Kampen's neighbourhood and now touches Vechtdal, which had the same colour
        Map<String, Set<String>> adjacency = Map.of(
                "zwolle", Set.of("vechtdal", "kampen"),
                "vechtdal", Set.of("zwolle"),
                "kampen", Set.of("zwolle"));
        Map<String, Integer> previous = Map.of("zwolle", 0, "vechtdal", 0, "kampen", 1);
        Map<String, Integer> colours = RegionColouring.recolour(adjacency, 6, previous, Set.of("zwolle"));
        assertEquals(0, colours.get("vechtdal"));
        assertEquals(1, colours.get("kampen"));
        assertTrue(colours.get("zwolle") != 0 && colours.get("zwolle") != 1, "zwolle: " + colours.get("zwolle"));
    }

    @Test
    void aRegionKeepsItsColourInEverySectorItServes() throws Exception {
        RegionMaps maps = RegionMaps.build(TestData.bundledAtlas());
        for (Sector s : Sector.values()) {
            for (Region r : maps.layer(s).regions()) {
                assertEquals(RegionPalette.region(maps.colourIndices().get(r.id())), maps.layer(s).colour(r.id()),
                        s + ": " + r.id());
            }
        }
    }
}
