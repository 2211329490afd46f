package nl.onderwijsregio.atlas.core.data;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the coordinate reference system of a shapefile's {@code .prj}.
 * GDAL writes RD New as ESRI WKT named "RD_New" without an EPSG code, which H2GIS reads as SRID 0;
 * we recognise it by its parameters so the transformation to WGS84 is right.
 */
public final class ShapefileCrs {

    public static final int RD_NEW = 28992;
    public static final int WGS84 = 4326;

    private static final Pattern AUTHORITY = Pattern.compile("AUTHORITY\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*]\\s*]\\s*$");

    private ShapefileCrs() {
    }

    /** The EPSG code of {@code prjText}, or empty when it is a CRS we do not support. */
    public static OptionalInt recognise(String prjText) {
        if (prjText == null || prjText.isBlank()) {
            return OptionalInt.empty();
        }
        String wkt = prjText.trim();
        Matcher m = AUTHORITY.matcher(wkt);
        if (m.find()) {
            int code = Integer.parseInt(m.group(1));
            return code == RD_NEW || code == WGS84 ? OptionalInt.of(code) : OptionalInt.empty();
        }
        String flat = wkt.toLowerCase(Locale.ROOT).replace(" ", "");
        boolean amersfoort = flat.contains("amersfoort") || flat.contains("rd_new") || flat.contains("rdnew");
        boolean stereographic = flat.contains("stereographic");
        if (amersfoort && stereographic && flat.contains("155000") && flat.contains("463000")) {
            return OptionalInt.of(RD_NEW);
        }
        if (wkt.toUpperCase(Locale.ROOT).startsWith("GEOGCS") && flat.contains("wgs") && flat.contains("84")) {
            return OptionalInt.of(WGS84);
        }
        return OptionalInt.empty();
    }
}
