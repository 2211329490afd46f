package nl.onderwijsregio.atlas.core.geo;

/**
 * Web Mercator as used by Gluon Maps' tiles, normalised so the world is the unit square:
 * x grows east from 0 at 180°W, y grows south from 0 at about 85°N.
 */
public final class WebMercator {

    private WebMercator() {
    }

    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double y(double lat) {
        double phi = Math.toRadians(lat);
        return (1.0 - Math.log(Math.tan(phi) + 1.0 / Math.cos(phi)) / Math.PI) / 2.0;
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        double n = Math.PI * (1.0 - 2.0 * y);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
}
