package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.onderwijsregio.atlas.core.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a small data folder: the bundled boundaries and a two-region sample. */
class AtlasCliTest {

    @TempDir
    static Path data;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) throws Exception {
        if (!Files.exists(data.resolve("geo"))) {
            Files.createDirectories(data.resolve("geo"));
            TestData.copyMunicipalityShapefile(data.resolve("geo"));
            Files.copy(Path.of("src/test/resources/fixtures/small-regions.json"), data.resolve("onderwijsregios.json"));
        }
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new AtlasCli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportMembershipsListsEveryMemberWithItsCbsName() throws Exception {
        Result r = run("export", "memberships", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("region_id;region_name;sectors;gm_code;gm_name\n"
                + "zwolle-en-omgeving;Zwolle en omgeving;PO,VO,MBO;GM0193;Zwolle\n"
                + "zwolle-en-omgeving;Zwolle en omgeving;PO,VO,MBO;GM1708;Steenwijkerland\n", r.out());
    }

    @Test
    void exportFiguresLeavesAbsentFiguresEmpty() throws Exception {
        Result r = run("export", "figures", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("region_id;region_name;leerlingen_studenten;besturen_po;besturen_vo;mbo_instellingen;opleiders",
                lines[0]);
        assertEquals("zwolle-en-omgeving;Zwolle en omgeving;58632;23;0;;3", lines[1]);
        assertEquals("groen-onderwijs;Landelijk groen onderwijs;;;;;", lines[2]);
    }

    @Test
    void infoCountsPerSectorInDutchByDefault() throws Exception {
        Result r = run("info");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("gemeenten: 342"), r.out());
        assertTrue(r.out().contains("PO: 1 regio's, 2 lidmaatschappen, 2 van 342 gemeenten gedekt"), r.out());
    }

    @Test
    void infoCountsPerSectorInEnglishWhenAsked() throws Exception {
        Result r = run("info", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("municipalities: 342"), r.out());
        assertTrue(r.out().contains("PO: 1 regions, 2 memberships, 2 of 342 municipalities covered"), r.out());
    }

    @Test
    void exportSaysWhereItWroteInTheSameLanguageAsValidate() throws Exception {
        Path csv = data.resolve("leden.csv");
        Result dutch = run("export", "memberships", "--out", csv.toString());
        assertEquals(0, dutch.code(), dutch.err());
        assertEquals(csv + " geschreven\n", dutch.err());
        assertTrue(Files.readString(csv).startsWith("region_id;"));

        Result english = run("export", "memberships", "--out", csv.toString(), "--lang", "en");
        assertEquals("Wrote " + csv + "\n", english.err());

        Result wrong = run("export", "memberships", "--format", "xlsx");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().startsWith("Onjuist gebruik: onbekend formaat 'xlsx'; alleen csv wordt ondersteund"),
                wrong.err());
        assertTrue(wrong.err().contains("export memberships|figures --format csv [--out BESTAND]"), wrong.err());
    }

    @Test
    void helpAndUnknownCommandsFollowTheLanguageToo() throws Exception {
        Result dutch = run("teleport");
        assertTrue(dutch.err().startsWith("Onbekende opdracht 'teleport'."), dutch.err());
        assertTrue(dutch.err().contains("Algemene opties: --data MAP"), dutch.err());
        assertTrue(dutch.err().contains("  render"), "render keeps its own usage line: " + dutch.err());
        Result english = run("teleport", "--lang=en");
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
        Result broken = run("validate", data.resolve("missing.json").toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("missing.json: file not found"), broken.err());
    }
}
