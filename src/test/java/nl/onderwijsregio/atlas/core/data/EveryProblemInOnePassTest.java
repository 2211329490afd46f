package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regions file that reads as JSON but holds five mistakes is told all five at once, each with its place, so that
 * whoever mends it need not run the check five times; told as one problem (the app's error dialog), it is the
 * first, as before.
 */
class EveryProblemInOnePassTest {

    @TempDir
    Path dir;

    private final RegionFileReader reader = new RegionFileReader();

    /**
     * Zwolle's region with a field the atlas does not know, a negative figure and a code cut short; the green region
     * without a name and with Zwolle's id.
     */
    private byte[] fiveMistakes() throws Exception {
        return Files.readString(Path.of("src/test/resources/fixtures/small-regions.json"))
                .replace("\"voorloperNote\": null,\n      \"keyFigures\": {\n        \"leerlingenStudenten\": 58632,\n"
                                + "        \"besturenPo\": 23,",
                        "\"voorloperNotitie\": null,\n      \"keyFigures\": {\n        \"leerlingenStudenten\": 58632,\n"
                                + "        \"besturenPo\": -23,")
                .replace("\"GM1708\"", "\"GM170\"")
                .replace("\"id\": \"groen-onderwijs\",\n      \"displayName\": \"Landelijk groen onderwijs\",",
                        "\"id\": \"zwolle-en-omgeving\",\n      \"displayName\": \" \",")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fiveMistakesInTwoRegionsAreToldAllWithTheirPlacesInTheFilesOrder() throws Exception {
        Path file = dir.resolve("onderwijsregios.json");

        RegionFileProblems e = assertThrows(RegionFileProblems.class, () -> reader.parseEvery(file, fiveMistakes()));

        List<String> told = e.all().stream().map(p -> p.location() + ": " + p.problem()).toList();
        String zwolle = " in region Zwolle en omgeving (zwolle-en-omgeving): ";
        assertEquals(List.of(
                "line 18, $.regions[0].voorloperNotitie" + zwolle + "unknown field “voorloperNotitie”; here the atlas"
                        + " knows only id, displayName, publishedName, sectors, scope, voorloper, voorloperNote,"
                        + " keyFigures, members, cases and corrections, and would leave it out when saving",
                "line 21, $.regions[0].keyFigures.besturenPo" + zwolle + "a key figure cannot be negative: -23",
                "line 28, $.regions[0].members[1].code" + zwolle
                        + "the municipality code “GM170” is not of the form GM followed by four digits",
                "line 35, $.regions[1].displayName in region zwolle-en-omgeving: the field displayName is empty",
                "line 34, $.regions[1].id in region zwolle-en-omgeving: the region id “zwolle-en-omgeving” is used"
                        + " twice (also by $.regions[0] in region Zwolle en omgeving (zwolle-en-omgeving))"), told);
    }

    @Test
    void toldAsOneProblemItIsTheFirstAsTheReaderThatStopsThereTellsIt() throws Exception {
        Path file = dir.resolve("onderwijsregios.json");
        byte[] bytes = fiveMistakes();

        RegionFileProblems every = assertThrows(RegionFileProblems.class, () -> reader.parseEvery(file, bytes));
        DataLoadException first = assertThrows(DataLoadException.class, () -> reader.parse(file, bytes, null));

        assertEquals(first.message(Locale.forLanguageTag("nl")), every.message(Locale.forLanguageTag("nl")));
        assertEquals(DataLoadException.class, first.getClass(), "the reader that stops tells one problem");
    }

    @Test
    void aFileThatIsNoJsonIsToldAtOnceAsBefore() {
        Path file = dir.resolve("onderwijsregios.json");
        byte[] bytes = "{ \"regions\": [ ".getBytes(StandardCharsets.UTF_8);

        DataLoadException e = assertThrows(DataLoadException.class, () -> reader.parseEvery(file, bytes));

        assertEquals(DataLoadException.class, e.getClass());
    }
}
