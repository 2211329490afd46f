package nl.onderwijsregio.atlas.core.render;

import org.locationtech.jts.geom.Envelope;

/**
 * Which part of the normalised Web Mercator plane lands on a surface of {@code width} × {@code height}
 * pixels. The scale is pixels per unit of the plane: at Gluon Maps zoom z it is 256 × 2^z.
 */
public record Viewport(double centerX, double centerY, double scale, double width, double height) {

    /** The viewport that shows {@code bounds} (in the plane) whole, with {@code margin} pixels to spare. */
    public static Viewport fit(Envelope bounds, double width, double height, double margin) {
        double w = Math.max(bounds.getWidth(), 1e-12);
        double h = Math.max(bounds.getHeight(), 1e-12);
        double scale = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
        return new Viewport(bounds.centre().x, bounds.centre().y, Math.max(scale, 1), width, height);
    }

    /** The scale at Gluon Maps zoom level {@code zoom}; {@link #zoom()} is its inverse. */
    public static double scaleAt(double zoom) {
        return 256 * Math.pow(2, zoom);
    }

    /**
     * This viewport's place at {@code newScale} on a surface {@code newWidth} wide whose left {@code panel} pixels
     * a panel covers (the map's legend, a picture's legend): fit the bounds into the free part first
     * ({@link #fit} with the width less the panel), then widen it here. The centre moves west by half the panel,
     * so the place sits in the middle of the part left free rather than half under the panel.
     */
    public Viewport besidePanel(double panel, double newScale, double newWidth) {
        return new Viewport(centerX - panel / 2 / newScale, centerY, newScale, newWidth, height);
    }

    public double x(double planeX) {
        return (planeX - centerX) * scale + width / 2;
    }

    public double y(double planeY) {
        return (planeY - centerY) * scale + height / 2;
    }

    public double planeX(double screenX) {
        return (screenX - width / 2) / scale + centerX;
    }

    public double planeY(double screenY) {
        return (screenY - height / 2) / scale + centerY;
    }

    /** The Gluon Maps zoom level of this scale. */
    public double zoom() {
        return Math.log(scale / 256) / Math.log(2);
    }

    /** The visible part of the plane. */
    public Envelope visible() {
        return new Envelope(planeX(0), planeX(width), planeY(0), planeY(height));
    }

    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(centerX, centerY, scale, newWidth, newHeight);
    }

    /** The same picture on a surface {@code factor} times larger (for ×2 and ×4 exports). */
    public Viewport scaled(double factor) {
        return new Viewport(centerX, centerY, scale * factor, width * factor, height * factor);
    }
}
