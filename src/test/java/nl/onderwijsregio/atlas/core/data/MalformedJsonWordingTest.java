package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A broken region file is told in the atlas's own words, in Dutch and English, with its line and column;
 * the parser's English (and its internals: "StreamReadConstraints", "[Source: REDACTED …]") is kept only
 * in the cause, for the log and "copy details".
 */
class MalformedJsonWordingTest {

    private static final Path FILE = Path.of("onderwijsregios.json");

    private final RegionFileReader reader = new RegionFileReader();

    private DataLoadException refused(String json) {
        DataLoadException e = assertThrows(DataLoadException.class,
                () -> reader.parse(FILE, json.getBytes(StandardCharsets.UTF_8), Set.of("GM0193")));
        for (Locale language : new Locale[] {Language.DUTCH, Locale.ENGLISH}) {
            String told = e.message(language);
            assertFalse(told.contains("Source") || told.contains("StreamReadConstraints") || told.contains("`"),
                    "no parser internals: " + told);
        }
        assertTrue(e.getCause() != null && !e.getCause().getMessage().isBlank(), "the parser's words stay in the cause");
        return e;
    }

    /** The message in {@code language} ends with {@code ending}; the whole message is shown when it does not. */
    private static void assertEndsWith(String ending, DataLoadException e, Locale language) {
        String told = e.message(language);
        assertTrue(told.endsWith(ending), told);
    }

    @Test
    void aFileCutOffInTheRegionListEndsUnexpectedlyJustPastItsLastCharacter() {
        DataLoadException e = refused("{ \"schemaVersion\": 1, \"regions\": [");
        assertEquals("onderwijsregios.json, regel 1, kolom 35: ongeldige JSON: onverwacht einde van het bestand",
                e.message(Language.DUTCH));
        assertEquals("onderwijsregios.json, line 1, column 35: malformed JSON: unexpected end of file",
                e.message(Locale.ENGLISH));
    }

    @Test
    void aBraceThatClosesAListSaysWhichBracketWasExpectedAndWhereTheBraceIs() {
        DataLoadException e = refused("{ \"schemaVersion\": 1, \"regions\": [ }");
        assertEquals("onderwijsregios.json, regel 1, kolom 36: ongeldige JSON: onverwacht teken '}' waar ']' verwacht werd",
                e.message(Language.DUTCH));
    }

    @Test
    void aFieldWrittenTwiceIsRefusedAtItsSecondPlaceNotReadAsItsLastValue() {
        DataLoadException e = refused("{ \"schemaVersion\": 1,\n  \"schemaVersion\": 2, \"regions\": [] }");
        assertEquals("onderwijsregios.json, regel 2, kolom 18: ongeldige JSON: het veld „schemaVersion” staat hier twee keer;"
                + " welke waarde bedoeld is, is niet te zeggen", e.message(Language.DUTCH));
    }

    @Test
    void aSecondDocumentAfterTheFirstIsRefused() {
        DataLoadException e = refused("{ \"schemaVersion\": 1, \"regions\": [] }\n{ \"schemaVersion\": 1 }");
        assertEndsWith("there is more after the end of the JSON document (a second copy, or a stray bracket?)", e,
                Locale.ENGLISH);
        assertTrue(e.message(Locale.ENGLISH).contains("line 2"), e.message(Locale.ENGLISH));
    }

    @Test
    void aMissingColonIsNamed() {
        DataLoadException e = refused("{ \"schemaVersion\" 1 }");
        assertEndsWith("ongeldige JSON: onverwacht teken '1' waar een dubbele punt verwacht werd",
                e, Language.DUTCH);
    }

    @Test
    void anUnquotedFieldNameIsNamed() {
        DataLoadException e = refused("{ schemaVersion: 1 }");
        assertEndsWith("malformed JSON: unexpected character 's' where a field name in double quotes was expected",
                e, Locale.ENGLISH);
    }

    @Test
    void aCapitalisedTrueIsAnUnknownWord() {
        DataLoadException e = refused("{ \"schemaVersion\": 1, \"regions\": [ { \"voorloper\": True } ] }");
        assertEndsWith("ongeldige JSON: onbekend woord „True”; tekst hoort tussen dubbele aanhalingstekens",
                e, Language.DUTCH);
    }

    @Test
    void aLineBreakInsideATextIsNamedAsAControlCharacter() {
        DataLoadException e = refused("{ \"schemaVersion\": 1, \"source\": \"twee\nregels\" }");
        assertEndsWith("malformed JSON: a text contains the control character U+000A; write it with a backslash, such as \\n for a new line",
                e, Locale.ENGLISH);
    }

    @Test
    void aTooLongNumberIsRefusedWithTheLimit() {
        DataLoadException e = refused("{ \"schemaVersion\": 1" + "0".repeat(40) + " }");
        assertEndsWith("geweigerd: een getal is langer dan 30 cijfers", e, Language.DUTCH);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithoutTheParsersSettingName() {
        DataLoadException e = refused("[".repeat(100) + "]".repeat(100));
        assertEquals("onderwijsregios.json, regel 1, kolom 65, $[0][0][0][0][0][0][0][0]…: geweigerd: dieper genest"
                + " dan 64 niveaus", e.message(Language.DUTCH));
        assertEquals("onderwijsregios.json, line 1, column 65, $[0][0][0][0][0][0][0][0]…: refused: nested deeper"
                + " than 64 levels", e.message(Locale.ENGLISH));
    }

    private DataLoadException refusedBytes(byte[] bytes) {
        return assertThrows(DataLoadException.class, () -> reader.parse(FILE, bytes, Set.of("GM0193")));
    }

    private static final String SHORT = "{ \"schemaVersion\": 1,\n  \"source\": { \"title\": \"Súdwest-Fryslân\" } }";

    @Test
    void aFileSavedAsUtf16WithItsByteOrderMarkSaysSoAndHowToSaveIt() {
        DataLoadException e = refusedBytes(SHORT.getBytes(StandardCharsets.UTF_16));
        assertEquals("onderwijsregios.json: het bestand is UTF-16; sla het op als UTF-8", e.message(Language.DUTCH));
        assertEquals("onderwijsregios.json: the file is UTF-16; save it as UTF-8", e.message(Locale.ENGLISH));
    }

    @Test
    void aFileSavedAsUtf16WithoutAByteOrderMarkIsKnownByItsZeroBytes() {
        DataLoadException e = refusedBytes(SHORT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("onderwijsregios.json: het bestand is UTF-16; sla het op als UTF-8", e.message(Language.DUTCH));
    }

    @Test
    void aFileSavedAsUtf32SaysSo() {
        DataLoadException e = refusedBytes(SHORT.getBytes(Charset.forName("UTF-32LE")));
        assertEquals("onderwijsregios.json: the file is UTF-32; save it as UTF-8", e.message(Locale.ENGLISH));
    }

    @Test
    void aFileSavedAsLatin1IsToldAtTheColumnOfItsFirstAccentOnThatLine() {
        // "  \"source\": { \"title\": \"S" is 25 characters: the ú of Súdwest is the 26th of line 2.
        DataLoadException e = refusedBytes(SHORT.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("onderwijsregios.json, regel 2, kolom 26: de tekst is geen geldige UTF-8", e.message(Language.DUTCH));
    }

    @Test
    void aFileOfOnlySpacesAndLineBreaksIsEmptyLikeAFileOfNoBytes() {
        DataLoadException e = refusedBytes("  \n\t \r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("onderwijsregios.json: het bestand is leeg", e.message(Language.DUTCH));
        assertEquals("onderwijsregios.json: the file is empty", e.message(Locale.ENGLISH));
    }

    @Test
    void noParserNameForAValueOrTokenReachesTheUser() {
        List<String> parserWords = new java.util.ArrayList<>(List.of("missing", "pojo", "binary"));
        for (JsonToken t : JsonToken.values()) {
            parserWords.add(t.name());
        }
        for (JsonNodeType t : JsonNodeType.values()) {
            parserWords.add(t.name());
        }
        for (String json : List.of("", " ", "\n\n", "[]", "\"Zwolle\"", "42", "null", "true", "{}",
                "{ \"schemaVersion\": \"1\" }", "{ \"schemaVersion\": 1, \"regions\": {} }", "{ \"schemaVersion\": 1 ]")) {
            DataLoadException e = refusedBytes(json.getBytes(StandardCharsets.UTF_8));
            String told = e.message(Language.DUTCH);
            for (String word : parserWords) {
                assertFalse(told.contains(word), "'" + word + "' in what is told about «" + json + "»: " + told);
            }
        }
    }
}
