package nl.onderwijsregio.atlas.core.edit;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.APELDOORN;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * A correction's {@code published} is what the publication printed, as in the bundled data: never a value only
 * the editor ever typed, and absent for what the publication never had.
 */
class CorrectionRecordingTest {

    private static final CaseStory INVALPOOL = new CaseStory("oost-invalpool", "Invalpool Twente",
            List.of(AbcsLetter.C), "invalpools", "Scholen in Twente delen een pool van invallers.", "Publicatie 2024");

    /** Oost-Nederland as loaded from the publication: 5 mbo-instellingen and the Invalpool Twente case. */
    private final Atlas loaded = loaded();

    private static Atlas loaded() {
        Atlas fixture = EditFixture.atlas();
        Region oost = fixture.region("oost-nederland").orElseThrow();
        return fixture.withRegion(oost.withKeyFigures(oost.keyFigures().with(KeyFigure.MBO_INSTELLINGEN, 5L))
                .withCases(List.of(INVALPOOL)));
    }

    @Test
    void aFigureCorrectedTwiceHasOneCorrectionFromWhatThePublicationPrinted() {
        Atlas a = figure(loaded, 1000L, "Telling van de regio");
        a = figure(a, 7L, "Tikfout: 1000 moest 7 zijn");

        assertEquals(List.of(new Correction("keyFigures.mboInstellingen", "5", "7", "Tikfout: 1000 moest 7 zijn")),
                oost(a).corrections(), "1000 was never printed");
    }

    @Test
    void aFigureChangedWithoutAReasonStillKeepsWhatWasPrintedForTheNextCorrection() {
        Atlas a = figure(loaded, 6L, null);
        assertEquals(List.of(new Correction("keyFigures.mboInstellingen", "5", "6", RegionEdit.NO_REASON)),
                oost(a).corrections(), "the deviation is never silent");

        a = figure(a, 7L, "Eigen telling van de regio");
        assertEquals(List.of(new Correction("keyFigures.mboInstellingen", "5", "7", "Eigen telling van de regio")),
                oost(a).corrections(), "6 was never printed either");

        a = figure(a, 5L, null);
        assertEquals(List.of(), oost(a).corrections(), "back at the printed 5 there is nothing to correct");
    }

    @Test
    void sectorsSetWithoutAReasonNameThePrintedSectors() {
        Atlas a = Edits.setSectors(loaded, "oost-nederland", Set.of(Sector.PO), null).apply(loaded);
        assertEquals(List.of(new Correction("sectors", "PO,VO", "PO", RegionEdit.NO_REASON)), oost(a).corrections());
    }

    @Test
    void aRenamedRegionNamesItsPublishedNameAndARegionMadeInTheEditorNone() {
        Atlas a = Edits.rename(loaded, "oost-nederland", "Oost-Nederland en Salland", "Naam volgens de regio").apply(loaded);
        assertEquals(new Correction("name", "Onderwijsregio Oost-Nederland", "Oost-Nederland en Salland",
                "Naam volgens de regio"), oost(a).corrections().get(0));

        a = Edits.createRegion(a, "Zwolle en omgeving", Set.of(Sector.PO)).apply(a);
        a = Edits.rename(a, "zwolle-en-omgeving", "Testregio Noord", "Werknaam").apply(a);
        a = Edits.setKeyFigure(a, "zwolle-en-omgeving", KeyFigure.MBO_INSTELLINGEN, 2L, "Eigen telling").apply(a);
        a = Edits.addMembers(a, "zwolle-en-omgeving", List.of(DEVENTER), "Startgebied").apply(a);
        assertEquals(List.of(new Correction("name", null, "Testregio Noord", "Werknaam"),
                new Correction("keyFigures.mboInstellingen", null, "2", "Eigen telling"),
                new Correction("members", null, DEVENTER, "Startgebied")),
                a.region("zwolle-en-omgeving").orElseThrow().corrections(), "the publication never had this region");
    }

    @Test
    void aRetitledCaseNamesItsPrintedTitleNotItsId() {
        Atlas a = putCase(loaded, INVALPOOL.title() + "-Achterhoek", "Ook de Achterhoek doet mee");
        a = putCase(a, "Invalpool Oost", "Kortere titel");

        assertEquals(List.of(
                new Correction("cases.oost-invalpool", "Invalpool Twente", "Invalpool Twente-Achterhoek",
                        "Ook de Achterhoek doet mee"),
                new Correction("cases.oost-invalpool", "Invalpool Twente", "Invalpool Oost", "Kortere titel")),
                oost(a).corrections());
    }

    @Test
    void aCaseTheEditorAddedWasNeverPrinted() {
        CaseStory leerlab = new CaseStory("oost-leerlab", "Leerlab Deventer", List.of(AbcsLetter.B), "behoud",
                "Startende leraren leren samen in een lab.", null);
        Atlas a = Edits.putCase(loaded, "oost-nederland", leerlab, "Uit het jaarverslag").apply(loaded);
        a = Edits.putCase(a, "oost-nederland", new CaseStory(leerlab.id(), "Leerlab Salland", leerlab.abcs(),
                leerlab.themeId(), leerlab.summary(), null), "Ook Raalte doet mee").apply(a);

        assertEquals(List.of(
                new Correction("cases", "oost-invalpool", "oost-invalpool,oost-leerlab", "Uit het jaarverslag"),
                new Correction("cases.oost-leerlab", null, "Leerlab Salland", "Ook Raalte doet mee")),
                oost(a).corrections());
    }

    @Test
    void aMemberListCorrectionIsNotMistakenForThePublicationsCorrectionOfOnePrintedName() {
        Region oost = oost(loaded);
        Atlas printed = loaded.withRegion(oost.withCorrections(List.of(new Correction("members", "Hengelo",
                HENGELO + " Hengelo (O.)", "Gedrukt zonder CBS-toevoeging"))));

        Atlas a = Edits.addMembers(printed, "oost-nederland", List.of(DEVENTER), "Sloot zich aan").apply(printed);
        a = Edits.addMembers(a, "oost-nederland", List.of(HENGELO), "Sloot zich ook aan").apply(a);

        assertEquals(List.of(new Correction("members", "Hengelo", HENGELO + " Hengelo (O.)", "Gedrukt zonder CBS-toevoeging"),
                new Correction("members", "GM0193,GM0177", "GM0193,GM0177,GM0150," + HENGELO,
                        "Sloot zich aan; Sloot zich ook aan")),
                oost(a).corrections(), "the printed list, not the one after Deventer joined, and both reasons");
    }

    @Test
    void apeldoornAddedWithoutAReasonIsNotTakenForPrintedWhenArnhemJoinsWithOne() {
        Atlas a = Edits.addMembers(loaded, "oost-nederland", List.of(APELDOORN), null).apply(loaded);
        a = Edits.addMembers(a, "oost-nederland", List.of(DEVENTER), "Besluit stuurgroep 3 juni").apply(a);

        assertEquals(List.of(new Correction("members", "GM0193,GM0177", "GM0193,GM0177,GM0200,GM0150",
                RegionEdit.NO_REASON + "; Besluit stuurgroep 3 juni")), oost(a).corrections());
    }

    @Test
    void aMemberListHasOneCorrectionThatFollowsTheListAndGoesWhenItIsAsPrintedAgain() {
        Atlas a = Edits.addMembers(loaded, "oost-nederland", List.of(DEVENTER), "Sloot zich aan").apply(loaded);
        a = Edits.removeMembers(a, "oost-nederland", List.of("GM0177"), "Trad uit").apply(a);
        assertEquals(List.of(new Correction("members", "GM0193,GM0177", "GM0193,GM0150", "Sloot zich aan; Trad uit")),
                oost(a).corrections(), "no earlier correction still naming Raalte as a member");

        a = Edits.removeMembers(a, "oost-nederland", List.of(DEVENTER), null).apply(a);
        a = Edits.addMembers(a, "oost-nederland", List.of("GM0177"), null).apply(a);
        assertEquals(List.of(), oost(a).corrections(), "Zwolle and Raalte again, in whatever order: as printed");
    }

    @Test
    void aCaseAddedWithoutAReasonIsNotTakenForPrinted() {
        CaseStory leerlab = new CaseStory("oost-leerlab", "Leerlab Deventer", List.of(AbcsLetter.B), "behoud",
                "Startende leraren leren samen in een lab.", null);
        Atlas a = Edits.putCase(loaded, "oost-nederland", leerlab, null).apply(loaded);
        a = Edits.removeCase(a, "oost-nederland", INVALPOOL.id(), "Loopt niet meer").apply(a);

        assertEquals(List.of(new Correction("cases", "oost-invalpool", "oost-leerlab",
                RegionEdit.NO_REASON + "; Loopt niet meer")), oost(a).corrections());
    }

    private static Atlas figure(Atlas a, long value, String reason) {
        return Edits.setKeyFigure(a, "oost-nederland", KeyFigure.MBO_INSTELLINGEN, value, reason).apply(a);
    }

    private static Atlas putCase(Atlas a, String title, String reason) {
        return Edits.putCase(a, "oost-nederland", new CaseStory(INVALPOOL.id(), title, INVALPOOL.abcs(),
                INVALPOOL.themeId(), INVALPOOL.summary(), INVALPOOL.source()), reason).apply(a);
    }

    private static Region oost(Atlas a) {
        return a.region("oost-nederland").orElseThrow();
    }
}
