package nl.onderwijsregio.atlas.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import org.junit.jupiter.api.Test;

/** A recorded correction as a reader sees it: printed, chosen and why, in words rather than as the program wrote it. */
class CorrectionTextTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final CorrectionText text = new CorrectionText(DUTCH, SummaryFixtures.labels(DUTCH));

    @Test
    void aRecordedSectorChoiceReadsAsPublishedChosenAndWhy() {
        assertEquals("Sectoren: gepubliceerd „vo/mbo”, gekozen „po”. De kaart telt alleen po-besturen.",
                text.of(new Correction("sectors", "vo/mbo", "po", "De kaart telt alleen po-besturen.")));
    }

    @Test
    void recordedValuesReadAsWordsNotAsTheProgramWroteThem() {
        assertEquals("Voorloper: gepubliceerd „nee”, gekozen „ja”. Zwolle begon in 2024.",
                text.of(new Correction("voorloper", "false", "true", "Zwolle begon in 2024.")));
        assertEquals("Bereik: gepubliceerd „regionaal”, gekozen „landelijk”. Groen onderwijs werkt landelijk.",
                text.of(new Correction("scope", "REGIONAL", "NATIONAL", "Groen onderwijs werkt landelijk.")));
        assertEquals("Praktijkvoorbeelden: gepubliceerd „1 praktijkvoorbeeld”, gekozen „2 praktijkvoorbeelden”. "
                        + "Invalpool toegevoegd.",
                text.of(new Correction("cases", "zwolle-leerlab", "zwolle-leerlab,zwolle-invalpool",
                        "Invalpool toegevoegd.")));
        assertEquals("Praktijkvoorbeeld: gepubliceerd „Een invalpool voor de hele regio”, gekozen „Invalpool Zwolle”. "
                        + "Kortere titel.",
                text.of(new Correction("cases.zwolle-invalpool", "Een invalpool voor de hele regio",
                        "Invalpool Zwolle", "Kortere titel.")));
        assertEquals("Leerlingen en studenten: gepubliceerd „onbekend”, gekozen „70.780”. Uit de jaarcijfers.",
                text.of(new Correction("keyFigures.leerlingenStudenten", "", "70780", "Uit de jaarcijfers.")));
    }

    @Test
    void aFieldThisVersionDoesNotKnowIsShownByItsOwnName() {
        assertEquals("kleur: gepubliceerd „blauw”, gekozen „groen”. Huisstijl.",
                text.of(new Correction("kleur", "blauw", "groen", "Huisstijl.")));
    }

    @Test
    void aFiguresTileTellsOnlyTheCorrectionsOfItsOwnFigure() {
        List<Correction> corrections = List.of(
                new Correction("keyFigures.opleiders", "3", "4", "Windesheim telt als één opleider."),
                new Correction("sectors", "vo/mbo", "po", "De kaart telt alleen po-besturen."));
        assertEquals("\nCorrectie: 3 → 4. Windesheim telt als één opleider.",
                text.forFigure(corrections, KeyFigure.OPLEIDERS));
        assertEquals("", text.forFigure(corrections, KeyFigure.LEERLINGEN_STUDENTEN));
    }

    /** The data's reasons are Dutch and stay so; an English reader is told so before reading them. */
    @Test
    void inEnglishTheDutchReasonIsMarkedAsDutchAndStaysAsWritten() {
        CorrectionText english = new CorrectionText(Locale.ENGLISH, SummaryFixtures.labels(Locale.ENGLISH));
        assertEquals("Sectors: (in Dutch) Het achtervoegsel zegt vo/mbo.",
                english.of(new Correction("sectors", null, null, "Het achtervoegsel zegt vo/mbo.")));
        assertEquals("\nCorrection: 3 → 4. (in Dutch) Windesheim telt als één opleider.",
                english.forFigure(List.of(new Correction("keyFigures.opleiders", "3", "4",
                        "Windesheim telt als één opleider.")), KeyFigure.OPLEIDERS));
    }
}
