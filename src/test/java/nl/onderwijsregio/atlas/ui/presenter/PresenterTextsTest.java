package nl.onderwijsregio.atlas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Counted captions keep their apostrophes through MessageFormat's nested choice quoting. */
class PresenterTextsTest {

    private final Messages dutch = new Messages(Messages.DUTCH);

    @Test
    void regionCountsSayRegiosWithTheirApostrophe() {
        assertEquals("29 regio’s", dutch.text("presenter.regionCount", 29));
        assertEquals("Eén regio", dutch.text("presenter.regionCount", 1));
        assertEquals("Geen regio’s", dutch.text("presenter.regionCount", 0));
        assertEquals("4 regio’s met praktijkvoorbeelden", dutch.text("presenter.themeRegions", 4));
        assertEquals("0 van de 1 regio met praktijkvoorbeelden op deze kaart; elders: Oost-Nederland (PO)",
                dutch.text("presenter.themeRegionsOfAll", 0, 1, "Oost-Nederland (PO)"));
        assertEquals("2 van de 4 regio’s met praktijkvoorbeelden op deze kaart; elders: Koerskracht (landelijk), Limburg"
                + " (PO)", dutch.text("presenter.themeRegionsOfAll", 2, 4, "Koerskracht (landelijk), Limburg (PO)"));
        assertEquals("29 regio’s op de kaart; landelijk, zonder eigen gebied: Koerskracht (PLG+), Progressus",
                dutch.text("presenter.regionCountWithout", 29, "Koerskracht (PLG+), Progressus"), "the PO map");
    }

    /** "Education regions PO" left "PO" alone on the heading's second line, in an abbreviation English readers lack. */
    @Test
    void theWholeCountryIsTitledWithTheSectorsFullNameKeptOnOneLine() {
        Messages english = new Messages(Messages.ENGLISH);
        assertEquals("Primary education regions", english.text("presenter.overview.PO"));
        assertEquals("Vocational education regions", english.text("presenter.overview.MBO"));
        assertEquals("Onderwijsregio’s voortgezet\u00a0onderwijs", dutch.text("presenter.overview.VO"),
                "a heading too long for a line breaks after Onderwijsregio’s, not inside the sector's name");
    }

    @Test
    void aThemeToldOnAnotherMapSaysTheTourSectorHasNone() {
        assertEquals("2 regio’s met praktijkvoorbeelden (geen op de VO-kaart)",
                dutch.text("presenter.themeNotOnTourSector", dutch.text("presenter.themeRegions", 2), "VO"),
                "Schoolleiders in a tour of VO: Oost-Nederland and Noord-Limburg are PO regions");
        assertEquals("Themaronde langs 6 thema’s", dutch.text("presenter.themeTour.notice", 6));
    }

    @Test
    void englishCountsToo() {
        assertEquals("12 regions", new Messages(Messages.ENGLISH).text("presenter.regionCount", 12));
        assertEquals("29 regions on the map; national, without territory: Koerskracht (PLG+), Progressus",
                new Messages(Messages.ENGLISH).text("presenter.regionCountWithout", 29, "Koerskracht (PLG+), Progressus"));
    }
}
