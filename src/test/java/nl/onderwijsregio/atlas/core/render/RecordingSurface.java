package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.List;

/** A surface that remembers what was filled, stroked and written, for assertions on the painter. */
class RecordingSurface implements Surface {

    /** One fill or stroke: its colour, how many sub-paths the path had, its first point. */
    record Op(String kind, Rgb colour, int subpaths, double firstX, double firstY) {
    }

    final List<Op> ops = new ArrayList<>();

    /** The fills, in the order they were painted. */
    List<Op> fills() {
        return ops.stream().filter(o -> o.kind().equals("fill")).toList();
    }

    /** The colours of the fills, in the order they were painted. */
    List<Rgb> fillColours() {
        return fills().stream().map(Op::colour).toList();
    }
    final List<String> texts = new ArrayList<>();
    /** Every text drawn, where, how large and in which colour. */
    final List<Written> written = new ArrayList<>();

    record Written(String text, double x, double y, double size, boolean bold, Rgb colour) {
    }
    /** Fill colours per named group, e.g. "overlap-GM0200". */
    final java.util.Map<String, java.util.Set<Rgb>> groupFills = new java.util.LinkedHashMap<>();
    private final java.util.Deque<String> groups = new java.util.ArrayDeque<>();
    private int subpaths;
    private double firstX = Double.NaN;
    private double firstY = Double.NaN;

    @Override
    public void beginGroup(String id) {
        groups.push(id);
        groupFills.put(id, new java.util.LinkedHashSet<>());
    }

    @Override
    public void endGroup() {
        groups.pop();
    }

    @Override
    public void beginPath() {
        firstX = Double.NaN;
        subpaths = 0;
    }

    @Override
    public void moveTo(double x, double y) {
        subpaths++;
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
        if (!groups.isEmpty()) {
            groupFills.get(groups.peek()).add(colour);
        }
        ops.add(new Op("fill", colour, subpaths, firstX, firstY));
    }

    @Override
    public void strokePath(Rgb colour, double opacity, double width) {
        ops.add(new Op("stroke", colour, subpaths, firstX, firstY));
    }

    @Override
    public void strokeDashedPath(Rgb colour, double opacity, double width, double dash, double gap) {
        ops.add(new Op("dashed", colour, subpaths, firstX, firstY));
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
        ops.add(new Op("background", colour, 0, 0, 0));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
        texts.add(text);
        written.add(new Written(text, x, y, size, bold, colour));
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        // bold a tenth wider, as in DejaVu Sans: a placer that measures in the wrong weight shows up
        return text.length() * size * (bold ? 0.61 : 0.55);
    }
}
