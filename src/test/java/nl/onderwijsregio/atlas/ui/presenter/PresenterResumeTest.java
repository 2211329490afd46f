package nl.onderwijsregio.atlas.ui.presenter;

import static nl.onderwijsregio.atlas.ui.presenter.PresenterTestModels.region;
import static nl.onderwijsregio.atlas.ui.presenter.PresenterTestModels.theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * An Esc pressed by accident and F5 go on where the talk was: stepped to HAK (6 of 29) and back in, presenter mode
 * started again on the whole country with the keys. Where it opens is decided by the session of this run of the atlas
 * ({@link PresenterSession}) from what the main window shows, and taken up by a new model as the app does.
 */
class PresenterResumeTest {

    private final PresenterSession session = new PresenterSession();

    /** Presenter mode opened as F5 opens it: a new model, on the main window's sector, at the place the session says. */
    private PresenterModel f5(Sector windowSector, String windowRegion) throws DataLoadException {
        PresenterModel model = PresenterTestModels.on(windowSector);
        model.resume(session.start(windowSector, windowRegion, model::steps));
        return model;
    }

    /** Esc: the main window is handed the sector and the region shown (or keeps its own selection on the country). */
    private String esc(PresenterModel model, String windowRegion) {
        String selected = model.current() == null ? windowRegion : model.current().id();
        session.left(model.place(), model.sector(), selected);
        return selected;
    }

    @Test
    void escAtHakAndF5GoOnAtHak() throws Exception {
        PresenterModel model = f5(Sector.PO, null);
        for (int i = 0; i < 6; i++) {
            model.next();
        }
        assertEquals("hak", region(model), "HAK is the sixth PO region from the north");

        String selected = esc(model, null);
        PresenterModel again = f5(Sector.PO, selected);

        assertEquals("hak", region(again));
        assertEquals(5, again.indexProperty().get(), "region 6 of 29 still");
    }

    @Test
    void aRegionChosenInTheMainWindowIsWhereF5Opens() throws Exception {
        PresenterModel model = f5(Sector.PO, null);
        model.next();
        esc(model, null);

        PresenterModel again = f5(Sector.VO, "zwolle-en-omgeving");

        assertEquals(Sector.VO, again.sector());
        assertEquals("zwolle-en-omgeving", region(again), "chosen in the table after leaving");
    }

    @Test
    void theFirstStartOnARegionSelectedInTheTableOpensOnIt() throws Exception {
        PresenterModel model = f5(Sector.MBO, "zeeland");
        assertEquals(Sector.MBO, model.sector());
        assertEquals("zeeland", region(model), "Zeeuwse Onderwijsregio");
    }

    @Test
    void leftOnTheWholeCountryItOpensThereThoughTheWindowStillHasARegionSelectedFromBefore() throws Exception {
        PresenterModel model = f5(Sector.PO, "amsterdam");
        assertEquals("amsterdam", region(model));
        model.home();
        String selected = esc(model, "amsterdam");

        assertNull(region(f5(Sector.PO, selected)), "the whole country, where the talk was");
    }

    @Test
    void aThemeTourLeftOnSchoolleidersGoesOnThereAndKeepsToItsSector() throws Exception {
        PresenterModel model = f5(Sector.VO, null);
        model.nextTheme();
        model.next();
        model.next();
        assertEquals("schoolleiders", theme(model));
        String selected = esc(model, null);

        PresenterModel again = f5(model.sector(), selected);

        assertEquals("schoolleiders", theme(again), "theme 3 of 6 again");
        assertEquals(Sector.PO, again.sector());
        again.next();
        assertEquals(Sector.VO, again.sector(), "the tour still keeps to VO");
    }

    @Test
    void aNationalRegionSelectedInTheWindowIsNoStepSoTheTalkGoesOnWhereItWas() throws Exception {
        PresenterModel model = f5(Sector.PO, null);
        model.next();
        model.next();
        String second = region(model);
        esc(model, null);

        PresenterModel again = f5(Sector.PO, "koerskracht");

        assertFalse(again.steps(Sector.PO, "koerskracht"), "Koerskracht (PLG+) has no territory to step to");
        assertEquals(second, region(again));
    }

    @Test
    void theKeysShowAtTheFirstStartOfTheSessionOnly() {
        assertTrue(session.firstStart());
        assertFalse(session.firstStart());
        assertTrue(new PresenterSession().firstStart(), "the next run of the atlas: another talk");
    }
}
