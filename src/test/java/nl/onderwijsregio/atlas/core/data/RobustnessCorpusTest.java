package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * Broken and hostile inputs (issue 8's robustness corpus), built here rather than committed: each
 * ends in a {@link DataLoadException} that names the file (and the place, where there is one), fast.
 * What the user then sees, with the shown atlas kept, is tested in {@code AtlasOpenerTest}.
 */
class RobustnessCorpusTest {

    private static final Set<String> CODES = Set.of("GM0193", "GM1708", "GM0166");
    private static final Duration QUICK = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private final RegionFileReader reader = new RegionFileReader();

    private static String sample() throws Exception {
        return Files.readString(Path.of("src/test/resources/fixtures/small-regions.json"));
    }

    @Test
    void jsonNested10000LevelsDeepIsRefusedAtTheLimit() throws Exception {
        Path file = dir.resolve("diep.json");
        Files.writeString(file, "[".repeat(10_000) + "]".repeat(10_000));
        DataLoadException e = assertTimeoutPreemptively(QUICK,
                () -> assertThrows(DataLoadException.class, () -> reader.read(file, CODES)));
        assertEquals(file + ": refused: nested deeper than 64 levels", e.getMessage());
        assertEquals(file + ": geweigerd: dieper genest dan 64 niveaus", e.message(Language.DUTCH));
    }

    @Test
    void a200MbJsonIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("groot.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: the size is real, the disk is spared
        }
        DataLoadException e = assertTimeoutPreemptively(QUICK,
                () -> assertThrows(DataLoadException.class, () -> reader.read(file, CODES)));
        assertEquals(file + ": the file is 200 MB; region files larger than 50 MB are refused", e.getMessage());
    }

    @Test
    void invalidUtf8IsNamedWithLineAndByte() throws Exception {
        byte[] good = sample().getBytes(StandardCharsets.UTF_8);
        int at = sample().indexOf("Steenwijkerland");
        byte[] bad = good.clone();
        bad[at] = (byte) 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
        Path file = dir.resolve("latin1.json");
        Files.write(file, bad);
        DataLoadException e = assertThrows(DataLoadException.class, () -> reader.read(file, CODES));
        assertTrue(e.getMessage().contains("line 28, byte "), e.getMessage());
        assertTrue(e.getMessage().endsWith("the text is not valid UTF-8"));
    }

    @Test
    void aRegionWith100000MembersIsReadWithoutHanging() throws Exception {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            members.append(i == 0 ? "" : ",").append("{ \"code\": \"GM0193\", \"publishedName\": \"Zwolle ").append(i)
                    .append("\" }");
        }
        String json = sample().replace("{ \"code\": \"GM0193\", \"publishedName\": \"Zwolle\" },", members + ",");
        Path file = dir.resolve("enorm.json");
        Files.writeString(file, json);
        RegionData data = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(file, CODES));
        // Read as published: the validator, not the reader, reports a municipality listed twice.
        assertEquals(100_001, data.regions().get(0).members().size());
    }

    @Test
    void aDbfWithAWrongRecordCountIsNamed() throws Exception {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Path dbf = dir.resolve("gemeenten_2024.dbf");
        try (RandomAccessFile f = new RandomAccessFile(dbf.toFile(), "rw")) {
            f.seek(4); // dBase header: number of records, 32-bit little-endian
            f.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(400).array());
        }
        DataLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(DataLoadException.class, () -> loadWith(shp)));
        assertEquals(dbf + ": the attribute table has 400 records, but the shape index (.shx) has 342",
                e.getMessage());
        assertEquals(dbf + ": de attributentabel heeft 400 records, maar de vormindex (.shx) heeft er 342",
                e.message(Language.DUTCH));
    }

    @Test
    void anEmptyShpIsNamedWithItsSize() throws Exception {
        // Companions intact, the .shp 0 bytes: a copy that failed before its first byte.
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.write(shp, new byte[0]);
        DataLoadException e = assertThrows(DataLoadException.class, () -> loadWith(shp));
        assertEquals(shp + ": the file is 0 bytes, shorter than a shapefile header", e.getMessage());
        assertEquals(shp + ": het bestand is 0 bytes, korter dan de kop van een shapefile", e.message(Language.DUTCH));
    }

    @Test
    void aFolderWhereTheShpBelongsIsNamed() throws Exception {
        Path data = dir.resolve("data");
        Path shp = Files.createDirectories(data.resolve(AtlasLoader.MUNICIPALITY_FILE));
        Files.copy(Path.of("src/test/resources/fixtures/small-regions.json"), data.resolve(AtlasLoader.REGION_FILE));
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
        byte[] original = sample().getBytes(StandardCharsets.UTF_8);
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
