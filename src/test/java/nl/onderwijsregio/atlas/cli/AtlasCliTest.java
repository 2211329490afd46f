package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a small data folder: the bundled boundaries and a two-region sample. */
class AtlasCliTest {

    @TempDir
    static Path data;

    private static CliRun run(String... args) throws Exception {
        if (!Files.exists(data.resolve("geo"))) {
            TestData.smallDataFolder(data);
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
    void exportFiguresLeavesAbsentFiguresEmptyAndCarriesSectorsDoubtsAndThePublishedNameAfterThem() throws Exception {
        CliRun r = run("export", "figures", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("region_id;region_name;leerlingen_studenten;besturen_po;besturen_vo;mbo_instellingen;opleiders"
                + ";sectors;caveats;published_name", lines[0]);
        assertEquals("zwolle-en-omgeving;Zwolle en omgeving;58632;23;0;;3;PO,VO,MBO;"
                + "Zwolle en omgeving bedient VO, maar noemt 0 aangesloten schoolbesturen vo.;"
                + "Onderwijsregio Zwolle en omgeving", lines[1]);
        assertEquals("groen-onderwijs;Landelijk groen onderwijs;;;;;;VO,MBO;;Onderwijsregio Groen", lines[2]);
    }

    @Test
    void theFiguresDoubtsFollowTheLanguage() throws Exception {
        CliRun r = run("export", "figures", "--lang", "en");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().split("\n")[1].endsWith(
                ";PO,VO,MBO;Zwolle en omgeving serves VO but lists 0 affiliated VO school boards.;"
                + "Onderwijsregio Zwolle en omgeving"), r.out());
    }

    @Test
    void infoCountsPerSectorInDutchByDefault() throws Exception {
        CliRun r = run("info");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("gemeenten: 342"), r.out());
        assertTrue(r.out().contains("PO: 1 regio, 2 lidmaatschappen, 2 van 342 gemeenten gedekt"), r.out());
    }

    @Test
    void infoCountsPerSectorInEnglishWhenAsked() throws Exception {
        CliRun r = run("info", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("municipalities: 342"), r.out());
        assertTrue(r.out().contains("PO: 1 region, 2 memberships, 2 of 342 municipalities covered"), r.out());
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
        assertTrue(wrong.err().startsWith("Onjuist gebruik: onbekend formaat „xlsx”; alleen csv wordt ondersteund"),
                wrong.err());
        assertTrue(wrong.err().contains("export memberships|figures --format csv [--out BESTAND]"), wrong.err());
    }

    @Test
    void exportForExcelPutsAByteOrderMarkBeforeTheUtf8AndOnlyThen() throws Exception {
        Path csv = data.resolve("leden-excel.csv");

        CliRun file = run("export", "memberships", "--excel", "--out", csv.toString());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = new AtlasCli().run(new String[] {"export", "figures", "--excel", "--data", data.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), System.err);

        assertEquals(0, file.code(), file.err());
        byte[] bytes = Files.readAllBytes(csv);
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("\uFEFFregion_id;region_name;sectors;gm_code;gm_name\n"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertEquals(0, code);
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).startsWith("\uFEFFregion_id;"));
        assertTrue(run("export", "figures").out().startsWith("region_id;"), "without --excel no mark");
    }

    @Test
    void exportTakesTheFormatInCapitalsAsRenderDoes() throws Exception {
        CliRun r = run("export", "figures", "--format", "CSV");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("region_id;region_name;"), r.out());
    }

    @Test
    void renderWithTitleDashHDrawsThatTitleRatherThanPrintTheUsage() throws Exception {
        Path png = data.resolve("h.png");

        CliRun r = run("render", "--out", png.toString(), "--title", "-h", "--width", "400", "--height", "300",
                "--no-legend", "--lang", "en");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("Wrote " + png), r.err());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void aLanguageTheAtlasDoesNotSpeakIsAUsageErrorNotDutchInSilence() throws Exception {
        CliRun r = run("info", "--lang", "de");

        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().startsWith("Onjuist gebruik: --lang de is geen taal van de atlas; kies nl of en"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void helpAndUnknownCommandsFollowTheLanguageToo() throws Exception {
        CliRun dutch = run("teleport");
        assertTrue(dutch.err().startsWith("Onbekende opdracht „teleport”."), dutch.err());
        assertTrue(dutch.err().contains("Algemene opties: --data MAP"), dutch.err());
        assertTrue(dutch.err().contains("  render"), "render keeps its own usage line: " + dutch.err());
        CliRun english = run("teleport", "--lang=en");
        assertTrue(english.err().startsWith("Unknown command “teleport”."), english.err());
        assertTrue(english.err().contains("Common options: --data DIR"), english.err());
    }

    /** A usage line up to its explanation: the command, its words and options, two spaces or more. */
    private static final Pattern EXPLANATION = Pattern.compile("  (\\S+)(?: \\S+)* {2,}");

    /** The help reads as a table: each command's explanation starts in one column, where the command leaves room. */
    @Test
    void theShortCommandsExplanationsStartInOneColumnInBothLanguages() throws Exception {
        for (String language : List.of("nl", "en")) {
            List<Integer> columns = run("help", "--lang", language).out().lines()
                    .map(EXPLANATION::matcher)
                    .filter(m -> m.lookingAt() && m.group(1).matches("validate|info|bench|--version"))
                    .map(m -> m.end())
                    .toList();
            assertEquals(4, columns.size(), language + ": " + columns);
            assertEquals(1, Set.copyOf(columns).size(), language + ": the explanations start at " + columns);
        }
    }

    @Test
    void theUsageWritesEachApostropheOnceInBothLanguages() throws Exception {
        CliRun dutch = run("help");
        assertEquals(0, dutch.code(), dutch.err());
        assertTrue(dutch.out().contains("regio's en lidmaatschappen"), dutch.out());
        assertTrue(dutch.out().contains("CSV (UTF-8, „;”)"), dutch.out());
        assertFalse(dutch.out().contains("''"), dutch.out());

        CliRun english = run("export", "--help", "--lang", "en");
        assertEquals(0, english.code(), english.err());
        assertTrue(english.out().contains("CSV (UTF-8, “;”) to stdout"), english.out());
        assertFalse(english.out().contains("''"), english.out());
    }

    @Test
    void dashDashHelpAndDashHAskForTheUsageAsHelpDoes() throws Exception {
        CliRun help = run("help");
        for (String asked : new String[] {"--help", "-h"}) {
            CliRun r = run(asked);
            assertEquals(0, r.code(), r.err());
            assertEquals(help.out(), r.out(), asked);
        }
        CliRun command = run("info", "-h", "--lang", "en");
        assertEquals(0, command.code(), command.err());
        assertTrue(command.out().startsWith("info "), command.out());
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

    @Test
    void aMistypedCommandIsRefusedWithTheNearestOneAndTheUsage() throws Exception {
        CliRun dutch = run("valdate");
        assertEquals(2, dutch.code());
        assertTrue(dutch.err().startsWith("Onbekende opdracht „valdate”; bedoelt u validate?\n"), dutch.err());
        assertTrue(dutch.err().contains("Opdrachten:") && dutch.err().contains("  validate [bestand|-]"), dutch.err());
        assertEquals("", dutch.out());

        CliRun english = CliRun.on(data, "--lang", "en", "exprt", "figures");
        assertEquals(2, english.code());
        assertTrue(english.err().startsWith("Unknown command “exprt”; did you mean export?\n"), english.err());

        assertTrue(run("teleport").err().startsWith("Onbekende opdracht „teleport”.\n"), "nothing near it");
    }

    @Test
    void aDataFolderThatDoesNotExistIsSaidToBeSoNotItsFirstMissingFile() throws Exception {
        Path nope = data.resolve("nope/folder").toAbsolutePath();
        CliRun r = CliRun.on(nope, "validate");
        assertEquals(2, r.code(), r.err());
        assertEquals("Fout: de map " + nope + " bestaat niet\n", r.err());
    }

    @Test
    void aDataFolderWithoutBoundariesIsToldByWhatItLacksUnlessTheyAreNamedApart() throws Exception {
        Path folder = Files.createDirectories(data.resolve("alleen-regios").toAbsolutePath());
        Files.copy(Path.of("src/test/resources/fixtures/small-regions.json"), folder.resolve("onderwijsregios.json"));
        CliRun r = CliRun.on(folder, "info", "--lang", "en");
        assertEquals("Error: the folder " + folder + " holds no municipality boundaries (geo/gemeenten_YYYY.shp)\n",
                r.err());
        CliRun named = CliRun.on(folder, "info", "--municipalities", TestData.municipalityShp().toString());
        assertEquals(0, named.code(), named.err());
    }

    @Test
    void anOptionWithoutItsValueIsAUsageErrorNamingItNotAFileCalledTrue() throws Exception {
        CliRun noFile = run("render", "--format", "png", "--out");
        assertEquals(2, noFile.code(), noFile.err());
        assertTrue(noFile.err().startsWith("Onjuist gebruik: --out vraagt een waarde"), noFile.err());
        assertFalse(Files.exists(Path.of("true")), "no file called 'true'");

        CliRun noTitle = run("render", "--out", data.resolve("t.png").toString(), "--title", "--dark", "--lang", "en");
        assertEquals(2, noTitle.code(), noTitle.err());
        assertTrue(noTitle.err().startsWith("Usage error: --title needs a value"), noTitle.err());
        assertFalse(Files.exists(data.resolve("t.png")), "nothing written");
    }

    @Test
    void aMistypedOptionIsAUsageErrorThatNamesTheNearestKnownOne() throws Exception {
        Path png = data.resolve("typo.png");
        CliRun width = run("render", "--widht", "800", "--out", png.toString());
        assertEquals(2, width.code(), width.err());
        assertTrue(width.err().startsWith("Onjuist gebruik: onbekende optie --widht; bedoelt u --width?"), width.err());

        CliRun legend = run("render", "--no-legnd", "--out", png.toString(), "--lang", "en");
        assertEquals(2, legend.code(), legend.err());
        assertTrue(legend.err().startsWith("Usage error: unknown option --no-legnd; did you mean --no-legend?"),
                legend.err());

        CliRun nothingNear = run("info", "--verbose", "--lang", "en");
        assertEquals(2, nothingNear.code(), nothingNear.err());
        assertTrue(nothingNear.err().startsWith("Usage error: unknown option --verbose\n"), nothingNear.err());
        assertFalse(Files.exists(png), "nothing written");
    }

    @Test
    void aSwitchTakesNoValueSoAWordAfterItIsRefusedNotSwallowed() throws Exception {
        Path png = data.resolve("switch.png");
        CliRun next = run("render", "--out", png.toString(), "--transparent", "false", "--lang", "en");
        assertEquals(2, next.code(), next.err());
        assertTrue(next.err().startsWith("Usage error: --transparent takes no value, so “false” is left over"),
                next.err());

        CliRun equals = run("render", "--out", png.toString(), "--dark=no");
        assertEquals(2, equals.code(), equals.err());
        assertTrue(equals.err().startsWith("Onjuist gebruik: --dark neemt geen waarde, dus „no” blijft over"),
                equals.err());

        CliRun stray = run("info", "po");
        assertEquals(2, stray.code(), stray.err());
        assertTrue(stray.err().startsWith("Onjuist gebruik: onverwacht woord „po”"), stray.err());
        assertFalse(Files.exists(png), "nothing written");
    }

    @Test
    void theKeyEqualsValueFormStillWorks() throws Exception {
        Path png = data.resolve("equals.png");
        CliRun r = run("render", "--width=400", "--height=300", "--out=" + png, "--no-legend", "--lang=en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("Wrote " + png + " (400×300 png)"), r.err());
    }

    @Test
    void helpAfterACommandShowsItsUsage() throws Exception {
        CliRun r = run("render", "--help", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("render --out FILE [--sector po|vo|mbo]"), r.out());
    }

    @Test
    void helpWithACommandPrintsThatCommandsUsageOnlyAsItsHelpOptionDoes() throws Exception {
        CliRun help = run("help", "validate", "--lang", "en");
        CliRun option = run("validate", "--help", "--lang", "en");

        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("validate [file|-] [--lang en]"), help.out());
        assertFalse(help.out().contains("render"), help.out());
        assertEquals(option.out(), help.out());
        assertEquals(help.out(), run("--lang", "en", "help", "validate").out(), "after the common options too");
    }

    @Test
    void renderSaysInItsUsageThatLangSetsThePicturesLanguage() throws Exception {
        assertTrue(run("help", "render").out().contains("[--labour-markets] [--lang en]"),
                "README's render row names --lang en as well");
    }

    @Test
    void renderTakesEveryOptionTheReadmeNamesAtOnce() throws Exception {
        Path png = data.resolve("all.png");
        CliRun r = run("render", "--out", png.toString(), "--sector", "vo", "--format", "png", "--width", "320",
                "--height", "200", "--region", "zwolle-en-omgeving", "--scale", "2", "--title", "Zwolle",
                "--transparent", "--no-legend", "--dark", "--labour-markets", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("Wrote " + png + " (640×400 png)"), r.err());
    }

    @Test
    void runningOutOfMemoryIsAMessageNotAStackTrace() {
        AtlasCli.Command greedy = (options, out, err) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = new AtlasCli(java.util.Map.of("render", greedy)).run(new String[] {"render", "--lang", "en"},
                System.out, new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(2, code);
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Error: not enough memory for this picture"), said);
        assertFalse(said.contains("at nl.onderwijsregio"), "no stack trace: " + said);
    }

    @Test
    void runningOutOfMemorySaysHowToGiveTheInstalledAtlasMoreToo() {
        AtlasCli.Command greedy = (options, out, err) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        for (String language : new String[] {"nl", "en"}) {
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            new AtlasCli(java.util.Map.of("render", greedy)).run(new String[] {"render", "--lang", language},
                    System.out, new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));

            String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(said.contains("MAVEN_OPTS=-Xmx4g") && said.contains("JAVA_TOOL_OPTIONS=-Xmx4g"), said);
        }
    }

    @Test
    void aCsvExportIntoAMissingFolderNamesTheFileAndWhy() throws Exception {
        Path csv = data.resolve("nodir").resolve("leden.csv");
        CliRun r = run("export", "memberships", "--out", csv.toString(), "--lang", "en");

        assertEquals(2, r.code(), r.err());
        assertEquals("Error: " + csv + ": the folder " + data.resolve("nodir") + " does not exist\n", r.err());

        CliRun folder = run("export", "figures", "--out", data.toString());
        assertEquals(2, folder.code(), folder.err());
        assertTrue(folder.err().startsWith("Onjuist gebruik: --out vraagt een bestandsnaam, geen map: „"), folder.err());
    }
}
