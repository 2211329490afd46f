package nl.onderwijsregio.atlas.ui.presenter;

import static nl.onderwijsregio.atlas.ui.presenter.PresenterTestModels.region;
import static nl.onderwijsregio.atlas.ui.presenter.PresenterTestModels.theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/** The keys a clicker sends besides the arrows: End for the last region, B or the full stop for a black screen. */
class PresenterClickerTest {

    @Test
    void endGoesToTheLastRegionOfTheOrder() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.PO);
        model.last();
        assertEquals(model.order().size() - 1, model.indexProperty().get());
        assertEquals(model.order().get(model.order().size() - 1), model.current());
    }

    @Test
    void endInTheThemeTourGoesToTheLastTheme() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.PO);
        model.nextTheme();
        model.last();
        assertEquals("doorleren", theme(model));
    }

    @Test
    void aStepKeyOnABlackScreenBringsThePictureBackWhereItWasWithoutStepping() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.PO);
        model.next();
        String first = region(model);
        model.toggleBlack();
        assertTrue(model.blackProperty().get());

        model.next();

        assertFalse(model.blackProperty().get(), "the picture is back");
        assertEquals(first, region(model), "on the region the audience saw last, not on one the presenter did not see");
        model.next();
        assertEquals(1, model.indexProperty().get(), "the next press steps");
        for (Runnable step : new Runnable[] {model::previous, model::home, model::last}) {
            model.toggleBlack();
            step.run();
            assertFalse(model.blackProperty().get());
            assertEquals(1, model.indexProperty().get());
        }
    }

    @Test
    void bAgainBringsThePictureBack() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.VO);
        model.toggleBlack();
        model.toggleBlack();
        assertFalse(model.blackProperty().get());
    }
}
