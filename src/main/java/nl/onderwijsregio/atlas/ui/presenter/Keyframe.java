package nl.onderwijsregio.atlas.ui.presenter;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import nl.onderwijsregio.atlas.core.export.ImageSurface;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.Viewport;

/**
 * One still of the map, painted by the one painter with Java2D off the FX thread: the presenter
 * composes every frame of a flight from stills instead of repainting the map, which the software
 * pipeline cannot do 60 times a second at full HD.
 *
 * @param pixels   opaque ARGB, row by row
 * @param viewport what the still shows, at its own pixel size
 */
record Keyframe(int[] pixels, Viewport viewport) {

    int width() {
        return (int) viewport.width();
    }

    int height() {
        return (int) viewport.height();
    }

    /**
     * Paints {@code scene} at {@code viewport} (whose size is rounded to whole pixels), into
     * {@code reuse} when it has the right size: stills are large, and reusing their pixels spares the
     * garbage collector the pauses that would show as stutter.
     */
    static Keyframe paint(MapPainter painter, MapScene scene, Viewport viewport, int[] reuse) {
        int w = Math.max(1, (int) Math.round(viewport.width()));
        int h = Math.max(1, (int) Math.round(viewport.height()));
        Viewport v = viewport.resized(w, h);
        int[] pixels = reuse != null && reuse.length == w * h ? reuse : new int[w * h];
        Arrays.fill(pixels, 0);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, pixels.length), w, h, w,
                new int[] {0xff0000, 0xff00, 0xff, 0xff000000}, null);
        ImageSurface surface = new ImageSurface(new BufferedImage(ColorModel.getRGBdefault(), raster, false, null),
                false);
        try {
            painter.paint(surface, v, scene);
        } finally {
            surface.dispose();
        }
        return new Keyframe(pixels, v);
    }
}
