package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.List;
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
import nl.onderwijsregio.atlas.core.model.SourceInfo;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A small atlas of 10 km squares (RD metres) laid out like the real places they are named after:
 *
 * <pre>
 *   Bergen (NH.)      Zwolle      Raalte
 *   Alkmaar           Olst-Wijhe  Deventer    Hengelo (O.)
 *   Utrecht Amersfoort Apeldoorn  Arnhem
 *                     Eindhoven   Nuenen, Gerwen en Nederwetten
 *                                 Bergen (L.)
 *                                 Venlo
 * </pre>
 * Regions: Oost-Nederland (Zwolle, Raalte), Noord-Limburg (Venlo), Noord-Holland Noord (Alkmaar).
 */
public final class EditFixture {

    public static final String ZWOLLE = "GM0193";
    public static final String RAALTE = "GM0177";
    public static final String OLST_WIJHE = "GM1773";
    public static final String DEVENTER = "GM0150";
    public static final String HENGELO = "GM0164";
    public static final String APELDOORN = "GM0200";
    public static final String ARNHEM = "GM0202";
    public static final String BERGEN_NH = "GM0373";
    public static final String ALKMAAR = "GM0361";
    public static final String BERGEN_L = "GM0893";
    public static final String VENLO = "GM0983";
    public static final String EINDHOVEN = "GM0772";
    public static final String NUENEN = "GM0820";
    public static final String UTRECHT = "GM0344";
    public static final String AMERSFOORT = "GM0307";

    private EditFixture() {
    }

    public static Atlas atlas() {
        List<Municipality> ms = new ArrayList<>();
        ms.add(square(BERGEN_NH, "Bergen (NH.)", "Noord-Holland", -3, 2));
        ms.add(square(ZWOLLE, "Zwolle", "Overijssel", 0, 2));
        ms.add(square(RAALTE, "Raalte", "Overijssel", 1, 2));
        ms.add(square(ALKMAAR, "Alkmaar", "Noord-Holland", -3, 1));
        ms.add(square(OLST_WIJHE, "Olst-Wijhe", "Overijssel", 0, 1));
        ms.add(square(DEVENTER, "Deventer", "Overijssel", 1, 1));
        ms.add(square(HENGELO, "Hengelo (O.)", "Overijssel", 2, 1));
        ms.add(square(UTRECHT, "Utrecht", "Utrecht", -2, 0));
        ms.add(square(AMERSFOORT, "Amersfoort", "Utrecht", -1, 0));
        ms.add(square(APELDOORN, "Apeldoorn", "Gelderland", 0, 0));
        ms.add(square(ARNHEM, "Arnhem", "Gelderland", 1, 0));
        ms.add(square(EINDHOVEN, "Eindhoven", "Noord-Brabant", 0, -1));
        ms.add(square(NUENEN, "Nuenen, Gerwen en Nederwetten", "Noord-Brabant", 1, -1));
        ms.add(square(BERGEN_L, "Bergen (L.)", "Limburg", 1, -2));
        ms.add(square(VENLO, "Venlo", "Limburg", 1, -3));
        List<Region> regions = List.of(
                region("oost-nederland", "Oost-Nederland", ZWOLLE, RAALTE),
                region("noord-limburg", "Noord-Limburg", VENLO),
                region("noord-holland-noord", "Noord-Holland Noord", ALKMAAR));
        RegionData data = new RegionData(1, SourceInfo.unknown(), List.of(), List.of(), regions);
        return new Atlas(ms, Basemap.empty(), data);
    }

    static Region region(String id, String name, String... codes) {
        List<MemberRef> members = new ArrayList<>();
        for (String c : codes) {
            members.add(new MemberRef(c, null));
        }
        return new Region(id, name, "Onderwijsregio " + name, Set.of(Sector.PO, Sector.VO), Scope.REGIONAL, false,
                null, KeyFigures.none(), members, List.of(), List.of());
    }

    private static Municipality square(String code, String name, String province, int col, int row) {
        double x = 200_000 + col * 10_000.0;
        double y = 480_000 + row * 10_000.0;
        String wkt = String.format(java.util.Locale.ROOT, "POLYGON ((%.0f %.0f, %.0f %.0f, %.0f %.0f, %.0f %.0f, %.0f %.0f))",
                x, y, x + 10_000, y, x + 10_000, y + 10_000, x, y + 10_000, x, y);
        try {
            return new Municipality(code, name, province, new WKTReader().read(wkt), null);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
