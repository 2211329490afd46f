package nl.onderwijsregio.atlas.ui.presenter;

import java.util.Objects;
import java.util.function.BiPredicate;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * What presenter mode remembers while the atlas runs, and forgets when it closes (the next start is another talk):
 * where the presenter stood when presenter mode closed, so an Esc pressed by accident and F5 go on where the talk
 * was, and whether the keys were shown already.
 */
final class PresenterSession {

    private PresenterPlace left;
    /** The sector and region presenter mode handed the main window on leaving. */
    private Sector handedBackSector;
    private String handedBackRegion;
    private boolean started;

    /**
     * Presenter mode closed at {@code place}, leaving the main window on {@code windowSector} with
     * {@code windowRegion} selected (null: none).
     */
    void left(PresenterPlace place, Sector windowSector, String windowRegion) {
        left = place;
        handedBackSector = windowSector;
        handedBackRegion = windowRegion;
    }

    /**
     * Where presenter mode opens. On the region selected in the main window, when {@code steps} says the window's
     * sector steps through it: the presenter chose it there to show it. Not when it is just what presenter mode
     * handed back on leaving, which says nothing new: a tour left on the whole country or in a theme goes on there.
     * Else where presenter mode closed this session; else the whole country of the window's sector.
     */
    PresenterPlace start(Sector windowSector, String windowRegion, BiPredicate<Sector, String> steps) {
        boolean handedBack = left != null && windowSector == handedBackSector
                && Objects.equals(windowRegion, handedBackRegion);
        if (handedBack) {
            return left;
        }
        if (windowRegion != null && steps.test(windowSector, windowRegion)) {
            return PresenterPlace.region(windowSector, windowRegion);
        }
        return left != null ? left : PresenterPlace.wholeCountry(windowSector);
    }

    /** True at the first start of the session only, when the presenter is shown the keys. */
    boolean firstStart() {
        boolean first = !started;
        started = true;
        return first;
    }
}
