package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/** A region has one colour on every sector's map, and neighbours still differ on each map. */
class SameColourAcrossSectorsTest {

    @Test
    void zwolleKeepsItsColourInPoVoAndMboWhileNeighboursDiffer() throws Exception {
        RegionMaps maps = TestData.bundledMaps();

        Rgb po = maps.layer(Sector.PO).colour("zwolle-en-omgeving");
        assertEquals(po, maps.layer(Sector.VO).colour("zwolle-en-omgeving"));
        assertEquals(po, maps.layer(Sector.MBO).colour("zwolle-en-omgeving"));
        for (Sector s : Sector.values()) {
            SectorLayer layer = maps.layer(s);
            for (Region r : layer.regions()) {
                for (String n : layer.adjacent(r.id())) {
                    assertNotEquals(layer.colour(r.id()), layer.colour(n), s + ": " + r.id() + " and " + n);
                }
            }
        }
    }
}
