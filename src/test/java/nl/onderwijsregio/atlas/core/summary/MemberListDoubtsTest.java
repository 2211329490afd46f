package nl.onderwijsregio.atlas.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks' doubts about a region's list of municipalities travel with the list as the doubts about the figures
 * travel with the figures: Friesland Noordelijk Flevoland's card prints Vlieland twice and Rijnmond's Barendrecht,
 * and Katwijk lies 13 km from the rest of Rotterdam (vo/mbo). A copy names them under the list; a region without
 * such doubts copies without.
 */
class MemberListDoubtsTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static BundledCopies copies;

    @BeforeAll
    static void load() throws Exception {
        copies = BundledCopies.load();
    }

    @Test
    void frieslandNoordelijkFlevolandsCardListsTwentyNamesForNineteenMunicipalitiesVlielandTwice() {
        RegionFacts facts = copies.facts("friesland-noordelijk-flevoland");

        assertEquals(19, facts.members().size());
        assertEquals(20, facts.region().members().size());
        assertEquals(Map.of("Vlieland", 2), facts.listedMoreThanOnce());
        assertEquals(Map.of("Barendrecht", 2), copies.facts("rijnmond").listedMoreThanOnce());
        assertEquals(Map.of(), copies.facts("zwolle-en-omgeving").listedMoreThanOnce());
    }

    @Test
    void theDoubtAboutVlielandBelongsToVlielandAndNotToTheFigures() {
        FigureCaveats caveats = caveats("friesland-noordelijk-flevoland", NL);

        assertEquals(List.of("Friesland Noordelijk Flevoland: Vlieland (GM0096) staat 2 keer in de lijst."),
                caveats.aboutMember("GM0096"));
        assertEquals(List.of(), caveats.aboutMember("GM0080"), "Leeuwarden raises no doubt");
        assertEquals(List.of(), caveats.figures(), "a name printed twice says nothing about the figures");
    }

    @Test
    void frieslandNoordelijkFlevolandsCopiedTextSaysUnderItsMunicipalitiesThatVlielandIsPrintedTwice() {
        String text = text("friesland-noordelijk-flevoland", NL);
        List<String> lines = text.lines().toList();
        int members = lines.indexOf(lines.stream().filter(l -> l.startsWith("Gemeenten (19): ")).findFirst()
                .orElseThrow());
        int caveat = lines.indexOf("Kanttekening: Friesland Noordelijk Flevoland: Vlieland (GM0096) staat 2 keer in"
                + " de lijst.");
        assertTrue(caveat > members, "under the list it doubts: " + text);
        assertTrue(lines.subList(members + 1, caveat).stream().allMatch(l -> l.startsWith("Anders gedrukt")), text);
    }

    @Test
    void rotterdamsCopiesSayKatwijkLiesFarFromTheRestInTextAndCsvInEnglishToo() {
        assertTrue(text("rotterdam-vo-mbo", NL).contains("\nKanttekening: Rotterdam (vo/mbo): Katwijk (GM0537) ligt los"
                + " van de rest van de regio, 13,2 km van het hoofdgebied.\n"), text("rotterdam-vo-mbo", NL));
        String[] csv = csv("rotterdam-vo-mbo", Locale.ENGLISH).split("\n");
        assertEquals("caveat;Rotterdam (vo/mbo): Katwijk (GM0537) is detached from the rest of the region, 13.2 km from"
                + " its main part.", csv[2], "right under the region's row, as a figure's caveat is");
    }

    @Test
    void zwolleEnOmgevingCopiesItsMunicipalitiesWithoutACaveat() {
        assertTrue(caveats("zwolle-en-omgeving", NL).members().isEmpty());
        assertTrue(text("zwolle-en-omgeving", NL).lines().noneMatch(l -> l.startsWith("Kanttekening")));
    }

    private static String text(String id, Locale locale) {
        return copies.text(id, locale);
    }

    private static String csv(String id, Locale locale) {
        return copies.csv(id, locale);
    }

    private static FigureCaveats caveats(String id, Locale locale) {
        return copies.caveats(id, locale);
    }
}
