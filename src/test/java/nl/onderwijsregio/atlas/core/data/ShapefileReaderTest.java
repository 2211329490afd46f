package nl.onderwijsregio.atlas.core.data;

import nl.onderwijsregio.atlas.core.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The municipality boundaries load as published, and every broken shapefile gets a clear message. */
class ShapefileReaderTest {

    private static SpatialDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws DataLoadException {
        db = SpatialDatabase.open();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private List<Municipality> read(Path shp) throws DataLoadException {
        return new BoundaryReader(db).readMunicipalities(shp);
    }

    @Test
    void bundledBoundariesHold342MunicipalitiesWithProvinces() throws Exception {
        List<Municipality> all = read(TestData.municipalityShp());
        assertEquals(342, all.size());
        Municipality zwolle = all.stream().filter(m -> m.code().equals("GM0193")).findFirst().orElseThrow();
        assertEquals("Zwolle", zwolle.name());
        assertEquals("Overijssel", zwolle.province());
        // RD New: Zwolle lies around x 203 km, y 503 km; WGS84 around 6.1 E, 52.5 N.
        Coordinate rd = zwolle.geometryRd().getCentroid().getCoordinate();
        assertEquals(203_000, rd.x, 5_000);
        assertEquals(503_000, rd.y, 5_000);
        Coordinate wgs = zwolle.geometryWgs84().getCentroid().getCoordinate();
        assertEquals(6.10, wgs.x, 0.05);
        assertEquals(52.51, wgs.y, 0.05);
    }

    @Test
    void dbfTextIsReadInTheEncodingOfTheCpg() throws Exception {
        Municipality sudwest = read(TestData.municipalityShp()).stream()
                .filter(m -> m.code().equals("GM1900")).findFirst().orElseThrow();
        assertEquals("Súdwest-Fryslân", sudwest.name());
        assertEquals("Fryslân", sudwest.province());
    }

    // Two Frisian municipalities, as squares of 1 km near Sneek and Drachten in RD New.
    private static final String SUDWEST_FRYSLAN = "ST_GeomFromText('POLYGON((170000 560000, 171000 560000,"
            + " 171000 561000, 170000 561000, 170000 560000))', 28992), 'GM1900', 'Súdwest-Fryslân', 'Fryslân'";
    private static final String SMALLINGERLAND = "ST_GeomFromText('POLYGON((197000 572000, 198000 572000,"
            + " 198000 573000, 197000 573000, 197000 572000))', 28992), 'GM0090', 'Smallingerland', 'Fryslân'";

    private Path frisianMunicipalitiesIn(String encoding) throws Exception {
        return BrokenInputs.writeShapefileIn(db, dir, "fryslan", encoding, "CODE VARCHAR, NAAM VARCHAR,"
                + " PROVINCIE VARCHAR", SUDWEST_FRYSLAN, SMALLINGERLAND);
    }

    private static String names(BoundaryReader.Boundaries read) {
        return read.municipalities().stream().map(m -> m.name() + " (" + m.province() + ")").toList().toString();
    }

    @Test
    void utf8NamesUnderALatin1CpgAreReadAsUtf8AndSaidSoWithAnExample() throws Exception {
        Path shp = frisianMunicipalitiesIn("UTF-8");
        Files.writeString(dir.resolve("fryslan.cpg"), "latin1");

        BoundaryReader.Boundaries read = new BoundaryReader(db).readBoundaries(shp);

        assertEquals("[Súdwest-Fryslân (Fryslân), Smallingerland (Fryslân)]", names(read));
        assertEquals(1, read.notices().size());
        assertEquals("Namen in fryslan.dbf zijn UTF-8, maar fryslan.cpg zegt latin1: gelezen als UTF-8, bv."
                + " Súdwest-Fryslân. Zet UTF-8 in fryslan.cpg.", read.notices().get(0).in(Language.DUTCH));
        assertEquals("Names in fryslan.dbf are UTF-8, but fryslan.cpg says latin1: read as UTF-8, e.g."
                + " Súdwest-Fryslân. Put UTF-8 in fryslan.cpg.", read.notices().get(0).in(Locale.ENGLISH));
    }

    @Test
    void utf8NamesWithoutACpgAreReadAsUtf8AndSaidSo() throws Exception {
        BoundaryReader.Boundaries read = new BoundaryReader(db).readBoundaries(frisianMunicipalitiesIn("UTF-8"));

        assertEquals("[Súdwest-Fryslân (Fryslân), Smallingerland (Fryslân)]", names(read));
        assertEquals("Namen in fryslan.dbf zijn UTF-8, maar er is geen fryslan.cpg (dan geldt Latin-1): gelezen als"
                + " UTF-8, bv. Súdwest-Fryslân. Zet een bestand fryslan.cpg met de tekst UTF-8 naast de shapefile.",
                read.notices().get(0).in(Language.DUTCH));
    }

    @Test
    void latin1NamesUnderALatin1CpgOrWithoutOneStayLatin1WithoutANotice() throws Exception {
        Path shp = frisianMunicipalitiesIn("ISO-8859-1");
        BoundaryReader.Boundaries withoutCpg = new BoundaryReader(db).readBoundaries(shp);
        Files.writeString(dir.resolve("fryslan.cpg"), "latin1");
        BoundaryReader.Boundaries withCpg = new BoundaryReader(db).readBoundaries(shp);

        for (BoundaryReader.Boundaries read : List.of(withoutCpg, withCpg)) {
            assertEquals("[Súdwest-Fryslân (Fryslân), Smallingerland (Fryslân)]", names(read));
            assertEquals(List.of(), read.notices());
        }
    }

    @Test
    void latin1NamesUnderACpgSayingUtf8AreReadAsWindows1252AndSaidSo() throws Exception {
        Path shp = frisianMunicipalitiesIn("ISO-8859-1");
        Files.writeString(dir.resolve("fryslan.cpg"), "UTF-8");

        BoundaryReader.Boundaries read = new BoundaryReader(db).readBoundaries(shp);

        assertEquals("[Súdwest-Fryslân (Fryslân), Smallingerland (Fryslân)]", names(read));
        assertEquals(List.of("Namen in fryslan.dbf zijn geen UTF-8, hoewel fryslan.cpg dat zegt: gelezen als"
                + " Windows-1252, bv. Súdwest-Fryslân. Zet 1252 in fryslan.cpg, of sla de namen op als UTF-8."),
                read.notices().stream().map(n -> n.in(Language.DUTCH)).toList());
    }

    @Test
    void utf8NamesUnderACpgSayingUtf8LoadWithoutANotice() throws Exception {
        Path shp = frisianMunicipalitiesIn("UTF-8");
        Files.writeString(dir.resolve("fryslan.cpg"), "UTF-8");

        BoundaryReader.Boundaries read = new BoundaryReader(db).readBoundaries(shp);

        assertEquals("[Súdwest-Fryslân (Fryslân), Smallingerland (Fryslân)]", names(read));
        assertEquals(List.of(), read.notices());
    }

    @Test
    void namesOfWhichOneIsNoUtf8AreReadAsTheCpgSays() {
        // "Fryslân" in Latin-1 bytes: â followed by a plain n is no UTF-8, so the UTF-8-looking one is a coincidence.
        List<byte[]> texts = List.of("Súdwest-Fryslân".getBytes(StandardCharsets.UTF_8),
                "Fryslân".getBytes(StandardCharsets.ISO_8859_1), "Smallingerland".getBytes(StandardCharsets.US_ASCII));
        assertEquals(null, DbfEncoding.utf8Example(texts));
    }

    @Test
    void theBundledBoundariesWithTheirCpgSayingLatin1AreReadAsUtf8AndSaidSo() throws Exception {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.writeString(dir.resolve("gemeenten_2024.cpg"), "latin1");

        AtlasLoader.Loaded loaded = new AtlasLoader().loadFiles(shp,
                TestData.dataDir().resolve(AtlasLoader.REGION_FILE), false);

        assertEquals("Súdwest-Fryslân", loaded.atlas().municipality("GM1900").orElseThrow().name());
        assertEquals(List.of("Namen in gemeenten_2024.dbf zijn UTF-8, maar gemeenten_2024.cpg zegt latin1: gelezen"
                + " als UTF-8, bv. Súdwest-Fryslân. Zet UTF-8 in gemeenten_2024.cpg."),
                loaded.notices().stream().map(n -> n.in(Language.DUTCH)).toList());
    }

    @Test
    void theBundledBoundariesAsTheyAreLoadWithoutANotice() throws Exception {
        assertEquals(List.of(), new BoundaryReader(db).readBoundaries(TestData.municipalityShp()).notices());
    }

    @Test
    void boundariesOpenedFromAFolderWithoutBackgroundLayersGetTheBundledOnes() throws Exception {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        var atlas = new AtlasLoader().load(shp, TestData.dataDir().resolve(AtlasLoader.REGION_FILE));
        assertEquals(342, atlas.municipalities().size());
        assertTrue(atlas.basemap().countries().size() > 6, "Belgium, Germany, England, ... around the country");
        assertTrue(atlas.basemap().netherlands() != null, "and the Dutch land outline");
    }

    @Test
    void missingShxIsNamed() throws Exception {
        Path shp = BrokenInputs.withoutShx(dir);
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertTrue(e.getMessage().contains("gemeenten_2024.shx is missing"), e.getMessage());
    }

    @Test
    void missingDbfIsNamed() throws Exception {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.delete(dir.resolve("gemeenten_2024.dbf"));
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertTrue(e.getMessage().contains("gemeenten_2024.dbf is missing"), e.getMessage());
    }

    @Test
    void missingPrjIsNamed() throws Exception {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.delete(dir.resolve("gemeenten_2024.prj"));
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertTrue(e.getMessage().contains("gemeenten_2024.prj is missing"), e.getMessage());
    }

    @Test
    void truncatedShpSaysWhichRecordIsCut() throws Exception {
        Path shp = BrokenInputs.truncatedShp(dir);
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertEquals(shp, e.file());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void aShapefileCutShortIsToldInDutchAndInEnglishWithBothSizes() throws Exception {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        long size = BrokenInputs.cutInHalf(shp);
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertEquals(shp + ": het bestand is afgekapt: de kop meldt " + size + " bytes, er zijn er " + size / 2,
                e.message(Language.DUTCH));
        assertEquals(shp + ": the file is truncated: its header says " + size + " bytes, but it has " + size / 2,
                e.message(Locale.ENGLISH));
    }

    @Test
    void aRecordCutShortIsNamedInDutchAndInEnglish() throws Exception {
        // Two squares of five points: 100 bytes of header, then two records of 8 + 128 bytes each.
        Path shp = writeShapefile("afgekapt", "POLYGON", "CODE VARCHAR, NAAM VARCHAR",
                "ST_GeomFromText('POLYGON((0 0, 0 10, 10 10, 10 0, 0 0))', 28992), 'GM0193', 'Zwolle'",
                "ST_GeomFromText('POLYGON((10 0, 10 10, 20 10, 20 0, 10 0))', 28992), 'GM1708', 'Steenwijkerland'");
        assertEquals(372, Files.size(shp));
        try (RandomAccessFile f = new RandomAccessFile(shp.toFile(), "rw")) {
            f.setLength(300);
            f.seek(24); // the header's file length, in 16-bit words: a writer that stopped halfway but updated it
            f.writeInt(150);
        }
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertEquals(shp + ", record 2: het bestand is afgekapt: het record eindigt bij byte 372, maar het bestand"
                + " telt er 300", e.message(Language.DUTCH));
        assertEquals(shp + ", record 2: the file is truncated: the record ends at byte 372, but the file has 300",
                e.message(Locale.ENGLISH));
        assertEquals(e.message(Locale.ENGLISH), e.getMessage(), "logs keep English");
    }

    @Test
    void unknownCrsIsRefusedWithItsName() throws Exception {
        Path shp = TestData.copyMunicipalityShapefile(dir);
        Files.writeString(dir.resolve("gemeenten_2024.prj"),
                "PROJCS[\"ETRS89_UTM_zone_31N\",GEOGCS[\"GCS_ETRS_1989\"],PROJECTION[\"Transverse_Mercator\"]]");
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertTrue(e.getMessage().contains("unknown coordinate reference system"), e.getMessage());
        assertTrue(e.getMessage().contains("ETRS89_UTM_zone_31N"), e.getMessage());
    }

    @Test
    void pointsWhereMunicipalityPolygonsBelongAreRefusedWithTheRecord() throws Exception {
        Path shp = writeShapefile("points", "POINT", "CODE VARCHAR, NAAM VARCHAR",
                "ST_GeomFromText('POINT(203000 503000)', 28992), 'GM0193', 'Zwolle'");
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertEquals("record 1", e.location());
        assertTrue(e.problem().contains("Point"), e.getMessage());
    }

    @Test
    void linesWhereMunicipalityPolygonsBelongAreRefusedInDutchAndInEnglish() throws Exception {
        // A colleague exported Zwolle's border as a line instead of its area.
        Path shp = writeShapefile("lines", "LINESTRING", "CODE VARCHAR, NAAM VARCHAR",
                "ST_GeomFromText('LINESTRING(200000 500000, 206000 500000, 206000 506000)', 28992), 'GM0193', 'Zwolle'");
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertEquals(shp + ", record 1: the geometry is a MultiLineString, but polygons are expected",
                e.message(Locale.ENGLISH));
        assertEquals(shp + ", record 1: de geometrie is een MultiLineString, maar er worden vlakken (polygonen)"
                + " verwacht", e.message(Language.DUTCH));
    }

    @Test
    void aMunicipalityInWgs84LandsWhereItBelongs() throws Exception {
        // A square of about 700 m around Zwolle's Grote Kerk, saved in EPSG:4326 as QGIS does.
        String square = BrokenInputs.zwolleSquareWgs84();
        Path shp = BrokenInputs.wgs84Shapefile(dir);

        Municipality zwolle = read(shp).get(0);

        // The shapefile turns it into a clockwise multipolygon; the points are the same.
        Geometry given = new WKTReader().read(square);
        assertTrue(zwolle.geometryWgs84().equalsTopo(given), "WGS84 kept as given: " + zwolle.geometryWgs84());
        Municipality bundled = read(TestData.municipalityShp()).stream()
                .filter(m -> m.code().equals("GM0193")).findFirst().orElseThrow();
        assertTrue(bundled.geometryRd().contains(zwolle.geometryRd()),
                "in RD New it lies inside Zwolle as the bundled boundaries draw it: " + zwolle.geometryRd());
    }

    @Test
    void metresUnderAWgs84PrjAreRefusedAsRdNewMetres() throws Exception {
        Path shp = BrokenInputs.metresUnderWgs84Prj(dir);
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertEquals(shp + ": de coördinaten passen niet bij het coördinatenstelsel dat gemeenten_2024.prj noemt: die"
                + " zegt WGS84 (EPSG:4326), maar de coördinaten lopen van x 13565 tot 278026, y 306846 tot 619232; dat"
                + " zijn meters, zoals in RD New (EPSG:28992). Zet de .prj die bij de coördinaten hoort naast de"
                + " shapefile, of zet de coördinaten om naar WGS84 (EPSG:4326)", e.message(Language.DUTCH));
        assertTrue(e.getMessage().contains("those are metres, as in RD New (EPSG:28992)"), e.getMessage());
    }

    @Test
    void webMercatorMetresUnderAnRdNewPrjAreRefusedAsNotInTheNetherlands() throws Exception {
        // Zwolle as a web map has it (EPSG:3857), saved with the .prj of RD New.
        Path shp = writeShapefile("webmercator", "POLYGON", "CODE VARCHAR, NAAM VARCHAR",
                "ST_GeomFromText('POLYGON((677000 6890000, 680000 6890000, 680000 6893000, 677000 6893000,"
                        + " 677000 6890000))', 28992), 'GM0193', 'Zwolle'");
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertTrue(e.getMessage().endsWith(": the coordinates do not fit the coordinate system webmercator.prj states:"
                + " it says RD New (EPSG:28992), but the coordinates run from x 677000 to 680000, y 6890000 to 6893000;"
                + " that is not in or near the Netherlands. Put the .prj that belongs to the coordinates beside the"
                + " shapefile, or convert the coordinates to RD New (EPSG:28992)"), e.getMessage());
    }

    @Test
    void dbfWithoutCodeFieldSaysWhichFieldIsMissing() throws Exception {
        Path shp = writeShapefile("nocode", "POLYGON", "NAAM VARCHAR",
                "ST_GeomFromText('POLYGON((200000 500000, 200010 500000, 200010 500010, 200000 500010, 200000 500000))',"
                        + " 28992), 'Zwolle'");
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertTrue(e.getMessage().contains("no field code"), e.getMessage());
        assertTrue(e.file().toString().endsWith(".dbf"), e.getMessage());
    }

    @Test
    void duplicateMunicipalityCodeNamesBothRecords() throws Exception {
        Path shp = writeShapefile("twice", "POLYGON", "CODE VARCHAR, NAAM VARCHAR",
                "ST_GeomFromText('POLYGON((200000 500000, 200010 500000, 200010 500010, 200000 500010, 200000 500000))',"
                        + " 28992), 'GM0193', 'Zwolle'",
                "ST_GeomFromText('POLYGON((200010 500000, 200020 500000, 200020 500010, 200010 500010, 200010 500000))',"
                        + " 28992), 'GM0193', 'Zwolle'");
        var e = assertThrows(DataLoadException.class, () -> read(shp));
        assertEquals("record 2", e.location());
        assertTrue(e.problem().contains("GM0193 occurs twice (also in record 1)"), e.getMessage());
    }

    @Test
    void missingFileSaysNotFound() {
        var e = assertThrows(DataLoadException.class, () -> read(dir.resolve("nergens.shp")));
        assertTrue(e.getMessage().endsWith("file not found"), e.getMessage());
    }

    private Path writeShapefile(String name, String type, String columns, String... rows) throws Exception {
        return BrokenInputs.writeShapefile(db, dir, name, type, columns, rows);
    }

    private Path writeShapefile(String name, String type, int srid, String prj, String columns, String... rows)
            throws Exception {
        return BrokenInputs.writeShapefile(db, dir, name, type, srid, prj, columns, rows);
    }
}
