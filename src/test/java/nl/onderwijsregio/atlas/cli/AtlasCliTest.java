package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.onderwijsregio.atlas.core.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a small data folder: the bundled boundaries and a two-region sample. */
class AtlasCliTest {

    @TempDir
    static Path data;

    private static CliRun run(String... args) throws Exception {
        if (!Files.exists(data.resolve("geo"))) {
            Files.createDirectories(data.resolve("geo"));
            TestData.copyMunicipalityShapefile(data.resolve("geo"));
            Files.copy(Path.of("src/test/resources/fixtures/small-regions.json"), data.resolve("onderwijsregios.json"));
        }
        return CliRun.on(data, args);
    }

    @Test
    void exportMembershipsListsEveryMemberWithItsCbsNameAndTheNationalRegionOnceWithoutOne() throws Exception {
        CliRun r = run("export", "memberships", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("region_id;region_name;sectors;gm_code;gm_name\n"
                + "zwolle-en-omgeving;Zwolle en omgeving;PO,VO,MBO;GM0193;Zwolle\n"
                + "zwolle-en-omgeving;Zwolle en omgeving;PO,VO,MBO;GM1708;Steenwijkerland\n"
                + "groen-onderwijs;Landelijk groen onderwijs;VO,MBO;;\n", r.out());
    }

    @Test
    void exportFiguresLeavesAbsentFiguresEmpty() throws Exception {
        CliRun r = run("export", "figures", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("region_id;region_name;leerlingen_studenten;besturen_po;besturen_vo;mbo_instellingen;opleiders",
                lines[0]);
        assertEquals("zwolle-en-omgeving;Zwolle en omgeving;58632;23;0;;3", lines[1]);
        assertEquals("groen-onderwijs;Landelijk groen onderwijs;;;;;", lines[2]);
    }

    @Test
    void infoCountsPerSectorInDutchByDefault() throws Exception {
        CliRun r = run("info");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("gemeenten: 342"), r.out());
        assertTrue(r.out().contains("PO: 1 regio's, 2 lidmaatschappen, 2 van 342 gemeenten gedekt"), r.out());
    }

    @Test
    void infoCountsPerSectorInEnglishWhenAsked() throws Exception {
        CliRun r = run("info", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("municipalities: 342"), r.out());
        assertTrue(r.out().contains("PO: 1 regions, 2 memberships, 2 of 342 municipalities covered"), r.out());
    }

    @Test
    void exportSaysWhereItWroteInTheSameLanguageAsValidate() throws Exception {
        Path csv = data.resolve("leden.csv");
        CliRun dutch = run("export", "memberships", "--out", csv.toString());
        assertEquals(0, dutch.code(), dutch.err());
        assertEquals(csv + " geschreven\n", dutch.err());
        assertTrue(Files.readString(csv).startsWith("region_id;"));

        CliRun english = run("export", "memberships", "--out", csv.toString(), "--lang", "en");
        assertEquals("Wrote " + csv + "\n", english.err());

        CliRun wrong = run("export", "memberships", "--format", "xlsx");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().startsWith("Onjuist gebruik: onbekend formaat 'xlsx'; alleen csv wordt ondersteund"),
                wrong.err());
        assertTrue(wrong.err().contains("export memberships|figures --format csv [--out BESTAND]"), wrong.err());
    }

    @Test
    void helpAndUnknownCommandsFollowTheLanguageToo() throws Exception {
        CliRun dutch = run("teleport");
        assertTrue(dutch.err().startsWith("Onbekende opdracht 'teleport'."), dutch.err());
        assertTrue(dutch.err().contains("Algemene opties: --data MAP"), dutch.err());
        assertTrue(dutch.err().contains("  render"), "render keeps its own usage line: " + dutch.err());
        CliRun english = run("teleport", "--lang=en");
        assertTrue(english.err().startsWith("Unknown command 'teleport'."), english.err());
        assertTrue(english.err().contains("Common options: --data DIR"), english.err());
    }

    @Test
    void theCliTextsExistInBothLanguages() throws Exception {
        var control = java.util.ResourceBundle.Control.getNoFallbackControl(
                java.util.ResourceBundle.Control.FORMAT_PROPERTIES);
        var nl = java.util.ResourceBundle.getBundle("i18n/cli", java.util.Locale.forLanguageTag("nl"), control);
        var en = java.util.ResourceBundle.getBundle("i18n/cli", java.util.Locale.ENGLISH, control);
        assertEquals(new java.util.TreeSet<>(nl.keySet()), new java.util.TreeSet<>(en.keySet()));
    }

    @Test
    void unknownCommandAndUnreadableFileExitWithTwo() throws Exception {
        assertEquals(2, run("teleport").code());
        CliRun broken = run("validate", data.resolve("missing.json").toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().startsWith("Fout: "), broken.err());
        assertTrue(broken.err().contains("missing.json: bestand niet gevonden"), broken.err());
        CliRun english = run("validate", data.resolve("missing.json").toString(), "--lang", "en");
        assertTrue(english.err().contains("Error: ") && english.err().contains("missing.json: file not found"),
                english.err());
    }
}
