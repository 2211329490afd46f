package nl.onderwijsregio.atlas.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * The part of the map, in its pixels, that a place flown to is fitted into: right of the open legend and, while a
 * found municipality's card is shown, beside or below the card, whichever shows the place larger. At Extra groot on
 * a laptop the card takes most of the map's width, and a place fitted into the middle of the map lay half under it.
 */
record MapRoom(double left, double top, double right, double bottom) {

    /** The gap kept between the card and the place. */
    private static final double GAP = 10;

    /**
     * The room on a map {@code width} × {@code height} whose left {@code legend} pixels the legend covers and where
     * {@code card} (in the map's pixels, or null when none is shown) stands. A room left by the card narrower or lower
     * than {@code least} pixels is no room to show a place in: the place is then fitted as if the card were not there.
     */
    static MapRoom of(double width, double height, double legend, Bounds card, double least, Envelope place) {
        MapRoom whole = new MapRoom(legend, 0, width, height);
        if (card == null) {
            return whole;
        }
        List<MapRoom> rooms = new ArrayList<>();
        rooms.add(new MapRoom(legend, card.getMaxY() + GAP, width, height));
        rooms.add(new MapRoom(legend, 0, card.getMinX() - GAP, height));
        rooms.add(new MapRoom(Math.max(legend, card.getMaxX() + GAP), 0, width, height));
        rooms.add(new MapRoom(legend, 0, width, card.getMinY() - GAP));
        return rooms.stream().filter(r -> r.width() >= least && r.height() >= least)
                .max(Comparator.comparingDouble(r -> r.scaleFor(place))).orElse(whole);
    }

    double width() {
        return right - left;
    }

    double height() {
        return bottom - top;
    }

    /** The scale at which {@code place} fills this room, with a margin of 8% of its shorter side. */
    double scaleFor(Envelope place) {
        return fitted(place).scale();
    }

    /** {@code place} fitted into a map the size of this room, with a margin of 8% of its shorter side. */
    Viewport fitted(Envelope place) {
        return Viewport.fit(place, width(), height(), Math.min(width(), height()) * 0.08);
    }

    /** The view at {@code scale} on a map {@code width} × {@code height} that puts {@code place}'s middle in this room's. */
    Viewport centred(Envelope place, double scale, double width, double height) {
        double x = place.centre().x - ((left + right) / 2 - width / 2) / scale;
        double y = place.centre().y - ((top + bottom) / 2 - height / 2) / scale;
        return new Viewport(x, y, scale, width, height);
    }

    /** Whether {@code place} shown in {@code view} lies wholly in this room (a pixel's rounding allowed). */
    boolean holds(Viewport view, Envelope place) {
        return view.x(place.getMinX()) >= left - 1 && view.x(place.getMaxX()) <= right + 1
                && view.y(place.getMinY()) >= top - 1 && view.y(place.getMaxY()) <= bottom + 1;
    }
}
