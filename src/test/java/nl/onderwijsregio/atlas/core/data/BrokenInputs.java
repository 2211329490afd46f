package nl.onderwijsregio.atlas.core.data;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import org.h2gis.functions.io.shp.SHPRead;
import org.h2gis.functions.io.shp.SHPWrite;

/**
 * Issue 8's robustness corpus: broken and hostile inputs, built in a test's temp folder rather than
 * committed (a 200 MB file, a copy of the boundaries per case). Shared by the tests of the core readers
 * ({@code RobustnessCorpusTest}, {@code ShapefileReaderTest}, {@code RegionFileReaderTest}) and by the test
 * that opens each one through the running app ({@code BrokenInputsInTheAppTest}), so both see the same files.
 */
public final class BrokenInputs {

    /** The small regions file (Zwolle, Steenwijkerland, Kampen) the JSON cases are made from. */
    public static final Path SMALL_REGIONS = Path.of("src/test/resources/fixtures/small-regions.json");

    /** The .prj QGIS and GDAL write for EPSG:4326 (ESRI WKT, no EPSG code). */
    public static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private BrokenInputs() {
    }

    public static String sample() throws IOException {
        return Files.readString(SMALL_REGIONS);
    }

    // ---- shapefiles: a copy of the bundled boundaries in dir, then damaged; each returns the .shp to open

    /** The .shp cut to half its length, as an interrupted copy leaves it. */
    public static Path truncatedShp(Path dir) throws IOException {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        cutInHalf(shp);
        return shp;
    }

    /** Cuts {@code file} to half its length, as an interrupted copy would; returns its full length. */
    public static long cutInHalf(Path file) throws IOException {
        long size = Files.size(file);
        try (var ch = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
            ch.truncate(size / 2);
        }
        return size;
    }

    /** The .dbf header claims {@code records} records; the .shx still counts the real 342. */
    public static Path dbfWithRecordCount(Path dir, int records) throws IOException {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        try (RandomAccessFile f = new RandomAccessFile(ShapefileReader.sibling(shp, ".dbf").toFile(), "rw")) {
            f.seek(4); // dBase header: number of records, 32-bit little-endian
            f.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(records).array());
        }
        return shp;
    }

    /** The shapefile without its .shx (a colleague mailed only the .shp and .dbf). */
    public static Path withoutShx(Path dir) throws IOException {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.delete(ShapefileReader.sibling(shp, ".shx"));
        return shp;
    }

    /** Companions intact, the .shp 0 bytes: a copy that failed before its first byte. */
    public static Path emptyShp(Path dir) throws IOException {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.write(shp, new byte[0]);
        return shp;
    }

    /**
     * The bundled boundaries converted to degrees (EPSG:4326) but left with their RD New .prj, as
     * {@code ogr2ogr -t_srs EPSG:4326} leaves them when the old .prj is copied back beside them. Each municipality
     * is its convex hull, which has the same extent: H2GIS 2.2.5 miscounts the length of a polygon record of
     * several rings, and the reader would stop at the first as a truncated file.
     */
    public static Path degreesUnderRdNewPrj(Path dir) throws Exception {
        Path shp = dir.resolve("gemeenten_2024.shp");
        try (SpatialDatabase db = SpatialDatabase.open(); Statement st = db.connection().createStatement()) {
            SHPRead.importTable(db.connection(), TestData.municipalityShp().toAbsolutePath().toString(), "RD", "UTF-8",
                    true);
            st.execute("CREATE TABLE DEGREES AS SELECT ST_Transform(ST_SetSRID(ST_ConvexHull(THE_GEOM), 28992), 4326)"
                    + " AS THE_GEOM, CODE, NAAM, PROVINCIE FROM RD");
            SHPWrite.exportTable(db.connection(), shp.toString(), "DEGREES", "UTF-8", true);
        }
        Files.copy(TestData.municipalityShp().resolveSibling("gemeenten_2024.prj"), dir.resolve("gemeenten_2024.prj"),
                StandardCopyOption.REPLACE_EXISTING);
        return shp;
    }

    /** The bundled boundaries, in RD New metres, with the .prj of EPSG:4326 beside them. */
    public static Path metresUnderWgs84Prj(Path dir) throws IOException {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.writeString(ShapefileReader.sibling(shp, ".prj"), WGS84_PRJ);
        return shp;
    }

    /**
     * A data folder laid out like the bundled one, with a folder where {@code geo/gemeenten_2024.shp} belongs
     * and the small regions file; returns that folder.
     */
    public static Path folderWhereTheShpBelongs(Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path shp = Files.createDirectories(data.resolve(AtlasLoader.MUNICIPALITY_FILE));
        Files.copy(SMALL_REGIONS, data.resolve(AtlasLoader.REGION_FILE));
        return shp;
    }

    /**
     * The three municipalities of the small regions file as squares of about 700 m in EPSG:4326, as QGIS saves
     * them, instead of RD New: Zwolle around its Grote Kerk, Steenwijkerland and Kampen near their centres.
     */
    public static Path wgs84Shapefile(Path dir) throws Exception {
        try (SpatialDatabase db = SpatialDatabase.open()) {
            return writeShapefile(db, dir, "wgs84", "POLYGON", 4326, WGS84_PRJ, "CODE VARCHAR, NAAM VARCHAR",
                    square(6.087, 52.510) + ", 'GM0193', 'Zwolle'",
                    square(6.110, 52.785) + ", 'GM1708', 'Steenwijkerland'",
                    square(5.910, 52.555) + ", 'GM0166', 'Kampen'");
        }
    }

    /** The Zwolle square of {@link #wgs84Shapefile}, as WKT. */
    public static String zwolleSquareWgs84() {
        return squareWkt(6.087, 52.510);
    }

    private static String square(double lon, double lat) {
        return "ST_GeomFromText('" + squareWkt(lon, lat) + "', 4326)";
    }

    private static String squareWkt(double lon, double lat) {
        double e = lon + 0.010;
        double n = lat + 0.006;
        return "POLYGON((" + lon + " " + lat + ", " + e + " " + lat + ", " + e + " " + n + ", " + lon + " " + n
                + ", " + lon + " " + lat + "))";
    }

    /** Writes a small shapefile in RD New with H2GIS, the way a colleague's GIS might. */
    public static Path writeShapefile(SpatialDatabase db, Path dir, String name, String type, String columns,
                                      String... rows) throws Exception {
        // SHPWRITE writes no .prj for this case; use the GDAL-style RD New one our data uses.
        String rdNew = Files.readString(TestData.dataDir().resolve("geo/gemeenten_2024.prj"));
        return writeShapefile(db, dir, name, type, 28992, rdNew, columns, rows);
    }

    /** Writes a small shapefile in {@code srid} with H2GIS, with {@code prj} as its .prj. */
    public static Path writeShapefile(SpatialDatabase db, Path dir, String name, String type, int srid, String prj,
                                      String columns, String... rows) throws Exception {
        return exportShapefile(db, dir, name, type, srid, prj, "UTF-8", columns, rows);
    }

    /**
     * Writes a small polygon shapefile in RD New whose {@code .dbf} texts are bytes of {@code encoding}, without a
     * {@code .cpg}, as a GIS tool that writes none might.
     */
    public static Path writeShapefileIn(SpatialDatabase db, Path dir, String name, String encoding, String columns,
                                        String... rows) throws Exception {
        String rdNew = Files.readString(TestData.dataDir().resolve("geo/gemeenten_2024.prj"));
        return exportShapefile(db, dir, name, "POLYGON", 28992, rdNew, encoding, columns, rows);
    }

    private static Path exportShapefile(SpatialDatabase db, Path dir, String name, String type, int srid, String prj,
                                        String encoding, String columns, String... rows) throws Exception {
        String table = "T_" + name.toUpperCase();
        try (Statement st = db.connection().createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute("CREATE TABLE " + table + " (THE_GEOM GEOMETRY(" + type + ", " + srid + "), " + columns + ")");
            for (String row : rows) {
                st.execute("INSERT INTO " + table + " VALUES (" + row + ")");
            }
        }
        Path shp = dir.resolve(name + ".shp");
        SHPWrite.exportTable(db.connection(), shp.toString(), table, encoding, true);
        Files.writeString(dir.resolve(name + ".prj"), prj);
        return shp;
    }

    // ---- region files; each returns the file

    /** 200 MB, sparse: the size is real, the disk is spared. */
    public static Path json200Mb(Path dir) throws IOException {
        Path file = dir.resolve("groot.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        return file;
    }

    /** 10,000 arrays inside each other. */
    public static Path jsonNested10000Deep(Path dir) throws IOException {
        Path file = dir.resolve("diep.json");
        Files.writeString(file, "[".repeat(10_000) + "]".repeat(10_000));
        return file;
    }

    /** The small regions file with a closing brace on a line of its own below it (line 54), as a hand edit leaves one. */
    public static Path strayBraceBelowTheDocument(Path dir) throws IOException {
        return Files.writeString(dir.resolve("haakje-te-veel.json"), sample() + "}\n");
    }

    /**
     * A case of Landelijk groen onderwijs (line 49) whose summary is a 2 MB text pasted in whole; it starts at
     * column 48.
     */
    public static Path caseSummaryOf2Mb(Path dir) throws IOException {
        String json = sample().replace("\"members\": [],\n      \"cases\": [],", "\"members\": [],\n      \"cases\": "
                + "[ { \"id\": \"groen-1\", \"summary\": \"" + "Groen leren. ".repeat(160_000) + "\" } ],");
        return Files.writeString(dir.resolve("lange-samenvatting.json"), json);
    }

    /** Steenwijkerland's published name in Zwolle en omgeving (line 28) as 100 arrays inside each other. */
    public static Path memberNested100Deep(Path dir) throws IOException {
        String json = sample().replace("\"publishedName\": \"Steenwijkerland\"",
                "\"publishedName\": " + "[".repeat(100) + "]".repeat(100));
        return Files.writeString(dir.resolve("te-diep.json"), json);
    }

    /** The small regions file with a lead byte followed by an ASCII letter in line 28: not UTF-8. */
    public static Path invalidUtf8(Path dir) throws IOException {
        String sample = sample();
        byte[] bad = sample.getBytes(StandardCharsets.UTF_8);
        bad[sample.indexOf("Steenwijkerland")] = (byte) 0xC3;
        Path file = dir.resolve("latin1.json");
        Files.write(file, bad);
        return file;
    }

    /** Zwolle listed 100,000 times over in its region (plus Steenwijkerland once). */
    public static Path regionWith100000Members(Path dir) throws IOException {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            members.append(i == 0 ? "" : ",").append("{ \"code\": \"GM0193\", \"publishedName\": \"Zwolle ").append(i)
                    .append("\" }");
        }
        String json = sample().replace("{ \"code\": \"GM0193\", \"publishedName\": \"Zwolle\" },", members + ",");
        Path file = dir.resolve("enorm.json");
        Files.writeString(file, json);
        return file;
    }

    /** Steenwijkerland's code as {@code 1708}, without the GM the CBS writes (line 28). */
    public static Path codeInTheWrongFormat(Path dir) throws IOException {
        Path file = dir.resolve("zonder-gm.json");
        Files.writeString(file, sample().replace("GM1708", "1708"), StandardCharsets.UTF_8);
        return file;
    }

    /** A region file of 0 bytes. */
    public static Path emptyJson(Path dir) throws IOException {
        return Files.write(dir.resolve("leeg.json"), new byte[0]);
    }
}
