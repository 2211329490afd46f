package nl.onderwijsregio.atlas.core.data;

import nl.onderwijsregio.atlas.core.text.Language;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** onderwijsregios.json: what it holds, and where it is wrong when it is wrong. */
class RegionFileReaderTest {

    private static final Set<String> CODES = Set.of("GM0193", "GM1708", "GM0166");

    @TempDir
    Path dir;

    private final RegionFileReader reader = new RegionFileReader();

    private static String sample() throws Exception {
        return Files.readString(Path.of("src/test/resources/fixtures/small-regions.json"));
    }

    private Path write(String json) throws Exception {
        Path file = dir.resolve("onderwijsregios.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsZwolleWithItsFiguresAndAbsentFiguresStayAbsent() throws Exception {
        RegionData data = reader.read(write(sample()), CODES);
        Region zwolle = data.regions().get(0);
        assertEquals("zwolle-en-omgeving", zwolle.id());
        assertEquals(Set.of(Sector.PO, Sector.VO, Sector.MBO), zwolle.sectors());
        assertEquals(58632, zwolle.keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN).getAsLong());
        assertEquals(0, zwolle.keyFigures().get(KeyFigure.BESTUREN_VO).getAsLong());
        assertFalse(zwolle.keyFigures().isPresent(KeyFigure.MBO_INSTELLINGEN), "null is absent, not 0");
        assertEquals("Steenwijkerland", zwolle.members().get(1).publishedName());
        assertEquals(Scope.NATIONAL, data.regions().get(1).scope());
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws Exception {
        Path file = write(sample());
        RegionData data = reader.read(file, CODES);
        byte[] once = new RegionFileWriter().toBytes(data);
        RegionData again = reader.parse(file, once, CODES);
        assertArrayEquals(once, new RegionFileWriter().toBytes(again));
        String text = new String(once, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 1,\n"), text.substring(0, 40));
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path file = write(sample().replace("\"displayName\": \"Zwolle en omgeving\",", "\"displayName\": \"Zwolle\" \"x\","));
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertTrue(e.location().startsWith("line 13, column"), e.getMessage());
        assertTrue(e.problem().startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void malformedJsonIsToldInDutchAndInEnglishInOurWordsWithJacksonsOnlyInTheCause() throws Exception {
        Path file = write(sample().replace("\"displayName\": \"Zwolle en omgeving\",", "\"displayName\": \"Zwolle\" \"x\","));
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals(file + ", regel 13, kolom 31: ongeldige JSON: onverwacht teken '\"' waar een komma verwacht werd",
                e.message(Language.DUTCH));
        assertEquals(file + ", line 13, column 31: malformed JSON: unexpected character '\"' where a comma was expected",
                e.message(Locale.ENGLISH));
        assertTrue(e.getCause().getMessage().contains("was expecting comma to separate Object entries"),
                "Jackson's own words stay in the cause, for the log and copied details");
    }

    @Test
    void aWrongValueIsToldInDutchWithItsLineAndJsonPath() throws Exception {
        Path file = write(sample().replace("\"leerlingenStudenten\": 58632", "\"leerlingenStudenten\": \"58.632\""));
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals(file + ", regel 20, $.regions[0].keyFigures.leerlingenStudenten in regio Zwolle en omgeving (zwolle-en-omgeving): een kerncijfer moet een geheel"
                + " getal of null zijn, maar er staat de tekst \"58.632\"", e.message(Language.DUTCH));
    }

    @Test
    void unknownSectorNamesItsPathAndLine() throws Exception {
        Path file = write(sample().replace("\"sectors\": [\"PO\", \"VO\", \"MBO\"]", "\"sectors\": [\"PO\", \"HBO\"]"));
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals("line 15, $.regions[0].sectors[1] in region Zwolle en omgeving (zwolle-en-omgeving)", e.location());
        assertTrue(e.problem().contains("unknown sector “HBO”"), e.getMessage());
    }

    @Test
    void wrongTypeOfKeyFigureIsExplained() throws Exception {
        Path file = write(sample().replace("\"leerlingenStudenten\": 58632", "\"leerlingenStudenten\": \"58.632\""));
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals("line 20, $.regions[0].keyFigures.leerlingenStudenten in region Zwolle en omgeving (zwolle-en-omgeving)", e.location());
        assertTrue(e.problem().contains("whole number or null, found the text \"58.632\""), e.getMessage());
    }

    @Test
    void aFieldTheAtlasDoesNotKnowIsRefusedRatherThanLostOnTheNextSave() throws Exception {
        Path file = write(sample().replace("\"voorloperNote\": null,",
                "\"voorloperNote\": null,\n      \"website\": \"https://www.onderwijsregiozwolle.nl\","));
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals(file + ", regel 19, $.regions[0].website in regio Zwolle en omgeving (zwolle-en-omgeving): onbekend veld „website”; de atlas kent hier alleen id,"
                + " displayName, publishedName, sectors, scope, voorloper, voorloperNote, keyFigures, members, cases"
                + " en corrections, en zou het bij opslaan weglaten", e.message(Language.DUTCH));
    }

    @Test
    void aNoteBesideTheRegionsOrAMemberIsRefusedWithItsPlaceToo() throws Exception {
        Path top = write(sample().replace("\"abcs\": [],", "\"abcs\": [],\n  \"notes\": \"concept\","));
        var e = assertThrows(DataLoadException.class, () -> reader.read(top, CODES));
        assertEquals("line 9, $.notes", e.location());
        assertTrue(e.problem().startsWith("unknown field “notes”; here the atlas knows only schemaVersion, source,"),
                e.getMessage());

        Path member = write(sample().replace("{ \"code\": \"GM0193\", \"publishedName\": \"Zwolle\" }",
                "{ \"code\": \"GM0193\", \"publishedName\": \"Zwolle\", \"notes\": \"sinds 2024\" }"));
        e = assertThrows(DataLoadException.class, () -> reader.read(member, CODES));
        assertEquals("line 27, $.regions[0].members[0].notes in region Zwolle en omgeving (zwolle-en-omgeving)", e.location());
    }

    @Test
    void unknownMunicipalityCodeIsAnErrorWithItsPlace() throws Exception {
        Path file = write(sample().replace("GM1708", "GM9999"));
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals("line 28, $.regions[0].members[1].code in region Zwolle en omgeving (zwolle-en-omgeving)", e.location());
        assertTrue(e.problem().contains("unknown municipality code GM9999"), e.getMessage());
    }

    @Test
    void unknownCodesAreAcceptedWhenCheckingAgainstAnotherEdition() throws Exception {
        Path file = write(sample().replace("GM1708", "GM9999"));
        assertEquals("GM9999", reader.read(file, null).regions().get(0).members().get(1).code());
    }

    @Test
    void codeInTheWrongFormatIsAlwaysAnError() throws Exception {
        Path file = BrokenInputs.codeInTheWrongFormat(dir);
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, null));
        assertTrue(e.problem().contains("“1708” is not of the form GM"), e.getMessage());
    }

    @Test
    void duplicateRegionIdIsAnError() throws Exception {
        Path file = write(sample().replace("\"id\": \"groen-onderwijs\"", "\"id\": \"zwolle-en-omgeving\""));
        var e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertTrue(e.problem().contains("“zwolle-en-omgeving” is used twice (also by $.regions[0] in region Zwolle en"
                + " omgeving (zwolle-en-omgeving))"), e.getMessage());
    }

    @Test
    void missingSchemaVersionAndNewerSchemaAreRefused() throws Exception {
        var missing = assertThrows(DataLoadException.class,
                () -> reader.read(write(sample().replace("\"schemaVersion\": 1,", "")), CODES));
        assertTrue(missing.problem().contains("schemaVersion is missing"), missing.getMessage());
        var newer = assertThrows(DataLoadException.class,
                () -> reader.read(write(sample().replace("\"schemaVersion\": 1,", "\"schemaVersion\": 7,")), CODES));
        assertTrue(newer.problem().contains("schemaVersion 7 is not supported"), newer.getMessage());
    }

    @Test
    void missingEmptyAndFolderAreNamed() throws Exception {
        var missing = assertThrows(DataLoadException.class, () -> reader.read(dir.resolve("weg.json"), CODES));
        assertTrue(missing.getMessage().endsWith("file not found"));
        var empty = assertThrows(DataLoadException.class, () -> reader.read(write(""), CODES));
        assertTrue(empty.getMessage().endsWith("the file is empty"));
        var folder = assertThrows(DataLoadException.class, () -> reader.read(dir, CODES));
        assertTrue(folder.getMessage().contains("folder"));
    }

    /** Three Gelderland municipalities as the boundaries know them; where they lie does not matter here. */
    private static final List<Municipality> GELDERLAND = List.of(
            new Municipality("GM0200", "Apeldoorn", "Gelderland", null, null),
            new Municipality("GM0202", "Arnhem", "Gelderland", null, null),
            new Municipality("GM0203", "Barneveld", "Gelderland", null, null));

    /** Oost-Nederland with Arnhem and a second member written as {@code member}. */
    private Path oostNederlandWith(String member) throws Exception {
        return write("""
                {
                  "schemaVersion": 1,
                  "regions": [
                    {
                      "id": "oost-nederland",
                      "displayName": "Oost-Nederland",
                      "sectors": ["PO"],
                      "members": [
                        { "code": "GM0202", "publishedName": "Arnhem" },
                        %s
                      ]
                    }
                  ]
                }
                """.formatted(member));
    }

    @Test
    void anUnknownCodeNamesItsRegionAndPublishedNameAndSuggestsTheMunicipalityOfThatName() throws Exception {
        Path file = oostNederlandWith("{ \"code\": \"GM9999\", \"publishedName\": \"Apeldoorn\" }");
        var e = assertThrows(UnknownCodeException.class, () -> reader.readAgainst(file, GELDERLAND));
        assertEquals(file + ", regel 10, $.regions[0].members[1].code in regio Oost-Nederland (oost-nederland):"
                + " onbekende gemeentecode GM9999 voor „Apeldoorn”: die staat niet in de geladen gemeentegrenzen."
                + " Bedoelt u GM0200 Apeldoorn?", e.message(Language.DUTCH));
        assertEquals(file + ", line 10, $.regions[0].members[1].code in region Oost-Nederland (oost-nederland):"
                + " unknown municipality code GM9999 for “Apeldoorn”: it is not in the loaded municipality boundaries."
                + " Did you mean GM0200 Apeldoorn?", e.message(Locale.ENGLISH));
    }

    @Test
    void aPublishedNameDifferingOnlyInCaseAndAccentsStillFindsItsMunicipality() throws Exception {
        Path file = oostNederlandWith("{ \"code\": \"GM9999\", \"publishedName\": \"APELDÓORN\" }");
        var e = assertThrows(UnknownCodeException.class, () -> reader.readAgainst(file, GELDERLAND));
        assertEquals("Did you mean GM0200 Apeldoorn?", e.suggestion().in(Locale.ENGLISH));
    }

    @Test
    void aCodeWithTwoDigitsSwappedSuggestsTheOneKnownCodeATypoAway() throws Exception {
        Path file = oostNederlandWith("{ \"code\": \"GM0020\" }");
        var e = assertThrows(UnknownCodeException.class, () -> reader.readAgainst(file, GELDERLAND));
        assertTrue(e.message(Language.DUTCH).endsWith(": onbekende gemeentecode GM0020: die staat niet in de geladen"
                + " gemeentegrenzen. Bedoelt u GM0200 Apeldoorn?"), e.message(Language.DUTCH));
    }

    @Test
    void aCodeATypoAwayFromSeveralKnownOnesSuggestsNone() throws Exception {
        // GM0201 is one digit from Apeldoorn, Arnhem and Barneveld alike: a guess would mislead.
        Path file = oostNederlandWith("{ \"code\": \"GM0201\", \"publishedName\": \"Epe\" }");
        var e = assertThrows(UnknownCodeException.class, () -> reader.readAgainst(file, GELDERLAND));
        assertEquals(null, e.suggestion());
        assertTrue(e.message(Language.DUTCH).endsWith(": onbekende gemeentecode GM0201 voor „Epe”: die staat niet in"
                + " de geladen gemeentegrenzen"), e.message(Language.DUTCH));
    }

    @Test
    void aRegionWithoutAnIdIsStillNamedByItsDisplayName() throws Exception {
        Path file = write(Files.readString(oostNederlandWith("{ \"code\": \"GM0200\" }"))
                .replace("\"id\": \"oost-nederland\",", "").replace("[\"PO\"]", "[\"PO\", \"HBO\"]"));
        var e = assertThrows(DataLoadException.class, () -> reader.readAgainst(file, GELDERLAND));
        assertEquals(file + ", regel 4, $.regions[0] in regio Oost-Nederland: het veld id ontbreekt",
                e.message(Language.DUTCH));
    }
}
