package nl.onderwijsregio.atlas.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;

/**
 * A CBS municipality of one edition.
 *
 * @param code      CBS code, {@code GM} followed by four digits
 * @param name      official CBS name, e.g. {@code 's-Gravenhage} or {@code Bergen (NH.)}
 * @param province  province name as CBS spells it, e.g. {@code Fryslân}
 * @param geometryRd polygonal geometry in RD New (EPSG:28992), metres: used for area and topology
 * @param geometryWgs84 the same geometry in WGS84 (x = longitude, y = latitude): used for the map
 * @param labourMarket the labour-market region it lies in, or null when the boundary file does not say
 */
public record Municipality(String code, String name, String province, Geometry geometryRd, Geometry geometryWgs84,
                           LabourMarketRegion labourMarket) {

    private static final Pattern CODE = Pattern.compile("GM\\d{4}");

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        province = province == null ? "" : province;
    }

    /** A municipality from a boundary file that does not name labour-market regions. */
    public Municipality(String code, String name, String province, Geometry geometryRd, Geometry geometryWgs84) {
        this(code, name, province, geometryRd, geometryWgs84, null);
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * Whether two sets of municipalities are the same boundaries: the same codes with the very same
     * geometries, as after an edit of the regions. Anything derived from the boundaries alone (the
     * border graph, projected shapes) can then be reused instead of rebuilt.
     */
    public static boolean sameBoundaries(Map<String, Municipality> a, Map<String, Municipality> b) {
        if (a == null || b == null || a.size() != b.size()) {
            return false;
        }
        for (var e : a.entrySet()) {
            Municipality other = b.get(e.getKey());
            if (other == null || other.geometryWgs84() != e.getValue().geometryWgs84()) {
                return false;
            }
        }
        return true;
    }

    /** Area in km², from the RD geometry. */
    public double areaKm2() {
        return geometryRd == null ? 0 : geometryRd.getArea() / 1_000_000.0;
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
