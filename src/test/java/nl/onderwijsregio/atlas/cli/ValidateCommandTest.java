package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.onderwijsregio.atlas.core.data.BrokenInputs;
import nl.onderwijsregio.atlas.core.data.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on the bundled boundaries with small region files: the report and the exit code. */
class ValidateCommandTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void dataFolder() throws Exception {
        Files.createDirectories(data.resolve("geo"));
        TestData.copyMunicipalityShapefile(data.resolve("geo"));
        String sample = Files.readString(Path.of("src/test/resources/fixtures/small-regions.json"));
        Files.writeString(data.resolve("onderwijsregios.json"), sample);
        // Zwolle's region with a code no edition has, and the green region given a territory.
        Files.writeString(data.resolve("broken.json"), sample
                .replace("{ \"code\": \"GM1708\", \"publishedName\": \"Steenwijkerland\" }",
                        "{ \"code\": \"GM1708\", \"publishedName\": \"Steenwijkerland\" },\n"
                                + "        { \"code\": \"GM9999\", \"publishedName\": \"Atlantis\" }")
                .replace("\"members\": [],", "\"members\": [{ \"code\": \"GM0193\", \"publishedName\": \"Zwolle\" }],"));
        Files.writeString(data.resolve("garbage.json"), "{ \"regions\": [ ");
    }

    private static CliRun run(String... args) {
        return CliRun.on(data, args);
    }

    @Test
    void warningsAloneExitWithZeroAndAreCountedInDutch() {
        CliRun r = run("validate");

        assertEquals(0, r.code(), r.out() + r.err());
        // 340 municipalities lack a region in each of the three sectors (1020), Zwolle and Steenwijkerland do
        // not border each other (1), and Zwolle's region serves VO with 0 VO boards (1).
        assertTrue(r.out().contains("0 fouten, 1.022 waarschuwingen, 0 meldingen."), r.out());
        assertTrue(r.out().contains("Zwolle en omgeving: Steenwijkerland (GM1708) ligt los van de rest van de regio"),
                r.out());
        assertTrue(r.out().contains("Gebied valt uiteen [scattered-territory] (1)"), r.out());
    }

    @Test
    void errorsExitWithOneAndAreListedFirst() {
        CliRun r = run("validate", data.resolve("broken.json").toString());

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("2 fouten,"), r.out());
        int errors = r.out().indexOf("== Fouten (2) ==");
        int warnings = r.out().indexOf("== Waarschuwingen");
        assertTrue(errors > 0 && errors < warnings, r.out());
        assertTrue(r.out().contains("gemeentecode GM9999 (gepubliceerd als \u201eAtlantis\u201d) bestaat niet"), r.out());
        assertTrue(r.out().contains("Landelijk groen onderwijs is landelijk maar heeft 1 gemeente als gebied."),
                r.out());
    }

    @Test
    void englishOnRequest() {
        CliRun r = run("validate", data.resolve("broken.json").toString(), "--lang", "en");

        assertEquals(1, r.code());
        assertTrue(r.out().contains("2 errors, "), r.out());
        assertTrue(r.out().contains("== Errors (2) =="), r.out());
        assertTrue(r.out().contains("municipality code GM9999 (published as \u201cAtlantis\u201d) does not exist"),
                r.out());
    }

    @Test
    void aFileWithMistakesInWhatItHoldsListsThemAllAndExitsWithOne() throws Exception {
        // Zwolle's second member with a code cut short, a negative figure, and the green region without a name.
        Path mistakes = Files.writeString(data.resolve("mistakes.json"),
                Files.readString(data.resolve("onderwijsregios.json"))
                .replace("\"GM1708\"", "\"GM170\"")
                .replace("\"besturenPo\": 23,", "\"besturenPo\": -23,")
                .replace("\"displayName\": \"Landelijk groen onderwijs\",", "\"displayName\": \"\","));

        CliRun r = run("validate", mistakes.toString(), "--lang", "en");

        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("", r.err());
        String zwolle = " in region Zwolle en omgeving (zwolle-en-omgeving): ";
        assertEquals("Validation of " + mistakes + "\n"
                + "The regions file cannot be loaded as it is: 3 problems. The findings follow once it loads.\n\n"
                + "- line 21, $.regions[0].keyFigures.besturenPo" + zwolle + "a key figure cannot be negative: -23\n"
                + "- line 28, $.regions[0].members[1].code" + zwolle
                + "the municipality code “GM170” is not of the form GM followed by four digits\n"
                + "- line 35, $.regions[1].displayName in region groen-onderwijs: the field displayName is empty\n",
                r.out());
    }

    @Test
    void unreadableInputExitsWithTwoAndSaysWhere() {
        CliRun r = run("validate", data.resolve("garbage.json").toString());

        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("garbage.json"), r.err());
    }

    @Test
    void aDashReadsTheRegionsFileFromStandardInputAndNamesItSoInItsProblems() throws Exception {
        InputStream before = System.in;
        try {
            System.setIn(Files.newInputStream(data.resolve("onderwijsregios.json")));
            CliRun sample = run("validate", "-", "--lang", "en");
            System.setIn(new ByteArrayInputStream("{ \"regions\": [ ".getBytes(StandardCharsets.UTF_8)));
            CliRun garbage = run("validate", "-");

            assertEquals(0, sample.code(), sample.out() + sample.err());
            assertTrue(sample.out().startsWith("Validation of standard input\n"), sample.out());
            assertTrue(sample.out().contains("0 errors, "), sample.out());
            assertEquals(2, garbage.code(), garbage.out());
            assertTrue(garbage.err().startsWith("Fout: standaardinvoer, regel 1, kolom 16: ongeldige JSON"),
                    garbage.err());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aNamedPipeIsReadAsAFileIs() throws Exception {
        // validate <(git show :data/onderwijsregios.json) names such a pipe; the shell that makes one has mkfifo.
        Path pipe = data.resolve("staged.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes a named pipe on this system");
        Thread writer = new Thread(() -> {
            try {
                Files.write(pipe, Files.readAllBytes(data.resolve("onderwijsregios.json")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();

        CliRun r = run("validate", pipe.toString(), "--lang", "en");
        writer.join(10_000);

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("0 errors, "), r.out());
    }

    @Test
    void boundariesInDegreesUnderAnRdNewPrjExitWithTwoAndSayWhatTheirCoordinatesAre() throws Exception {
        Path shp = BrokenInputs.degreesUnderRdNewPrj(Files.createDirectories(data.resolve("graden")));

        CliRun r = run("validate", "--municipalities", shp.toString());

        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains(shp + ": de coördinaten passen niet bij het coördinatenstelsel dat"
                + " gemeenten_2024.prj noemt: die zegt RD New (EPSG:28992)"), r.err());
        assertTrue(r.err().contains("dat zijn graden, zoals in WGS84 (EPSG:4326)"), r.err());
    }

    @Test
    void boundariesWithUtf8NamesUnderALatin1CpgAreReadAsUtf8AndTheNoticeComesFirst() throws Exception {
        Path geo = Files.createDirectories(data.resolve("latin1-cpg"));
        Path shp = TestData.copyMunicipalityShapefile(geo);
        Files.writeString(geo.resolve("gemeenten_2024.cpg"), "latin1");

        // The bundled regions, with these boundaries in place of the bundled ones.
        CliRun validate = CliRun.on(TestData.dataDir(), "validate", "--municipalities", shp.toString());
        CliRun export = CliRun.on(TestData.dataDir(), "export", "memberships", "--municipalities", shp.toString());

        assertEquals("Let op: Namen in gemeenten_2024.dbf zijn UTF-8, maar gemeenten_2024.cpg zegt latin1: gelezen"
                + " als UTF-8, bv. Súdwest-Fryslân. Zet UTF-8 in gemeenten_2024.cpg.\n", validate.err());
        assertTrue(!validate.out().contains("Ã"), "no garbled names in the findings: " + validate.out());
        assertTrue(export.out().contains(";GM1900;Súdwest-Fryslân"), export.out());
        assertTrue(!export.out().contains("Ã"), export.out());
    }
}
