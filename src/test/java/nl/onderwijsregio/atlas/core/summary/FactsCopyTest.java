package nl.onderwijsregio.atlas.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A region's facts copied from the bundled data never leave without the doubts about them: Rijk van Nijmegen's
 * figures, which the publication prints for Rond Bommel en Dommel too, and Brabant-Oost (po)'s sectors, chosen
 * against its printed name. A region without such doubts copies as before.
 */
class FactsCopyTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static BundledCopies copies;

    @BeforeAll
    static void load() throws Exception {
        copies = BundledCopies.load();
    }

    @Test
    void rijkVanNijmegensCopiedTextSaysRightUnderItsFiguresThatRondBommelEnDommelHasTheSame() {
        String text = text("rijk-van-nijmegen", NL);
        assertTrue(text.contains("Leerlingen en studenten: 32.646\n"), "the figure as published: " + text);
        assertTrue(text.contains("Aangesloten opleiders: 3\nKanttekening: Rijk van Nijmegen heeft dezelfde kerncijfers"
                + " als Rond Bommel en Dommel.\n"), text);
    }

    @Test
    void rijkVanNijmegensCopiedCsvHasTheCaveatUnderItsRowInEnglishToo() {
        String[] lines = csv("rijk-van-nijmegen", Locale.ENGLISH).split("\n");
        assertTrue(lines[1].startsWith("Rijk van Nijmegen;PO;32646;22;0;0;3;"), lines[1]);
        assertEquals("caveat;Rijk van Nijmegen has the same key figures as Rond Bommel en Dommel.", lines[2]);
        assertEquals("", lines[3], "then the municipalities, as for any region");
    }

    @Test
    void brabantOostPoCopiesItsSectorChoiceWithTheReasonButNoDoubtAboutItsFigures() {
        String text = text("brabant-oost-po", NL);
        assertTrue(text.contains("Sectoren: PO\nSectoren: gepubliceerd „vo/mbo”, gekozen „po”. Het achtervoegsel zegt"
                + " vo/mbo, maar de kaart telt 41 po-besturen"), text);
        List<String> copied = text.lines().toList();
        String afterFigures = copied.get(copied.indexOf(copied.stream().filter(l -> l.startsWith("Aangesloten opleiders: "))
                .findFirst().orElseThrow()) + 1);
        assertFalse(afterFigures.startsWith("Kanttekening"),
                "the printed name's label is not a doubt about the figures: " + text);
        String[] lines = csv("brabant-oost-po", NL).split("\n");
        assertTrue(lines[2].startsWith("kanttekening;\"Sectoren: gepubliceerd „vo/mbo”, gekozen „po”."), lines[2]);
    }

    @Test
    void brabantOostPoCopiesTheNamesThePublicationPrintedOtherwiseWithWhatTheyBecame() {
        String text = text("brabant-oost-po", NL);
        assertTrue(text.contains("\nAnders gedrukt in de bron: „Bergen” → Bergen (L.); „Neunen, Gewen en Nederwetten” →"
                + " Nuenen, Gerwen en Nederwetten"), text);
        String[] lines = csv("brabant-oost-po", NL).split("\n");
        assertTrue(java.util.Arrays.asList(lines).contains("GM0893;Bergen (L.);Limburg;0;Bergen"),
                String.join("\n", lines));
    }

    @Test
    void mboNoordNederlandsCopiedMunicipalitiesSayThePublicationPrintedThreeProvinces() {
        String printed = text("mbo-noord-nederland", NL).lines().filter(l -> l.startsWith("Anders gedrukt in de bron: "))
                .findFirst().orElseThrow();
        assertTrue(printed.startsWith("Anders gedrukt in de bron: „Drenthe” → Aa en Hunze, Assen, "), printed);
        assertTrue(printed.contains("; „Friesland” → Achtkarspelen, ") && printed.contains("; „Groningen” → Eemsdelta, "),
                printed);
    }

    /**
     * The correction says "Groningen" was resolved to all ten municipalities of the province; the municipality
     * Groningen is one of them though its name is the one printed, so a copy that named nine would contradict it.
     */
    @Test
    void mboNoordNederlandsCopiesNameAllTenMunicipalitiesBehindThePrintedGroningenTheCityToo() {
        String printed = text("mbo-noord-nederland", NL).lines().filter(l -> l.startsWith("Anders gedrukt in de bron: "))
                .findFirst().orElseThrow();
        String groningen = printed.substring(printed.indexOf("„Groningen” → ") + "„Groningen” → ".length());
        List<String> names = List.of(groningen.split(", "));
        assertEquals(10, names.size(), groningen);
        assertEquals("Eemsdelta", names.get(0));
        assertTrue(names.contains("Groningen") && names.contains("Westerwolde"), groningen);

        List<String> csv = List.of(csv("mbo-noord-nederland", NL).split("\n"));
        assertTrue(csv.contains("GM0014;Groningen;Groningen;0;Groningen"), "printed as „Groningen” too: " + csv);
        assertTrue(csv.contains("GM1966;Het Hogeland;Groningen;0;Groningen"), String.join("\n", csv));
    }

    @Test
    void zwollesOwnNameInItsRegionIsNoPrintedOtherwise() {
        assertFalse(text("zwolle-en-omgeving", NL).contains("„Zwolle”"), text("zwolle-en-omgeving", NL));
        assertTrue(List.of(csv("zwolle-en-omgeving", NL).split("\n")).stream()
                .anyMatch(l -> l.startsWith("GM0193;Zwolle;Overijssel;") && l.endsWith(";")), "gedrukt als stays empty");
    }

    @Test
    void twenteEnOmstrekensCopiedCsvEndsItsRowWithTheTitleOfItsCardTwenteAndOmstreken() {
        String[] lines = csv("twente-en-omstreken", NL).split("\n");
        assertTrue(lines[0].startsWith("Regio;Sectoren;") && lines[0].endsWith(";Praktijkvoorbeelden;Gepubliceerd als"),
                "the table's columns as they were, the card's title after them: " + lines[0]);
        assertTrue(lines[1].startsWith("Twente en omstreken;") && lines[1].endsWith(";Twente & Omstreken"), lines[1]);
    }

    /** A title pasted into a note must not pass for the publication's: the copy says whose words and where from. */
    @Test
    void oostNederlandsCopiedPracticeExamplesAreOurWordsEachWithWhereThePublicationTellsIt() {
        String text = text("oost-nederland", NL);
        assertTrue(text.contains("\nPraktijkvoorbeelden (3), in eigen woorden:\n"), text);
        assertTrue(text.contains("\n- Oost-Nederland zoekt schoolleiders ook buiten het onderwijs (bron: Regionale"
                + " samenwerking werkt, themapagina Schoolleiders (case Oost-Nederland))\n"), text);
        assertTrue(text("oost-nederland", Locale.ENGLISH).contains("\nPractice examples (3), in our own words:\n"));
    }

    @Test
    void groeneHartsCopiedTextSaysHowItsVoorloperStatusWasJudged() {
        assertTrue(text("groene-hart", NL).contains("\nVoorloper: Informatiepakket september 2023: 'Groene Hart'."
                + " Waarschijnlijk voortgekomen uit de aanvragen"), text("groene-hart", NL));
    }

    @Test
    void inEnglishTheCopiedDutchNotesSayTheyAreDutch() {
        String groeneHart = text("groene-hart", Locale.ENGLISH);
        assertTrue(groeneHart.contains("\nPioneer: (in Dutch) Informatiepakket september 2023: 'Groene Hart'."),
                groeneHart);
        String leiden = text("leiden-duin-bollenstreek-vo-mbo", Locale.ENGLISH);
        assertTrue(leiden.contains("\nSectors: (in Dutch) Het achtervoegsel zegt vo/mbo, "), leiden);
        assertFalse(text("groene-hart", NL).contains("(in Dutch)"), "in Dutch the notes read as written");
    }

    @Test
    void zwolleEnOmgevingCopiesWithoutAnyCaveat() {
        String text = text("zwolle-en-omgeving", NL);
        assertFalse(text.contains("Kanttekening"), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("Sectoren:")).count(), text);
        assertEquals("", csv("zwolle-en-omgeving", NL).split("\n")[2]);
        assertFalse(text.contains("Anders gedrukt"), "every name printed as the CBS writes it: " + text);
    }

    private static String text(String id, Locale locale) {
        return copies.text(id, locale);
    }

    private static String csv(String id, Locale locale) {
        return copies.csv(id, locale);
    }
}
