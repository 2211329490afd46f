package nl.onderwijsregio.atlas.core.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.render.Rgb;

/**
 * A surface that draws nothing but keeps, per group a picture opens ("title", "caption", "legend",
 * "credit", ...), the box around everything drawn in it: path points, and text as far as the export
 * font makes it reach. For asserting where overlays land on a picture.
 */
final class OverlayBoxes extends DrawsNothing {

    /** x, y, right, bottom of what a group drew. */
    record Box(double x, double y, double right, double bottom) {

        boolean inside(double width, double height) {
            return x >= 0 && y >= 0 && right <= width && bottom <= height;
        }

        double width() {
            return right - x;
        }

        double height() {
            return bottom - y;
        }

        boolean overlaps(Box other) {
            return x < other.right() && other.x() < right && y < other.bottom() && other.y() < bottom;
        }
    }

    /** A text as drawn, the box its letters take, and the region it is part of (null for none). */
    record Text(String text, Box box, String region) {
    }

    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final Map<String, Double> largestText = new LinkedHashMap<>();
    private final Map<String, List<Text>> texts = new LinkedHashMap<>();
    private final Deque<String> groups = new ArrayDeque<>();
    private String part;

    static OverlayBoxes of(MapPicture picture) {
        OverlayBoxes boxes = new OverlayBoxes();
        picture.draw(boxes);
        return boxes;
    }

    /** The box of what {@code group} drew; null when it drew nothing (or was left out). */
    Box box(String group) {
        return boxes.get(group);
    }

    /** The box of each text (each line of a name on two) drawn within {@code group}, in drawing order. */
    List<Text> texts(String group) {
        return texts.getOrDefault(group, List.of());
    }

    /** The size of the largest text {@code group} drew, in pixels; 0 for none. */
    double textSize(String group) {
        return largestText.getOrDefault(group, 0.0);
    }

    private void include(double x, double y) {
        for (String g : groups) {
            Box b = boxes.get(g);
            boxes.put(g, b == null ? new Box(x, y, x, y) : new Box(Math.min(b.x(), x), Math.min(b.y(), y),
                    Math.max(b.right(), x), Math.max(b.bottom(), y)));
        }
    }

    @Override
    public void beginGroup(String id) {
        groups.push(id);
    }

    @Override
    public void endGroup() {
        groups.pop();
    }

    @Override
    public void partOf(String regionId) {
        part = regionId;
    }

    @Override
    public void moveTo(double x, double y) {
        include(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        include(x, y);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
        double w = textWidth(text, size, bold);
        double left = centred ? x - w / 2 : x;
        // Ascent and descent of the export font, roughly: the letters' reach above and below the baseline.
        include(left, y - size * 0.8);
        include(left + w, y + size * 0.25);
        for (String g : groups) {
            largestText.merge(g, size, Math::max);
            texts.computeIfAbsent(g, k -> new ArrayList<>()).add(new Text(text,
                    new Box(left, y - size * 0.8, left + w, y + size * 0.25), part));
        }
    }
}
