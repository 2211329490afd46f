package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.LabourMarketRegion;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A small atlas written as WKT, for tests: municipalities are given in RD-like metres and placed in
 * WGS84 near Zwolle (1 km = 0.01°), regions by their member codes.
 */
final class WktAtlas {

    private final List<Municipality> municipalities = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();

    WktAtlas municipality(String code, String name, String wktMetres) {
        return municipality(code, name, "Overijssel", wktMetres);
    }

    WktAtlas municipality(String code, String name, String province, String wktMetres) {
        try {
            Geometry rd = new WKTReader().read(wktMetres);
            Geometry wgs = new AffineTransformation().scale(1e-5, 1e-5).translate(6.0, 52.5).transform(rd);
            municipalities.add(new Municipality(code, name, province, rd, wgs));
        } catch (ParseException e) {
            throw new IllegalArgumentException(wktMetres, e);
        }
        return this;
    }

    /** Puts the municipalities with {@code codes} in the labour-market region {@code code}, {@code name}. */
    WktAtlas labourMarket(String code, String name, String... codes) {
        LabourMarketRegion region = new LabourMarketRegion(code, name);
        Set<String> members = Set.of(codes);
        municipalities.replaceAll(m -> members.contains(m.code())
                ? new Municipality(m.code(), m.name(), m.province(), m.geometryRd(), m.geometryWgs84(), region) : m);
        return this;
    }

    /** A 10 km square with its lower left corner at column {@code col}, row {@code row} (km / 10). */
    WktAtlas square(String code, String name, int col, int row) {
        return square(code, name, "Overijssel", col, row);
    }

    WktAtlas square(String code, String name, String province, int col, int row) {
        int x = col * 10_000;
        int y = row * 10_000;
        return municipality(code, name, province, "POLYGON((%d %d, %d %d, %d %d, %d %d, %d %d))".formatted(
                x, y, x + 10_000, y, x + 10_000, y + 10_000, x, y + 10_000, x, y));
    }

    WktAtlas region(String id, String name, Set<Sector> sectors, String... codes) {
        return region(id, name, sectors, Scope.REGIONAL, codes);
    }

    WktAtlas region(String id, String name, Set<Sector> sectors, Scope scope, String... codes) {
        List<MemberRef> members = new ArrayList<>();
        for (String c : codes) {
            members.add(new MemberRef(c, c));
        }
        regions.add(new Region(id, name, name, EnumSet.copyOf(sectors), scope, false, null, KeyFigures.none(),
                members, List.of(), List.of()));
        return this;
    }

    Atlas build() {
        return new Atlas(municipalities, Basemap.empty(), new RegionData(1, null, List.of(), List.of(), regions));
    }
}
