package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.List;

/** A surface that remembers what was filled, stroked and written, for assertions on the painter. */
final class RecordingSurface implements Surface {

    /** One fill or stroke: its colour, the clip depth it was drawn at and the path's first point. */
    record Op(String kind, Rgb colour, int clipDepth, int clipId, double firstX, double firstY) {
    }

    final List<Op> ops = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    private int clipDepth;
    private int clipCounter;
    private int currentClip;
    private double firstX = Double.NaN;
    private double firstY = Double.NaN;

    @Override
    public void beginPath() {
        firstX = Double.NaN;
    }

    @Override
    public void moveTo(double x, double y) {
        if (Double.isNaN(firstX)) {
            firstX = x;
            firstY = y;
        }
    }

    @Override
    public void lineTo(double x, double y) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fillPath(Rgb colour, double opacity) {
        ops.add(new Op("fill", colour, clipDepth, currentClip, firstX, firstY));
    }

    @Override
    public void strokePath(Rgb colour, double opacity, double width) {
        ops.add(new Op("stroke", colour, clipDepth, currentClip, firstX, firstY));
    }

    @Override
    public void pushClip() {
        clipDepth++;
        currentClip = ++clipCounter;
    }

    @Override
    public void popClip() {
        clipDepth--;
        currentClip = 0;
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
        ops.add(new Op("background", colour, clipDepth, currentClip, 0, 0));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
        texts.add(text);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return text.length() * size * 0.55;
    }
}
