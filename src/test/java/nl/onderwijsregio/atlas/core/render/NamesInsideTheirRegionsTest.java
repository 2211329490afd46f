package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.onderwijsregio.atlas.core.geo.RegionOutline.LabelAnchor;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Zwolle en omgeving: a 20 km square on the German border (Dalfsen) with a strip 8 km wide reaching 30 km west
 * from it (Zwolle). Its inscribed circle fills the square and touches the border, so a name centred on the circle
 * reached past the border, the border's sliver after it like a full stop.
 */
class NamesInsideTheirRegionsTest {

    private final Atlas atlas = new WktAtlas()
            // 12 140 "metres" north-south is as long on the map as 20 000 east-west (Mercator at 52.6°)
            .municipality("GM0148", "Dalfsen", "POLYGON((0 0, 20000 0, 20000 12140, 0 12140, 0 8500, 0 3640, 0 0))")
            .municipality("GM0193", "Zwolle", "POLYGON((-30000 3640, 0 3640, 0 8500, -30000 8500, -30000 3640))")
            .region("zwolle", "Zwolle en omgeving", Set.of(Sector.VO), "GM0148", "GM0193")
            .build();
    private final RegionMaps maps = RegionMaps.build(atlas);
    private final MapGeometry geometry = MapGeometry.of(atlas);

    @Test
    void zwolleEnOmgevingsNameEndsBeforeTheGermanBorderWhereItsCircleTouchesIt() {
        RegionShape zwolle = maps.layer(Sector.VO).shape("zwolle");
        LabelAnchor circle = zwolle.anchor();
        // the circle 100 px across: the name (about 130 px) fits its room, but centred on it reaches 15 px past it
        Viewport v = new Viewport(circle.x(), circle.y(), 50 / circle.radius(), 800, 600);
        RecordingSurface s = new RecordingSurface();
        new MapPainter(geometry).paint(s, v, MapScene.of(maps, Sector.VO));

        RecordingSurface.Written name = s.written.stream().filter(w -> w.text().equals("Zwolle en omgeving"))
                .findFirst().orElseThrow(() -> new AssertionError("named on one line: " + s.written));
        double halfWidth = s.textWidth(name.text(), name.size(), name.bold()) / 2;
        double halo = Surface.haloReach(name.size());
        Envelope region = zwolle.outline().bounds();
        assertTrue(name.x() + halfWidth + halo <= v.x(region.getMaxX()), "ends at " + (name.x() + halfWidth + halo)
                + ", the border at " + v.x(region.getMaxX()));
        assertTrue(name.x() - halfWidth - halo >= v.x(region.getMinX()), "and starts inside it in the west");
    }
}
