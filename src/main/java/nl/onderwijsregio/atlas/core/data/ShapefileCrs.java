package nl.onderwijsregio.atlas.core.data;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;

/**
 * Recognises the coordinate reference system of a shapefile's {@code .prj}.
 * GDAL writes RD New as ESRI WKT named "RD_New" without an EPSG code, which H2GIS reads as SRID 0;
 * we recognise it by its parameters so the transformation to WGS84 is right.
 *
 * <p>A {@code .prj} only states a system; nothing in a shapefile ties its coordinates to it. So we also know
 * where each system puts the Netherlands, to tell coordinates that cannot be in the system stated.
 */
public final class ShapefileCrs {

    public static final int RD_NEW = 28992;
    public static final int WGS84 = 4326;

    private static final Pattern AUTHORITY = Pattern.compile("AUTHORITY\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*]\\s*]\\s*$");

    private ShapefileCrs() {
    }

    /**
     * The Netherlands and well around it in {@code srid} (RD New's area of use is x −7 000…300 000,
     * y 289 000…629 000; in WGS84 lon 3…7.5, lat 50.5…54). Generous, so that the neighbouring countries' layer
     * and a municipality's offshore waters pass, yet far apart in the two systems: degrees read as metres lie
     * within 200 m of RD's origin in France, and metres read as degrees lie beyond the poles.
     */
    static Envelope netherlandsIn(int srid) {
        return srid == RD_NEW
                ? new Envelope(-100_000, 400_000, 200_000, 750_000)
                : new Envelope(-2, 12, 48, 57);
    }

    /** The system as users and GIS software name it, e.g. "RD New (EPSG:28992)". */
    static String name(int srid) {
        return (srid == RD_NEW ? "RD New" : "WGS84") + " (EPSG:" + srid + ")";
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
