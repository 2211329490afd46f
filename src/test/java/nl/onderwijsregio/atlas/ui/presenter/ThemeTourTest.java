package nl.onderwijsregio.atlas.ui.presenter;

import static nl.onderwijsregio.atlas.ui.presenter.PresenterTestModels.theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * The theme tour keeps to the sector it began in. Schoolleiders, the third theme, has practice examples in PO alone
 * (Oost-Nederland, Noord-Limburg): a tour of VO showed it on the PO map and then stayed on PO for the rest, although
 * Onderwijs bij schaarste and Zij-instroom have VO regions, and Home then showed the whole country in PO.
 */
class ThemeTourTest {

    @Test
    void aTourOfVoShowsSchoolleidersOnThePoMapAndTheNextThemesOnVoAgain() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.VO);
        model.nextTheme();
        assertEquals("brede-arbeidsmarkt", theme(model));
        assertEquals(Sector.VO, model.sector());
        model.next();
        assertEquals("invalpools", theme(model));
        assertEquals(Sector.VO, model.sector(), "Midden-Nederland Leert and Hollands Noorden are VO regions");

        model.next();
        assertEquals("schoolleiders", theme(model));
        assertEquals(Sector.PO, model.sector(), "no VO region has a practice example on it");
        assertEquals(Set.of("oost-nederland", "noord-limburg"), model.spotlight());
        assertEquals(Sector.VO, model.detouredFrom(), "the caption says the VO map has none");

        model.next();
        assertEquals("onderwijs-bij-schaarste", theme(model));
        assertEquals(Sector.VO, model.sector(), "back on VO, where Almere en Lelystad has its practice example");
        assertEquals(Set.of("almere-lelystad"), model.spotlight());
        assertNull(model.detouredFrom());
        model.next();
        assertEquals("zij-instroom", theme(model));
        assertEquals(Sector.VO, model.sector(), "Amsterdam");
    }

    @Test
    void goingBackToSchoolleidersAndOnPastItKeepsToVoToo() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.VO);
        model.nextTheme();
        stepToTheLastTheme(model);
        assertEquals("doorleren", theme(model));
        assertEquals(Sector.VO, model.sector(), "Doorleren has no regions anywhere: the tour's own map");
        model.previous();
        model.previous();
        model.previous();
        assertEquals("schoolleiders", theme(model));
        assertEquals(Sector.PO, model.sector());
        model.previous();
        assertEquals("invalpools", theme(model));
        assertEquals(Sector.VO, model.sector());
    }

    @Test
    void homeDuringATourOfVoShowsTheWholeCountryInVoAlsoFromSchoolleiders() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.VO);
        model.nextTheme();
        model.next();
        model.next();
        assertEquals(Sector.PO, model.sector(), "Schoolleiders, on the PO map");

        model.home();

        assertNull(theme(model));
        assertEquals(Sector.VO, model.sector());
        assertNull(model.current(), "the whole country");
    }

    @Test
    void theEndOfTheTourByTOrByStepingBackBeforeTheFirstThemeIsOnItsSectorToo() throws Exception {
        PresenterModel byT = PresenterTestModels.on(Sector.MBO);
        byT.nextTheme();
        byT.next();
        byT.next();
        assertEquals(Sector.PO, byT.sector(), "Schoolleiders");
        stepToTheLastTheme(byT);
        byT.nextTheme();
        assertNull(theme(byT), "T after the last theme ends the tour");
        assertEquals(Sector.MBO, byT.sector());

        PresenterModel back = PresenterTestModels.on(Sector.VO);
        back.nextTheme();
        back.previous();
        assertNull(theme(back));
        assertEquals(Sector.VO, back.sector());
    }

    @Test
    void aSectorChosenDuringTheTourIsTheOneItKeepsToFromThen() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.PO);
        model.nextTheme();
        model.showSector(Sector.MBO);
        model.next();
        assertEquals("invalpools", theme(model));
        assertEquals(Sector.MBO, model.sector(), "the presenter pressed 3: the tour goes on in MBO");
        model.next();
        assertEquals(Sector.PO, model.sector(), "Schoolleiders");
        assertEquals(Sector.MBO, model.detouredFrom());
        model.home();
        assertEquals(Sector.MBO, model.sector());
    }

    @Test
    void theSideBySideMapsEndTheTourOnItsSector() throws Exception {
        PresenterModel model = PresenterTestModels.on(Sector.VO);
        model.nextTheme();
        model.next();
        model.next();
        model.toggleSmallMultiples();
        assertNull(theme(model));
        assertEquals(Sector.VO, model.sector());
    }

    /** The clicker pressed until the tour stays on Doorleren, the sixth and last theme. */
    private static void stepToTheLastTheme(PresenterModel model) {
        for (int i = 0; i < 6; i++) {
            model.next();
        }
    }
}
