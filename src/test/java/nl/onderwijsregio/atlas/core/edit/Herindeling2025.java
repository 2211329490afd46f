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
 * The auditor's herindeling: in the 2025 boundaries Stadskanaal and Veendam became Veenkoloniën (GM1999), and
 * Zeewolde and Dronten became Oost-Flevoland (GM1997). 10 km squares (RD metres):
 *
 * <pre>
 *                        Kampen
 *   Lelystad  Dronten    Zwolle              Veendam  Stadskanaal
 *   Almere    Zeewolde
 * </pre>
 * Regions as published, each member with its printed name: Almere en Lelystad (Almere, Lelystad, Zeewolde,
 * Dronten), Zwolle en omgeving (Zwolle, Kampen, Dronten), Noord-Nederland (po) (Stadskanaal, Veendam).
 */
public final class Herindeling2025 {

    public static final String ALMERE = "GM0034";
    public static final String LELYSTAD = "GM0995";
    public static final String ZEEWOLDE = "GM0050";
    public static final String DRONTEN = "GM0303";
    public static final String ZWOLLE = "GM0193";
    public static final String KAMPEN = "GM0166";
    public static final String VEENDAM = "GM0047";
    public static final String STADSKANAAL = "GM0037";
    public static final String VEENKOLONIEN = "GM1999";
    public static final String OOST_FLEVOLAND = "GM1997";

    public static final String ALMERE_EN_LELYSTAD = "almere-en-lelystad";
    public static final String ZWOLLE_EN_OMGEVING = "zwolle-en-omgeving";
    public static final String NOORD_NEDERLAND = "noord-nederland-po";

    private Herindeling2025() {
    }

    /** The 2024 boundaries with the regions as published. */
    public static Atlas atlas2024() {
        List<Municipality> ms = new ArrayList<>(unchanged());
        ms.add(square(ZEEWOLDE, "Zeewolde", "Flevoland", 1, 0, 1));
        ms.add(square(DRONTEN, "Dronten", "Flevoland", 1, 1, 1));
        ms.add(square(VEENDAM, "Veendam", "Groningen", 4, 1, 1));
        ms.add(square(STADSKANAAL, "Stadskanaal", "Groningen", 5, 1, 1));
        List<Region> regions = List.of(
                region(ALMERE_EN_LELYSTAD, "Almere en Lelystad", Set.of(Sector.VO),
                        ALMERE, "Almere", LELYSTAD, "Lelystad", ZEEWOLDE, "Zeewolde", DRONTEN, "Dronten"),
                region(ZWOLLE_EN_OMGEVING, "Zwolle en omgeving", Set.of(Sector.PO, Sector.VO),
                        ZWOLLE, "Zwolle", KAMPEN, "Kampen", DRONTEN, "Dronten"),
                region(NOORD_NEDERLAND, "Noord-Nederland (po)", Set.of(Sector.PO),
                        STADSKANAAL, "Stadskanaal", VEENDAM, "Veendam"));
        return new Atlas(ms, Basemap.empty(), new RegionData(1, SourceInfo.unknown(), List.of(), List.of(), regions));
    }

    /** The 2025 municipality file: the two merged municipalities each one square covering both old ones. */
    public static List<Municipality> edition2025() {
        List<Municipality> ms = new ArrayList<>(unchanged());
        ms.add(square(OOST_FLEVOLAND, "Oost-Flevoland", "Flevoland", 1, 0, 2, 1));
        ms.add(square(VEENKOLONIEN, "Veenkoloniën", "Groningen", 4, 1, 1, 2));
        return ms;
    }

    private static List<Municipality> unchanged() {
        return List.of(
                square(ALMERE, "Almere", "Flevoland", 0, 0, 1),
                square(LELYSTAD, "Lelystad", "Flevoland", 0, 1, 1),
                square(ZWOLLE, "Zwolle", "Overijssel", 2, 1, 1),
                square(KAMPEN, "Kampen", "Overijssel", 2, 2, 1));
    }

    /** Members as code, printed name, code, printed name, ... */
    private static Region region(String id, String name, Set<Sector> sectors, String... codesAndNames) {
        List<MemberRef> members = new ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            members.add(new MemberRef(codesAndNames[i], codesAndNames[i + 1]));
        }
        return new Region(id, name, name, sectors, Scope.REGIONAL, false, null, KeyFigures.none(), members,
                List.of(), List.of());
    }

    private static Municipality square(String code, String name, String province, int col, int row, int size) {
        return square(code, name, province, col, row, size, size);
    }

    private static Municipality square(String code, String name, String province, int col, int row, int rows,
                                       int cols) {
        double x = 150_000 + col * 10_000.0;
        double y = 480_000 + row * 10_000.0;
        double w = cols * 10_000.0;
        double h = rows * 10_000.0;
        String wkt = String.format(java.util.Locale.ROOT,
                "POLYGON ((%.0f %.0f, %.0f %.0f, %.0f %.0f, %.0f %.0f, %.0f %.0f))",
                x, y, x + w, y, x + w, y + h, x, y + h, x, y);
        try {
            return new Municipality(code, name, province, new WKTReader().read(wkt), null);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
