package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.onderwijsregio.atlas.core.data.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder saved after a municipal reorganisation (the 2025 edition beside the bundled 2024 one, the
 * regions file with the successors' codes) works with {@code --data} alone, as a colleague given it runs it;
 * {@code --municipalities FILE} names the boundaries outright.
 */
class ReorganisedFolderCliTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void aFolderSavedAfterAReorganisation() throws Exception {
        TestData.reorganisedFolder(data);
    }

    private static CliRun run(String... args) {
        return CliRun.on(data, args);
    }

    @Test
    void infoReadsTheEditionTheRegionsFileBelongsToAndSaysWhichItIs() {
        CliRun r = run("info");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("gemeentegrenzen: " + data.resolve("geo/gemeenten_2025.shp")), r.out());
        assertTrue(r.out().contains("PO: 1 regio, 2 lidmaatschappen, 2 van 342 gemeenten gedekt"), r.out());
    }

    @Test
    void validateExportAndRenderWorkOnTheFolderAsTheyDoOnTheBundledOne() throws Exception {
        CliRun validate = run("validate", "--lang", "en");
        assertEquals(0, validate.code(), validate.out() + validate.err());
        assertTrue(validate.out().contains("Municipality boundaries: " + data.resolve("geo/gemeenten_2025.shp")),
                validate.out());
        assertTrue(validate.out().contains("0 errors, "), validate.out());

        CliRun export = run("export", "memberships", "--format", "csv");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("zwolle-en-omgeving;Zwolle en omgeving;PO,VO,MBO;GM1997;Zwolle\n"), export.out());

        Path png = data.resolve("zwolle.png");
        CliRun render = run("render", "--region", "zwolle-en-omgeving", "--width", "320", "--height", "200",
                "--out", png.toString());
        assertEquals(0, render.code(), render.err());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void validateOfTheFolderRegionsFileByNameChecksItAgainstTheBoundariesBesideIt() {
        Path regions = data.resolve("onderwijsregios.json");

        CliRun r = CliRun.of("validate", regions.toString(), "--lang", "en");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Municipality boundaries: " + data.resolve("geo/gemeenten_2025.shp")), r.out());
        assertTrue(r.out().contains("0 errors, "), r.out());
    }

    @Test
    void validateOfAFileByNameStillTakesTheBoundariesThatDataOrMunicipalitiesName() {
        String regions = data.resolve("onderwijsregios.json").toString();
        Path bundled = TestData.dataDir();

        CliRun withData = CliRun.of("validate", regions, "--data", bundled.toString(), "--lang", "en");
        CliRun withMunicipalities = CliRun.of("validate", regions, "--municipalities",
                data.resolve("geo/gemeenten_2024.shp").toString(), "--lang", "en");

        // Zwolle's successor code GM1997 is only in the 2025 edition.
        assertEquals(1, withData.code(), withData.out() + withData.err());
        assertTrue(withData.out().contains("Municipality boundaries: " + bundled.resolve("geo/gemeenten_2024.shp")),
                withData.out());
        assertEquals(1, withMunicipalities.code(), withMunicipalities.out() + withMunicipalities.err());
        assertTrue(withMunicipalities.out().contains("GM1997"), withMunicipalities.out());
    }

    @Test
    void boundariesNamedWithMunicipalitiesAreReadAsTheyAreAndAMismatchSaysWhatToOpen() {
        CliRun older = run("info", "--municipalities", data.resolve("geo/gemeenten_2024.shp").toString());
        assertEquals(2, older.code(), older.out());
        assertTrue(older.err().startsWith("Fout: " + data.resolve("onderwijsregios.json") + ", regel "), older.err());
        assertTrue(older.err().contains("onbekende gemeentecode GM1997"), older.err());
        assertTrue(older.err().contains("Open de gemeentegrenzen waarbij dit regiobestand hoort"), older.err());

        CliRun newer = run("info", "--municipalities=" + data.resolve("geo/gemeenten_2025.shp"), "--lang", "en");
        assertEquals(0, newer.code(), newer.err());
        assertTrue(newer.out().contains("municipality boundaries: " + data.resolve("geo/gemeenten_2025.shp")),
                newer.out());
    }

    @Test
    void everyCommandsHelpNamesTheMunicipalitiesOption() {
        for (String command : new String[] {"validate", "info", "export", "render"}) {
            CliRun r = run(command, "--help", "--lang", "en");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("--municipalities FILE"), command + ": " + r.out());
        }
    }
}
