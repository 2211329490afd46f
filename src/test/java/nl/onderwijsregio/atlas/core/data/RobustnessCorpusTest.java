package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile inputs (issue 8's robustness corpus, built by {@link BrokenInputs}): each ends in a
 * {@link DataLoadException} that names the file (and the place, where there is one), fast. What the user
 * then sees, with the shown atlas kept, is tested in {@code BrokenInputsInTheAppTest}.
 */
class RobustnessCorpusTest {

    private static final Set<String> CODES = Set.of("GM0193", "GM1708", "GM0166");
    private static final Duration QUICK = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private final RegionFileReader reader = new RegionFileReader();

    @Test
    void jsonNested10000LevelsDeepIsRefusedAtTheLimit() throws Exception {
        Path file = BrokenInputs.jsonNested10000Deep(dir);
        DataLoadException e = assertTimeoutPreemptively(QUICK,
                () -> assertThrows(DataLoadException.class, () -> reader.read(file, CODES)));
        // The 65th bracket; its path by the outer levels, where the nesting went astray.
        assertEquals(file + ", line 1, column 65, $[0][0][0][0][0][0][0][0]…: refused: nested deeper than 64 levels",
                e.getMessage());
        assertEquals(file + ", regel 1, kolom 65, $[0][0][0][0][0][0][0][0]…: geweigerd: dieper genest dan 64 niveaus",
                e.message(Language.DUTCH));
    }

    @Test
    void aStrayBraceBelowTheDocumentIsToldAsMoreAfterItsEndWithItsLineAndColumn() throws Exception {
        Path file = BrokenInputs.strayBraceBelowTheDocument(dir);
        DataLoadException e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals(file + ", regel 54, kolom 1: ongeldige JSON: na het einde van het JSON-document staat nog meer"
                + " (een tweede kopie, of een losse haak?)", e.message(Language.DUTCH));
    }

    @Test
    void aStrayBracketBelowTheDocumentIsToldAsMoreAfterItsEndToo() throws Exception {
        Path file = Files.writeString(dir.resolve("blokhaak.json"), BrokenInputs.sample() + "\n]\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals(file + ", line 55, column 1: malformed JSON: there is more after the end of the JSON document"
                + " (a second copy, or a stray bracket?)", e.getMessage());
    }

    @Test
    void aBraceBeforeAnyDocumentIsStillABraceOutOfPlace() throws Exception {
        Path file = Files.writeString(dir.resolve("alleen-haak.json"), "}\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals(file + ", regel 1, kolom 1: ongeldige JSON: onverwacht teken '}' waar ']' verwacht werd",
                e.message(Language.DUTCH));
    }

    @Test
    void a2MbCaseSummaryIsRefusedWhereItStartsInItsRegion() throws Exception {
        Path file = BrokenInputs.caseSummaryOf2Mb(dir);
        DataLoadException e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals(file + ", regel 49, kolom 48, $.regions[1].cases[0].summary in regio Landelijk groen onderwijs"
                + " (groen-onderwijs): geweigerd: een tekst is langer dan 1000000 tekens", e.message(Language.DUTCH));
    }

    @Test
    void aMemberNestedTooDeepIsRefusedAtItsBracketInItsRegion() throws Exception {
        Path file = BrokenInputs.memberNested100Deep(dir);
        DataLoadException e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertEquals(file + ", line 28, column 105, $.regions[0].members[1].publishedName[0][0][0]… in region Zwolle en"
                + " omgeving (zwolle-en-omgeving): refused: nested deeper than 64 levels", e.getMessage());
    }

    @Test
    void a200MbJsonIsRefusedBeforeItIsRead() throws Exception {
        Path file = BrokenInputs.json200Mb(dir);
        DataLoadException e = assertTimeoutPreemptively(QUICK,
                () -> assertThrows(DataLoadException.class, () -> reader.read(file, CODES)));
        assertEquals(file + ": the file is 200 MB; region files larger than 50 MB are refused", e.getMessage());
    }

    @Test
    void invalidUtf8IsNamedWithTheLineAndTheColumnOnThatLine() throws Exception {
        Path file = BrokenInputs.invalidUtf8(dir);
        DataLoadException e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        // Where "Steenwijkerland" starts, as an editor counts: not the byte offset into the whole file.
        assertEquals("line 28, column 47", e.location());
        assertTrue(e.getMessage().endsWith("the text is not valid UTF-8"));
    }

    @Test
    void aRegionWith100000MembersIsReadWithoutHanging() throws Exception {
        Path file = BrokenInputs.regionWith100000Members(dir);
        RegionData data = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(file, CODES));
        // Read as published: the validator, not the reader, reports a municipality listed twice.
        assertEquals(100_001, data.regions().get(0).members().size());
    }

    @Test
    void aDbfWithAWrongRecordCountIsNamed() throws Exception {
        Path shp = BrokenInputs.dbfWithRecordCount(dir, 400);
        Path dbf = dir.resolve("gemeenten_2024.dbf");
        DataLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(DataLoadException.class, () -> loadWith(shp)));
        assertEquals(dbf + ": the attribute table has 400 records, but the shape index (.shx) has 342",
                e.getMessage());
        assertEquals(dbf + ": de attributentabel heeft 400 records, maar de vormindex (.shx) heeft er 342",
                e.message(Language.DUTCH));
    }

    @Test
    void anEmptyShpIsNamedWithItsSize() throws Exception {
        Path shp = BrokenInputs.emptyShp(dir);
        DataLoadException e = assertThrows(DataLoadException.class, () -> loadWith(shp));
        assertEquals(shp + ": the file is 0 bytes, shorter than a shapefile header", e.getMessage());
        assertEquals(shp + ": het bestand is 0 bytes, korter dan de kop van een shapefile", e.message(Language.DUTCH));
    }

    @Test
    void boundariesConvertedToDegreesUnderTheirRdNewPrjAreRefusedAsNotFittingThePrj() throws Exception {
        Path shp = BrokenInputs.degreesUnderRdNewPrj(dir);
        DataLoadException e = assertThrows(DataLoadException.class, () -> loadWith(shp));
        assertEquals(shp + ": de coördinaten passen niet bij het coördinatenstelsel dat gemeenten_2024.prj noemt: die"
                + " zegt RD New (EPSG:28992), maar de coördinaten lopen van x 3 tot 7, y 51 tot 54; dat zijn graden,"
                + " zoals in WGS84 (EPSG:4326). Zet de .prj die bij de coördinaten hoort naast de shapefile, of zet de"
                + " coördinaten om naar RD New (EPSG:28992)", e.message(Language.DUTCH));
        assertEquals(shp + ": the coordinates do not fit the coordinate system gemeenten_2024.prj states: it says"
                + " RD New (EPSG:28992), but the coordinates run from x 3 to 7, y 51 to 54; those are degrees, as in"
                + " WGS84 (EPSG:4326). Put the .prj that belongs to the coordinates beside the shapefile, or convert the"
                + " coordinates to RD New (EPSG:28992)", e.getMessage());

        Files.writeString(ShapefileReader.sibling(shp, ".prj"), BrokenInputs.WGS84_PRJ);
        assertEquals(342, new AtlasLoader().load(shp, TestData.dataDir().resolve(AtlasLoader.REGION_FILE))
                .municipalities().size(), "with the .prj of its degrees, the same file loads");
    }

    @Test
    void aFolderWhereTheShpBelongsIsNamed() throws Exception {
        Path shp = BrokenInputs.folderWhereTheShpBelongs(dir);
        Path data = shp.getParent().getParent();
        DataLoadException e = assertThrows(DataLoadException.class, () -> new AtlasLoader().load(data));
        assertEquals(shp + ": this is a folder, not a shapefile", e.getMessage());
        assertEquals(shp + ": dit is een map, geen shapefile", e.message(Language.DUTCH));
    }

    private static void loadWith(Path shp) throws DataLoadException {
        new AtlasLoader().load(shp, TestData.dataDir().resolve(AtlasLoader.REGION_FILE));
    }

    /** Seeded random damage to a valid file: every result is data or a named error, each within a second. */
    @Test
    void mutatedRegionFilesNeverCrashOrHang() throws Exception {
        byte[] original = BrokenInputs.sample().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261123L);
        Path file = dir.resolve("gemuteerd.json");
        Set<String> outcomes = new HashSet<>();
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int tried = 0;
        while (System.nanoTime() < end || tried < 200) {
            byte[] mutated = mutate(original, random);
            tried++;
            String outcome = assertTimeoutPreemptively(QUICK, () -> {
                try {
                    reader.parse(file, mutated, CODES);
                    return "read";
                } catch (DataLoadException e) {
                    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                    return "refused";
                }
            }, () -> "input " + new String(mutated, StandardCharsets.ISO_8859_1));
            outcomes.add(outcome);
        }
        assertTrue(outcomes.contains("refused"), "the mutator does break files");
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = (byte) "{}[]\",:0-e.nt\\".charAt(random.nextInt(14));
                case 2 -> b = java.util.Arrays.copyOf(b, Math.max(1, at)); // truncated
                default -> {
                    int from = random.nextInt(b.length);
                    int len = Math.min(random.nextInt(64), b.length - Math.max(from, at));
                    System.arraycopy(b, from, b, at, Math.max(0, len)); // a duplicated stretch
                }
            }
        }
        return b;
    }
}
