package nl.onderwijsregio.atlas.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A hand-made country of 1 km squares for validator tests (x to the east, y to the north, metres):
 *
 * <pre>
 *   y=3000                                                     Texel (island, 2 km off Den Helder)
 *   y=2000  Steenwijkerland
 *   y=1000  Zwolle   Kampen   Deventer
 *   y=0     Urk (Flevoland)            Hollands Kroon ...........  Den Helder
 *           x=0      x=1000   x=2000   x=3000                  x=10000
 * </pre>
 * Hollands Kroon is a strip from x=3000 to x=10000 touching Deventer's corner, so all but the islands
 * form one mainland.
 * Schiermonnikoog (Fryslân) is an island far away at x=20000. Vlissingen (Zeeland) borders Urk on the
 * west; Terneuzen and Sluis border each other 2 km south of it, across water, like Zeeuws-Vlaanderen.
 */
final class SmallAtlas {

    static final String ZWOLLE = "GM0193";
    static final String KAMPEN = "GM0166";
    static final String DEVENTER = "GM0150";
    static final String STEENWIJKERLAND = "GM1708";
    static final String URK = "GM0184";
    static final String DEN_HELDER = "GM0400";
    static final String TEXEL = "GM0448";
    static final String SCHIERMONNIKOOG = "GM0088";
    static final String HOLLANDS_KROON = "GM1911";
    static final String VLISSINGEN = "GM0718";
    static final String TERNEUZEN = "GM0715";
    static final String SLUIS = "GM1714";

    static final List<Municipality> MUNICIPALITIES = List.of(
            m(ZWOLLE, "Zwolle", "Overijssel", 0, 1000),
            m(KAMPEN, "Kampen", "Overijssel", 1000, 1000),
            m(DEVENTER, "Deventer", "Overijssel", 2000, 1000),
            m(STEENWIJKERLAND, "Steenwijkerland", "Overijssel", 0, 2000),
            m(URK, "Urk", "Flevoland", 0, 0),
            m(DEN_HELDER, "Den Helder", "Noord-Holland", 10000, 0),
            m(TEXEL, "Texel", "Noord-Holland", 10000, 3000),
            m(HOLLANDS_KROON, "Hollands Kroon", "Noord-Holland",
                    "POLYGON ((3000 0, 10000 0, 10000 1000, 3000 1000, 3000 0))"),
            m(SCHIERMONNIKOOG, "Schiermonnikoog", "Fryslân", 20000, 20000),
            m(VLISSINGEN, "Vlissingen", "Zeeland", -1000, 0),
            m(TERNEUZEN, "Terneuzen", "Zeeland", -1000, -3000),
            m(SLUIS, "Sluis", "Zeeland", -2000, -3000));

    private SmallAtlas() {
    }

    /** A 1 km square with its south-west corner at (x, y). */
    private static Municipality m(String code, String name, String province, int x, int y) {
        return m(code, name, province, String.format("POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))",
                x, y, x + 1000, y, x + 1000, y + 1000, x, y + 1000, x, y));
    }

    private static Municipality m(String code, String name, String province, String wkt) {
        try {
            var g = new WKTReader().read(wkt);
            return new Municipality(code, name, province, g, g);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static Atlas atlas(Region... regions) {
        return new Atlas(MUNICIPALITIES, Basemap.empty(), new RegionData(1, null, List.of(), List.of(),
                Arrays.asList(regions)));
    }

    /** A regional region serving {@code sectors}, with members given by code and published as their names. */
    static Region region(String id, String name, Set<Sector> sectors, String... codes) {
        List<MemberRef> members = new ArrayList<>();
        for (String code : codes) {
            String printed = MUNICIPALITIES.stream().filter(m -> m.code().equals(code)).map(Municipality::name)
                    .findFirst().orElse(code);
            members.add(new MemberRef(code, printed));
        }
        return new Region(id, name, "Onderwijsregio " + name, EnumSet.copyOf(sectors), Scope.REGIONAL, false, null,
                KeyFigures.none(), members, List.of(), List.of());
    }

    static Region po(String id, String name, String... codes) {
        return region(id, name, Set.of(Sector.PO), codes);
    }

    static KeyFigures figures(Long leerlingen, Long besturenPo, Long besturenVo, Long mbo, Long opleiders) {
        Map<KeyFigure, Long> values = new java.util.EnumMap<>(KeyFigure.class);
        values.put(KeyFigure.LEERLINGEN_STUDENTEN, leerlingen);
        values.put(KeyFigure.BESTUREN_PO, besturenPo);
        values.put(KeyFigure.BESTUREN_VO, besturenVo);
        values.put(KeyFigure.MBO_INSTELLINGEN, mbo);
        values.put(KeyFigure.OPLEIDERS, opleiders);
        return KeyFigures.of(values);
    }

    /** The findings of one rule only, so each test sees what its rule says. */
    static List<Finding> findings(Rule rule, Atlas atlas) {
        return new Validator(List.of(rule)).validate(atlas);
    }
}
