package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;

/**
 * A surface that draws nothing and measures text in the export font, for tests that watch one part of how a
 * picture is drawn: they override only the calls they watch.
 */
abstract class DrawsNothing implements Surface {

    @Override
    public void beginPath() {
    }

    @Override
    public void moveTo(double x, double y) {
    }

    @Override
    public void lineTo(double x, double y) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fillPath(Rgb colour, double opacity) {
    }

    @Override
    public void strokePath(Rgb colour, double opacity, double width) {
    }

    @Override
    public void strokeDashedPath(Rgb colour, double opacity, double width, double dash, double gap) {
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return ExportFonts.width(text, size, bold);
    }
}
