package nl.onderwijsregio.atlas.ui.presenter;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
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

    /** Paints {@code scene} at {@code viewport} (whose size is rounded to whole pixels). */
    static Keyframe paint(MapPainter painter, MapScene scene, Viewport viewport) {
        int w = Math.max(1, (int) Math.round(viewport.width()));
        int h = Math.max(1, (int) Math.round(viewport.height()));
        Viewport v = viewport.resized(w, h);
        ImageSurface surface = new ImageSurface(new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB), false);
        try {
            painter.paint(surface, v, scene);
        } finally {
            surface.dispose();
        }
        return new Keyframe(((DataBufferInt) surface.image().getRaster().getDataBuffer()).getData(), v);
    }
}
