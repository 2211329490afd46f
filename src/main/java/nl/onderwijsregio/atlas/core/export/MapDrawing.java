package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.Surface;
import nl.onderwijsregio.atlas.core.render.Viewport;

/** What an export shows of the map: in practice a call to the one {@code MapPainter} with a scene. */
@FunctionalInterface
public interface MapDrawing {

    void paint(Surface surface, Viewport viewport);
}
