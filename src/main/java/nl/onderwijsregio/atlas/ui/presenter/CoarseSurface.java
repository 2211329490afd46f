package nl.onderwijsregio.atlas.ui.presenter;

import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;

/**
 * A surface that passes everything on but drops path vertices closer than {@code minStep} pixels to
 * the previous one. Frames of a camera move use it: the software pipeline's cost grows with the
 * number of path edges, and detail below two pixels cannot be seen while the map moves.
 */
final class CoarseSurface implements Surface {

    private final Surface target;
    private final double minStep;
    private double lastX;
    private double lastY;
    private double pendingX;
    private double pendingY;
    private boolean pending;

    CoarseSurface(Surface target, double minStep) {
        this.target = target;
        this.minStep = minStep;
    }

    @Override
    public void beginGroup(String id) {
        target.beginGroup(id);
    }

    @Override
    public void endGroup() {
        target.endGroup();
    }

    @Override
    public void beginPath() {
        target.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        flush();
        target.moveTo(x, y);
        lastX = x;
        lastY = y;
    }

    @Override
    public void lineTo(double x, double y) {
        if (Math.abs(x - lastX) < minStep && Math.abs(y - lastY) < minStep) {
            // Kept aside so the ring still reaches its last vertex before it closes.
            pendingX = x;
            pendingY = y;
            pending = true;
            return;
        }
        pending = false;
        target.lineTo(x, y);
        lastX = x;
        lastY = y;
    }

    private void flush() {
        if (pending) {
            target.lineTo(pendingX, pendingY);
            pending = false;
        }
    }

    @Override
    public void closePath() {
        flush();
        target.closePath();
    }

    @Override
    public void fillPath(Rgb colour, double opacity) {
        flush();
        target.fillPath(colour, opacity);
    }

    @Override
    public void strokePath(Rgb colour, double opacity, double width) {
        flush();
        target.strokePath(colour, opacity, width);
    }

    @Override
    public void pushClip() {
        flush();
        target.pushClip();
    }

    @Override
    public void popClip() {
        target.popClip();
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
        target.fillBackground(colour, opacity);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
        target.text(text, x, y, size, bold, colour, halo, centred);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return target.textWidth(text, size, bold);
    }
}
