package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.atlas.core.geo.RegionOutline.LabelAnchor;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * Places region names inside their regions without collisions. Each name goes at its region's
 * label anchor (the centre of the largest inscribed circle), on one line or broken into two, and only
 * when it roughly fits that circle and does not overlap a name already placed. The selected region
 * goes first, then larger regions before smaller, so zooming in reveals more names.
 */
final class LabelPlacer {

    static final double SIZE_PX = 12;
    /** How far a name may reach beyond the inscribed circle: regions are rarely round. */
    static final double OVERFLOW = 1.35;
    /**
     * Free space kept between two names, in pixels (times the pixel scale): boxes that merely do not
     * overlap still read as one label ("Food Valley" touching "Oost-Nederland").
     */
    static final double GAP_PX = 6;

    private final Surface s;
    private final Viewport v;
    private final MapScene scene;
    private final SectorLayer layer;
    private final List<double[]> placed = new ArrayList<>();

    LabelPlacer(Surface s, Viewport v, MapScene scene, SectorLayer layer) {
        this.s = s;
        this.v = v;
        this.scene = scene;
        this.layer = layer;
    }

    void paint() {
        List<Region> order = new ArrayList<>(layer.regions());
        order.sort(Comparator.comparing((Region r) -> !r.id().equals(scene.selectedRegionId()))
                .thenComparing(r -> !scene.isEmphasised(r.id()))
                .thenComparing(r -> -radius(r)));
        for (Region r : order) {
            if (scene.spotlight() && scene.hasEmphasis() && !scene.isEmphasised(r.id())) {
                continue;
            }
            place(r);
        }
    }

    private double radius(Region r) {
        LabelAnchor a = layer.shape(r.id()).anchor();
        return a == null ? 0 : a.radius();
    }

    private void place(Region r) {
        LabelAnchor a = layer.shape(r.id()).anchor();
        if (a == null) {
            return;
        }
        double x = v.x(a.x());
        double y = v.y(a.y());
        if (x < 0 || y < 0 || x > v.width() || y > v.height()) {
            return;
        }
        boolean selected = r.id().equals(scene.selectedRegionId());
        double size = SIZE_PX * scene.pixelScale() * (selected ? 1.15 : 1);
        double room = 2 * a.radius() * v.scale() * OVERFLOW;
        List<String> lines = lines(r.displayName(), size, selected, room);
        if (lines == null && !selected) {
            return;
        }
        if (lines == null) {
            lines = List.of(r.displayName());
        }
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, s.textWidth(line, size, selected));
        }
        double lineHeight = size * 1.15;
        double height = lineHeight * lines.size();
        double[] box = {x - width / 2 - 2, y - height / 2 - 1, x + width / 2 + 2, y + height / 2 + 1};
        double gap = GAP_PX * scene.pixelScale();
        for (double[] p : placed) {
            if (box[0] - gap < p[2] && p[0] < box[2] + gap && box[1] - gap < p[3] && p[1] < box[3] + gap) {
                return;
            }
        }
        placed.add(box);
        boolean dim = scene.hasEmphasis() && !scene.isEmphasised(r.id());
        Rgb colour = dim ? scene.style().text().mix(scene.style().land(), 0.5) : scene.style().text();
        double top = y - height / 2 + lineHeight / 2;
        for (int i = 0; i < lines.size(); i++) {
            s.text(lines.get(i), x, top + i * lineHeight, size, selected || !dim, colour, scene.style().textHalo(),
                    true);
        }
    }

    /** The name on one line if it fits {@code room}, else on two lines split at a space, else null. */
    private List<String> lines(String name, double size, boolean bold, double room) {
        if (s.textWidth(name, size, bold) <= room) {
            return List.of(name);
        }
        if (size * 2.3 > room) {
            return null;
        }
        int best = -1;
        double bestWidth = Double.MAX_VALUE;
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            double w = Math.max(s.textWidth(name.substring(0, i), size, bold),
                    s.textWidth(name.substring(i + 1), size, bold));
            if (w < bestWidth) {
                bestWidth = w;
                best = i;
            }
        }
        if (best < 0 || bestWidth > room) {
            return null;
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }
}
