package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.geo.RegionOutline.LabelAnchor;
import nl.onderwijsregio.atlas.core.model.Region;
import org.locationtech.jts.geom.Envelope;

/**
 * Places region names inside their regions without collisions. Each name goes at its region's
 * label anchor (the centre of the largest inscribed circle), on one line or broken into two, and only
 * when it roughly fits that circle and does not overlap a name already placed. The selected region
 * goes first, then larger regions before smaller, so zooming in reveals more names. The selection and
 * the regions in a spotlight are named whether or not their names fit.
 *
 * <p>Where the scene {@linkplain MapScene#numbersRegions numbers its regions}, a region whose name is not placed
 * gets its number in the legend instead, in a small badge at the same anchor (or, where a name lies there, moved
 * within the inscribed circle, so it stays in its region): a printed atlas's numbered key,
 * so a small region in a colour its neighbours' neighbours share can still be found in the legend. Numbers come
 * after all names (a name says more), and one that would touch a name or another number is left out, as names are.
 */
final class LabelPlacer {

    /**
     * How far a dimmed region's number moves from the text colour towards the land colour: on its own pill
     * it can step back by colour; a name, on the region's fill, keeps the full text colour.
     */
    static final double DIM_TEXT_MIX = 0.3;

    static final double SIZE_PX = 12;
    /** How far a name may reach beyond the inscribed circle: regions are rarely round. */
    static final double OVERFLOW = 1.35;
    /**
     * Free space kept between two names, in pixels (times the pixel scale): boxes that merely do not
     * overlap still read as one label ("Food Valley" touching "Oost-Nederland").
     */
    static final double GAP_PX = 6;

    /** Room kept between a name and the edge of the map, in pixels. */
    static final double EDGE_PX = 2;

    /** Size of a region's number in the key, in pixels: smaller than a name, it marks rather than tells. */
    static final double NUMBER_SIZE_PX = 10.5;

    /**
     * How many steps, each a sixteenth of its width, a name may move either way to stand inside its region: at most
     * half its width, so it still covers the centre of its region's inscribed circle.
     */
    private static final int SHIFTS = 8;

    private final Surface s;
    private final Viewport v;
    private final MapScene scene;
    private final SectorLayer layer;
    private final List<double[]> placed = new ArrayList<>();
    private final List<Envelope> covered;

    LabelPlacer(Surface s, Viewport v, MapScene scene, SectorLayer layer, List<Envelope> covered) {
        this.s = s;
        this.v = v;
        this.scene = scene;
        this.layer = layer;
        this.covered = List.copyOf(covered);
    }

    void paint() {
        List<Region> order = new ArrayList<>(layer.regions());
        order.sort(Comparator.comparing((Region r) -> !r.id().equals(scene.selectedRegionId()))
                .thenComparing(r -> !scene.isEmphasised(r.id()))
                .thenComparing(r -> -radius(r)));
        List<Region> unnamed = new ArrayList<>();
        for (Region r : order) {
            if (scene.spotlight() && !scene.isEmphasised(r.id())) {
                continue;
            }
            if (!place(r)) {
                unnamed.add(r);
            }
        }
        if (scene.numbersRegions() && !unnamed.isEmpty()) {
            // a group of their own, so a designer restyles the key's marks at once
            s.beginGroup("key-numbers");
            unnamed.forEach(this::number);
            s.endGroup();
        }
    }

    private double radius(Region r) {
        LabelAnchor a = layer.shape(r.id()).anchor();
        return a == null ? 0 : a.radius();
    }

    /** Names {@code r} where its name fits; whether it did. */
    private boolean place(Region r) {
        LabelAnchor a = layer.shape(r.id()).anchor();
        if (a == null) {
            return false;
        }
        double x = v.x(a.x());
        double y = v.y(a.y());
        if (x < 0 || y < 0 || x > v.width() || y > v.height()) {
            return false;
        }
        boolean selected = r.id().equals(scene.selectedRegionId());
        double size = SIZE_PX * scene.pixelScale() * scene.labelScale() * (selected ? 1.15 : 1);
        double room = 2 * a.radius() * v.scale() * OVERFLOW;
        boolean dim = scene.isDimmed(r.id());
        boolean bold = selected || !dim;
        double lineHeight = lineHeight(size);
        // A region in the spotlight (a theme tour's regions) is what the audience looks for: it is named
        // even where the name does not fit inside it, like the selection, as long as no other name is hit.
        boolean mustName = selected || scene.spotlight() && scene.isEmphasised(r.id());
        // Whether a name fits its region is judged in regular weight (the room allows for some spill
        // anyway); the space it takes among the other names is measured in the weight it is drawn in.
        List<List<String>> ways = fitting(r.displayName(), size, selected, room);
        for (List<String> lines : ways) {
            double width = width(lines, size, bold);
            double[] box = inside(r, x, y, width, lineHeight * lines.size(), Surface.haloReach(size),
                    !mustName, selected);
            if (box != null) {
                write(r, lines, box, size, bold);
                return true;
            }
        }
        if (!mustName) {
            return false;
        }
        List<String> lines = ways.isEmpty() ? null : ways.get(0);
        if (lines == null) {
            // Out of its region anyway: two short lines reach less far over the neighbours than one long one.
            lines = twoLines(r.displayName(), size, selected);
        }
        double width = width(lines, size, bold);
        double height = lineHeight * lines.size();
        // The selection and the spotlight are named whole, moved in from the edge of the map.
        x = Math.max(width / 2 + EDGE_PX, Math.min(v.width() - width / 2 - EDGE_PX, x));
        y = Math.max(height / 2 + EDGE_PX, Math.min(v.height() - height / 2 - EDGE_PX, y));
        double[] box = {x - width / 2 - 2, y - height / 2 - 1, x + width / 2 + 2, y + height / 2 + 1};
        if (!free(box, false, selected)) {
            return false;
        }
        write(r, lines, box, size, bold);
        return true;
    }

    /**
     * Where a name {@code width} × {@code height} stands wholly inside {@code r}'s outline, clear of the map's edges
     * and of what {@link #free} keeps it from: at the anchor (x, y) if it can, else moved along the region from
     * there. A name centred on its inscribed circle reaches past the circle ({@link #OVERFLOW}), and where the
     * circle touches the border (Zwolle en omgeving's eastern edge, on the German border) it ran out of its
     * region; the region usually has room for it a little further in. The box to keep free, or null.
     */
    private double[] inside(Region r, double x, double y, double width, double height, double halo,
                            boolean clearOfPanels, boolean selected) {
        ProjectedShape outline = layer.shape(r.id()).outline();
        double stepX = width / (2 * SHIFTS);
        double stepY = height / 2;
        for (int row : new int[] {0, -1, 1, -2, 2}) {
            for (int k = 0; k <= 2 * SHIFTS; k++) {
                // 0, -1, +1, -2, +2, …: the nearer the anchor, the better
                double cx = x + ((k + 1) / 2) * (k % 2 == 1 ? -stepX : stepX);
                double cy = y + row * stepY;
                double[] text = {cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2};
                // the halo too: the border just past it read as a full stop after the name
                double[] inked = {text[0] - halo, text[1], text[2] + halo, text[3]};
                if (withinEdges(cx, cy, width, height) && ScreenOutline.contains(outline, v, inked)) {
                    double[] box = {text[0] - 2, text[1] - 1, text[2] + 2, text[3] + 1};
                    if (free(box, clearOfPanels, selected)) {
                        return box;
                    }
                }
            }
        }
        return null;
    }

    /** The ways {@code name} fits a room {@code room} wide, best first: on one line, on two. */
    private List<List<String>> fitting(String name, double size, boolean bold, double room) {
        List<List<String>> ways = new ArrayList<>();
        if (s.textWidth(name, size, bold) <= room) {
            ways.add(List.of(name));
        }
        if (size * 2.3 <= room) {
            List<String> two = twoLines(name, size, bold);
            if (two.size() == 2 && width(two, size, bold) <= room) {
                ways.add(two);
            }
        }
        return ways;
    }

    /** Writes {@code r}'s name centred in {@code box}, a line under the other. */
    private void write(Region r, List<String> lines, double[] box, double size, boolean bold) {
        double lineHeight = lineHeight(size);
        double x = (box[0] + box[2]) / 2;
        double y = (box[1] + box[3]) / 2;
        double height = lineHeight * lines.size();
        placed.add(box);
        // A dimmed region's name steps back by its regular weight, not by a paler ink: greyed, it fell
        // to 2-3:1 on the dimmed fills of the dark style, whose thin dark halo hardly sets it off.
        Rgb colour = scene.style().text();
        double top = y - height / 2 + lineHeight / 2;
        s.beginMark("label", r.id());
        s.centredLines(lines, x, top, lineHeight, size, bold, colour, scene.style().textHalo());
        s.endMark();
    }

    /**
     * Marks {@code r} with its number in the key at its label anchor, in a small pill the colour of a name's halo,
     * where that is free of the names and numbers placed, the panels and the selection's outline.
     */
    private void number(Region r) {
        int number = layer.keyNumber(r.id());
        LabelAnchor a = layer.shape(r.id()).anchor();
        if (number == 0 || a == null) {
            return;
        }
        String text = Integer.toString(number);
        double size = NUMBER_SIZE_PX * scene.pixelScale() * scene.labelScale();
        double height = size * 1.5;
        // never narrower than tall: one figure then gets a circle, not a squeezed oval
        double width = Math.max(height, s.textWidth(text, size, true) + size * 0.8);
        double[] box = null;
        // At the anchor; where a name lies there, elsewhere in the inscribed circle if the badge fits in it whole,
        // so it still stands in its region.
        double reach = a.radius() * v.scale() - Math.hypot(width, height) / 2;
        for (double[] at : new double[][] {{0, 0}, {0, -1}, {0, 1}, {-1, 0}, {1, 0}}) {
            if (reach <= 0 && (at[0] != 0 || at[1] != 0)) {
                break;
            }
            double x = v.x(a.x()) + at[0] * Math.max(reach, 0);
            double y = v.y(a.y()) + at[1] * Math.max(reach, 0);
            double[] here = {x - width / 2, y - height / 2, x + width / 2, y + height / 2};
            if (withinEdges(x, y, width, height) && free(here, true, false)) {
                box = here;
                break;
            }
        }
        if (box == null) {
            return;
        }
        double x = (box[0] + box[2]) / 2;
        double y = (box[1] + box[3]) / 2;
        placed.add(box);
        Rgb colour = numberInk(r);
        s.beginMark("key-number", r.id());
        double radius = (box[3] - box[1]) / 2;
        RoundedRect.trace(s, box[0], box[1], box[2] - box[0], box[3] - box[1], radius, radius);
        s.fillPath(scene.style().textHalo(), 0.92);
        s.strokePath(colour, 0.6, 0.8 * scene.pixelScale());
        s.text(text, x, y, size, true, colour, null, true);
        s.endMark();
    }

    /** Whether a mark {@code width} × {@code height} centred on (x, y) stays clear of the map's edges. */
    private boolean withinEdges(double x, double y, double width, double height) {
        return x - width / 2 >= EDGE_PX && x + width / 2 <= v.width() - EDGE_PX
                && y - height / 2 >= EDGE_PX && y + height / 2 <= v.height() - EDGE_PX;
    }

    /**
     * Whether {@code box} keeps the free space of a name from every mark placed, from the panels over the map
     * (when {@code clearOfPanels}), and, unless it is the selection's own, from the selection's outline.
     */
    private boolean free(double[] box, boolean clearOfPanels, boolean selection) {
        double gap = GAP_PX * scene.pixelScale() * scene.labelScale();
        Envelope spaced = new Envelope(box[0] - gap, box[2] + gap, box[1] - gap, box[3] + gap);
        if (clearOfPanels && covered.stream().anyMatch(spaced::intersects)) {
            return false;
        }
        if (!selection && crossesSelection(box)) {
            // the selection's heavy outline would run straight through this mark: the emphasis wins
            return false;
        }
        for (double[] p : placed) {
            if (box[0] - gap < p[2] && p[0] < box[2] + gap && box[1] - gap < p[3] && p[1] < box[3] + gap) {
                return false;
            }
        }
        return true;
    }

    /** The colour of {@code r}'s number in the key: a dimmed one steps back, legible on the pill's halo colour. */
    private Rgb numberInk(Region r) {
        boolean dim = scene.isDimmed(r.id());
        return dim ? scene.style().text().mix(scene.style().land(), DIM_TEXT_MIX) : scene.style().text();
    }

    /** Whether the selected region's outline, as drawn in this sector, runs through {@code box}. */
    private boolean crossesSelection(double[] box) {
        RegionShape selection = scene.selectedRegionId() == null ? null : layer.shape(scene.selectedRegionId());
        if (selection == null || selection.outline().isEmpty()) {
            return false;
        }
        double[] b = {v.x(selection.outline().bounds().getMinX()), v.y(selection.outline().bounds().getMaxY()),
                v.x(selection.outline().bounds().getMaxX()), v.y(selection.outline().bounds().getMinY())};
        if (b[2] < box[0] || box[2] < b[0] || Math.max(b[1], b[3]) < box[1] || box[3] < Math.min(b[1], b[3])) {
            return false;
        }
        for (double[] ring : selection.outline().rings()) {
            for (int i = 0; i + 3 < ring.length; i += 2) {
                if (ScreenOutline.segmentMeetsBox(v.x(ring[i]), v.y(ring[i + 1]), v.x(ring[i + 2]), v.y(ring[i + 3]), box)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The distance from one line of a name to the next. */
    private static double lineHeight(double size) {
        return size * 1.15;
    }

    /** The name split at the space that makes the wider line narrowest; one line when it has no space. */
    private List<String> twoLines(String name, double size, boolean bold) {
        List<String> best = List.of(name);
        double bestWidth = Double.MAX_VALUE;
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            List<String> split = List.of(name.substring(0, i), name.substring(i + 1));
            double w = width(split, size, bold);
            if (w < bestWidth) {
                bestWidth = w;
                best = split;
            }
        }
        return best;
    }

    private double width(List<String> lines, double size, boolean bold) {
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, s.textWidth(line, size, bold));
        }
        return width;
    }
}
