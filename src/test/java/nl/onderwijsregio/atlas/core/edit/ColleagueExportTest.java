package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.ShapefileCrs;
import nl.onderwijsregio.atlas.core.data.ShapefileReader;
import nl.onderwijsregio.atlas.core.data.SpatialDatabase;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class ColleagueExportTest {

    @TempDir
    Path dir;

    /** Oost-Nederland with Deventer: Zwolle, Raalte and Deventer dissolve into one L-shaped polygon. */
    private final Atlas atlas = Edits.addMembers(EditFixture.atlas(), "oost-nederland", List.of(EditFixture.DEVENTER), null)
            .apply(EditFixture.atlas());

    @Test
    void theShapefileReadsBackWithTheSameGeometriesAndAttributes() throws Exception {
        Path shp = dir.resolve("regios_po.shp");
        ColleagueExport.shapefile(atlas, Sector.PO, shp);

        assertEquals("UTF-8", Files.readString(dir.resolve("regios_po.cpg")));
        String prj = Files.readString(dir.resolve("regios_po.prj"));
        assertTrue(prj.endsWith("AUTHORITY[\"EPSG\",\"28992\"]]"));
        assertEquals(OptionalInt.of(28992), ShapefileCrs.recognise(prj));

        List<ShapefileReader.ShapeRecord> records;
        try (SpatialDatabase db = SpatialDatabase.open()) {
            records = new ShapefileReader(db).readPolygons(shp);
        }
        assertEquals(3, records.size());
        // Zwolle, Raalte and Deventer dissolved into an L; Venlo and Alkmaar each their own square.
        assertRecord(records.get(0), "oost-nederland", "Oost-Nederland", 3,
                "POLYGON ((200000 500000, 200000 510000, 220000 510000, 220000 490000, 210000 490000, 210000 500000,"
                        + " 200000 500000))");
        assertRecord(records.get(1), "noord-limburg", "Noord-Limburg", 1,
                "POLYGON ((210000 450000, 210000 460000, 220000 460000, 220000 450000, 210000 450000))");
        assertRecord(records.get(2), "noord-holland-noord", "Noord-Holland Noord", 1,
                "POLYGON ((170000 490000, 170000 500000, 180000 500000, 180000 490000, 170000 490000))");
    }

    /** dBASE counts the header's year from 1900: GDAL dated an export of 2026 to 1926 when H2GIS wrote 26. */
    @Test
    void theDbfHeaderDatesTheExportToday() throws Exception {
        LocalDate before = LocalDate.now();
        ColleagueExport.shapefile(atlas, Sector.PO, dir.resolve("regios_po.shp"));
        LocalDate after = LocalDate.now();

        byte[] header = Arrays.copyOf(Files.readAllBytes(dir.resolve("regios_po.dbf")), 4);
        LocalDate stamped = LocalDate.of(1900 + (header[1] & 0xff), header[2], header[3]);
        assertTrue(!stamped.isBefore(before) && !stamped.isAfter(after), "last update " + stamped);
        assertEquals(3, header[0], "still a dBASE III file without memo");
    }

    @Test
    void ogrinfoDatesTheExportToday() throws Exception {
        Path ogrinfo = ogrinfo();
        Path shp = dir.resolve("regios_po.shp");
        ColleagueExport.shapefile(atlas, Sector.PO, shp);
        String out = run(ogrinfo.toString(), "-al", "-so", shp.toString());
        LocalDate today = LocalDate.now();
        assertTrue(out.contains("DBF_DATE_LAST_UPDATE=" + today) || out.contains("DBF_DATE_LAST_UPDATE=" + today.minusDays(1)),
                out);
    }

    @Test
    void aDiskFullHalfWayThroughAnExportLeavesTheColleaguesShapefileAsItWas() throws Exception {
        Path shp = dir.resolve("regios_po.shp");
        ColleagueExport.shapefile(atlas, Sector.PO, shp);
        Map<String, byte[]> before = shapefileParts();

        Atlas withOlstWijhe = Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.OLST_WIJHE), null).apply(atlas);
        IOException e = assertThrows(IOException.class, () -> ColleagueExport.shapefile(withOlstWijhe, Sector.PO, shp,
                (conn, table, target) -> {
                    ColleagueExport.H2GIS.write(conn, table, target);
                    Files.write(target.resolveSibling("regios_po.dbf"), new byte[] {3, 126});
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", e.getMessage());

        Map<String, byte[]> after = shapefileParts();
        assertEquals(before.keySet(), after.keySet(), "no temporary folder or file is left behind");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " is the previous export's"));
    }

    @Test
    void anExportOverAShapefileWithAReadOnlyDbfIsRefusedAndLeavesEveryPartAsItWas() throws Exception {
        Path shp = dir.resolve("regios_po.shp");
        ColleagueExport.shapefile(EditFixture.atlas(), Sector.PO, shp);
        Path dbf = dir.resolve("regios_po.dbf");
        Files.setPosixFilePermissions(dbf, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Map<String, byte[]> before = shapefileParts();

        FileReadOnlyException e = assertThrows(FileReadOnlyException.class,
                () -> ColleagueExport.shapefile(atlas, Sector.PO, shp));

        assertEquals(dbf.toAbsolutePath(), e.file());
        Map<String, byte[]> after = shapefileParts();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " is the previous export's"));
    }

    @Test
    void aNewExportReplacesEveryPartOfThePreviousOne() throws Exception {
        Path shp = dir.resolve("regios_po.shp");
        ColleagueExport.shapefile(EditFixture.atlas(), Sector.PO, shp);
        ColleagueExport.shapefile(atlas, Sector.PO, shp);
        Map<String, byte[]> parts = shapefileParts();
        assertEquals(Set.of("regios_po.shp", "regios_po.shx", "regios_po.dbf", "regios_po.prj", "regios_po.cpg"),
                parts.keySet());
        try (SpatialDatabase db = SpatialDatabase.open()) {
            assertEquals(3, ((Number) new ShapefileReader(db).readPolygons(shp).get(0).attributes().get("MEMBERS")).intValue(),
                    "Oost-Nederland with Deventer");
        }
    }

    private Map<String, byte[]> shapefileParts() throws IOException {
        Map<String, byte[]> parts = new java.util.TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                parts.put(f.getFileName().toString(), Files.isDirectory(f) ? new byte[0] : Files.readAllBytes(f));
            }
        }
        return parts;
    }

    /** One region of the PO export as read back: all five fields, and its outline in RD New. */
    private static void assertRecord(ShapefileReader.ShapeRecord record, String id, String name, int members,
                                     String outline) throws Exception {
        assertEquals(Set.of("ID", "NAME", "SECTOR", "SECTORS", "MEMBERS"), record.attributes().keySet());
        assertEquals(id, record.text("ID"));
        assertEquals(name, record.text("NAME"));
        assertEquals("PO", record.text("SECTOR"));
        assertEquals("PO,VO", record.text("SECTORS"));
        assertEquals(members, ((Number) record.attributes().get("MEMBERS")).intValue(), id);
        assertTrue(record.rd().equalsTopo(new WKTReader().read(outline)), id + ": " + record.rd().toText());
    }

    @Test
    void ogrinfoReadsTheBundledDataExportAsRdNew() throws Exception {
        Path ogrinfo = ogrinfo();
        // The real regions: many parts and holes, where H2GIS alone writes record lengths GDAL refuses.
        int regions = ColleagueExport.dissolve(bundled(), Sector.PO).size();
        Path shp = dir.resolve("regios_po.shp");
        ColleagueExport.shapefile(bundled(), Sector.PO, shp);
        String out = run(ogrinfo.toString(), "-al", "-geom=SUMMARY", shp.toString());
        assertTrue(out.contains("Feature Count: " + regions), out);
        assertTrue(out.contains("\"EPSG\",28992") || out.contains("Amersfoort / RD New"), out);
        assertTrue(!out.contains("ERROR"), out);
        assertTrue(out.contains("Zwolle en omgeving"), "names read as UTF-8");
    }

    /** What QGIS users would see first: GDAL's own validity check, on both files, finds nothing to repair. */
    @Test
    void ogrinfoFindsEveryRegionOfTheBundledDataExportValid() throws Exception {
        Path ogrinfo = ogrinfo();
        Path shp = dir.resolve("regios_po.shp");
        ColleagueExport.shapefile(bundled(), Sector.PO, shp);
        Path json = dir.resolve("regios_po.geojson");
        Files.write(json, ColleagueExport.geoJson(bundled(), Sector.PO));
        for (Path file : List.of(shp, json)) {
            String out = run(ogrinfo.toString(), "-ro", "-q", "-dialect", "sqlite", "-sql",
                    "SELECT count(*) AS invalid FROM regios_po WHERE NOT ST_IsValid(geometry)", file.toString());
            assumeTrue(!out.contains("no such function"), "this GDAL has no SpatiaLite functions");
            assertTrue(out.contains("invalid (Integer) = 0"), file.getFileName() + ":\n" + out);
        }
    }

    private static Path ogrinfo() {
        var found = nl.onderwijsregio.atlas.ExternalTool.find("ogrinfo");
        assumeTrue(found.isPresent(), "gdal-bin is not installed");
        return found.get();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void geoJsonHoldsOneFeaturePerRegionOfTheSector() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ColleagueExport.geoJson(atlas, Sector.PO));
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals(3, root.get("features").size());
        JsonNode oost = root.get("features").get(0);
        assertEquals("Oost-Nederland", oost.get("properties").get("name").asText());
        assertEquals("Polygon", oost.get("geometry").get("type").asText());
    }

    /** GIS tools refuse or "repair" invalid shapes; the CBS borders' tiny mismatches made 68 of the 74 so. */
    @ParameterizedTest
    @EnumSource(Sector.class)
    void everyExportedRegionOfTheBundledDataIsValidInRdAndWgs84(Sector sector) {
        List<ColleagueExport.DissolvedRegion> regions = ColleagueExport.dissolve(bundled(), sector);
        assertTrue(regions.size() >= 20, sector + ": " + regions.size());
        List<String> invalid = new ArrayList<>();
        for (ColleagueExport.DissolvedRegion d : regions) {
            if (!d.rd().isValid()) {
                invalid.add(d.region().id() + " in RD");
            }
            if (!d.wgs84().isValid()) {
                invalid.add(d.region().id() + " in WGS84");
            }
        }
        assertEquals(List.of(), invalid);
    }

    /**
     * PO Oost-Nederland has 26 municipalities, each one polygon without holes. 25 of them border each other
     * in one piece from Zevenaar and Apeldoorn to Wierden; Tubbergen borders only Almelo, Borne, Dinkelland
     * (Twente en omstreken) and Twenterand (Zwolle en omgeving), so it is a part of its own. The region
     * encloses no other municipality: no holes. The plain coverage union made 15 parts and 13 holes of this.
     */
    @Test
    void poOostNederlandDissolvesIntoItsMainPieceAndTubbergenWithoutHoles() {
        ColleagueExport.DissolvedRegion oost = dissolved(Sector.PO, "oost-nederland");
        Geometry tubbergen = bundled().municipality("GM0183").orElseThrow().geometryRd();
        for (Geometry outline : List.of(oost.rd(), oost.wgs84())) {
            assertEquals(2, outline.getNumGeometries(), outline.getGeometryType());
            assertEquals(0, holes(outline));
        }
        Geometry smaller = smallestPart(oost.rd());
        assertTrue(smaller.covers(tubbergen.getInteriorPoint()));
        assertEquals(tubbergen.getArea(), smaller.getArea(), tubbergen.getArea() * 1e-6, "Tubbergen alone");
    }

    /** Brabant-Oost's 33 municipalities form one block without enclaves; the plain union made 7 parts of it. */
    @Test
    void poBrabantOostDissolvesIntoOnePolygonWithoutHoles() {
        ColleagueExport.DissolvedRegion brabantOost = dissolved(Sector.PO, "brabant-oost-po");
        for (Geometry outline : List.of(brabantOost.rd(), brabantOost.wgs84())) {
            assertTrue(outline instanceof Polygon, outline.getGeometryType() + " of " + outline.getNumGeometries());
            assertEquals(0, holes(outline));
        }
    }

    /** RFC 7946 §3.1.6; the union leaves them the other way round (every exterior ring ran clockwise). */
    @Test
    void geoJsonRingsRunCounterclockwiseOutsideAndClockwiseAroundHoles() throws Exception {
        int holes = 0;
        for (List<List<double[]>> polygon : geoJsonPolygons(bundled(), Sector.PO)) {
            assertTrue(signedArea(polygon.get(0)) > 0, "exterior ring counterclockwise");
            for (List<double[]> hole : polygon.subList(1, polygon.size())) {
                assertTrue(signedArea(hole) < 0, "hole clockwise");
                holes++;
            }
        }
        assertTrue(holes >= 10, "Amsterdam, Zeeland, Baarle-Hertog's enclaves ... have holes: " + holes);
    }

    /** The file's seven decimals are the grid the outline was dissolved on: writing does not spoil validity. */
    @ParameterizedTest
    @EnumSource(Sector.class)
    void theGeoJsonFileHoldsOnlyValidShapes(Sector sector) throws Exception {
        GeometryFactory factory = new GeometryFactory();
        for (List<List<double[]>> polygon : geoJsonPolygons(bundled(), sector)) {
            LinearRing[] rings = polygon.stream().map(ring -> factory.createLinearRing(ring.stream()
                    .map(c -> new Coordinate(c[0], c[1])).toArray(Coordinate[]::new))).toArray(LinearRing[]::new);
            Polygon read = factory.createPolygon(rings[0], Arrays.copyOfRange(rings, 1, rings.length));
            assertTrue(read.isValid(), read.toText());
        }
    }

    @Test
    void excelCsvStartsWithABomAndUsesWindowsLineEnds() {
        byte[] excel = ColleagueExport.membershipsExcel(atlas);
        assertEquals((byte) 0xEF, excel[0]);
        String text = new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("region_id;region_name;sectors;gm_code;gm_name\r\n"));
        assertTrue(text.contains("oost-nederland;Oost-Nederland;PO,VO;GM0150;Deventer\r\n"), text);
        assertEquals(new String(ColleagueExport.membershipsCsv(atlas), StandardCharsets.UTF_8), text.replace("\r\n", "\n"));
    }

    @Test
    void theDiffReportNamesAddedMembersAndChangedFigures() {
        Atlas changed = Edits.setKeyFigure(atlas, "noord-limburg", nl.onderwijsregio.atlas.core.model.KeyFigure.OPLEIDERS,
                4L, null).apply(atlas);
        Map<String, String> texts = Map.of("editor.diff.memberAdded", "{0}: {1} ({2}) toegevoegd",
                "editor.diff.figure", "{0}: {1} {2} → {3}", "editor.figure.opleiders", "Opleiders");
        String report = ColleagueExport.diffReport(changed.data(), EditFixture.atlas().data(),
                c -> changed.municipality(c).orElseThrow().name(),
                Description.Formatter.of(texts::get, Locale.forLanguageTag("nl")), "Verschillen");
        assertEquals("Verschillen\n- Oost-Nederland: Deventer (GM0150) toegevoegd\n- Noord-Limburg: Opleiders – → 4\n", report);
    }

    @Test
    void theDiffReportNamesARegionAddedWithItsNumberOfMunicipalities() {
        Atlas base = EditFixture.atlas();
        Atlas withNew = Edits.createRegion(base, "Stedendriehoek", Set.of(Sector.PO)).apply(base);
        withNew = Edits.addMembers(withNew, "stedendriehoek", List.of(EditFixture.DEVENTER, EditFixture.APELDOORN),
                null).apply(withNew);

        assertEquals("Verschillen\n- Regio „Stedendriehoek” toegevoegd (2 gemeenten)\n", dutchReport(withNew, base));
    }

    @Test
    void theDiffReportNamesARegionRemoved() {
        Atlas base = EditFixture.atlas();
        Atlas withoutVenlo = Edits.deleteRegion(base, "noord-limburg", null).apply(base);

        assertEquals("Verschillen\n- Regio „Noord-Limburg” verwijderd\n", dutchReport(withoutVenlo, base));
    }

    @Test
    void theDiffReportNamesAMemberRemovedFromItsRegion() {
        Atlas base = EditFixture.atlas();
        Atlas withoutRaalte = Edits.removeMembers(base, "oost-nederland", List.of(EditFixture.RAALTE), null).apply(base);

        assertEquals("Verschillen\n- Oost-Nederland: Raalte (GM0177) verwijderd\n", dutchReport(withoutRaalte, base));
    }

    @Test
    void theDiffReportWordsAScopeChangeInDutch() {
        Atlas base = EditFixture.atlas();
        Atlas national = Edits.setScope(base, "noord-holland-noord", nl.onderwijsregio.atlas.core.model.Scope.NATIONAL,
                null).apply(base);

        assertEquals("Verschillen\n- Noord-Holland Noord: bereik regionaal → landelijk\n", dutchReport(national, base));
    }

    /**
     * A colleague's file read against the loaded boundaries may hold a code they do not know (a typing error, a
     * code from another edition): it is marked as such, not passed off as a municipality removed.
     */
    @Test
    void theDiffReportMarksACodeTheLoadedBoundariesDoNotKnow() {
        Atlas current = EditFixture.atlas();
        Region noordLimburg = current.region("noord-limburg").orElseThrow();
        Atlas theirs = current.withRegion(noordLimburg.withMembers(List.of(new MemberRef(EditFixture.VENLO, "Venlo"),
                new MemberRef("GM9999", "Apeldoorn"))));
        ResourceBundle texts = Language.bundle("editor", Language.DUTCH);

        String report = ColleagueExport.diffReport(current.data(), theirs.data(),
                c -> current.municipality(c).map(nl.onderwijsregio.atlas.core.model.Municipality::name).orElse(c),
                Description.Formatter.of(texts::getString, Language.DUTCH), "Verschillen");

        assertEquals("Verschillen\n- Noord-Limburg: Apeldoorn (GM9999, onbekende code) verwijderd\n", report);
    }

    /** The report from {@code other} to {@code current} in the editor's Dutch texts, as the app writes it. */
    private static String dutchReport(Atlas current, Atlas other) {
        ResourceBundle texts = Language.bundle("editor", Language.DUTCH);
        return ColleagueExport.diffReport(current.data(), other.data(),
                c -> current.municipality(c).orElseThrow().name(),
                Description.Formatter.of(texts::getString, Language.DUTCH), "Verschillen");
    }

    private static ColleagueExport.DissolvedRegion dissolved(Sector sector, String id) {
        return ColleagueExport.dissolve(bundled(), sector).stream().filter(d -> d.region().id().equals(id))
                .findFirst().orElseThrow();
    }

    private static int holes(Geometry outline) {
        int holes = 0;
        for (int i = 0; i < outline.getNumGeometries(); i++) {
            holes += ((Polygon) outline.getGeometryN(i)).getNumInteriorRing();
        }
        return holes;
    }

    private static Geometry smallestPart(Geometry outline) {
        Geometry smallest = outline.getGeometryN(0);
        for (int i = 1; i < outline.getNumGeometries(); i++) {
            if (outline.getGeometryN(i).getArea() < smallest.getArea()) {
                smallest = outline.getGeometryN(i);
            }
        }
        return smallest;
    }

    /** Every polygon of the sector's GeoJSON, as its rings of lon/lat pairs. */
    private static List<List<List<double[]>>> geoJsonPolygons(Atlas atlas, Sector sector) throws IOException {
        List<List<List<double[]>>> polygons = new ArrayList<>();
        for (JsonNode feature : new ObjectMapper().readTree(ColleagueExport.geoJson(atlas, sector)).get("features")) {
            JsonNode geometry = feature.get("geometry");
            JsonNode coordinates = geometry.get("coordinates");
            boolean single = "Polygon".equals(geometry.get("type").asText());
            for (JsonNode polygon : single ? List.of(coordinates) : coordinates) {
                List<List<double[]>> rings = new ArrayList<>();
                for (JsonNode ring : polygon) {
                    List<double[]> points = new ArrayList<>();
                    ring.forEach(c -> points.add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()}));
                    rings.add(points);
                }
                polygons.add(rings);
            }
        }
        return polygons;
    }

    /** The shoelace sum: positive for a counterclockwise ring in lon/lat. */
    private static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return sum / 2;
    }

    /** The bundled data, loaded once for the whole run (see {@link TestData#bundledAtlas()}). */
    private static Atlas bundled() {
        try {
            return TestData.bundledAtlas();
        } catch (DataLoadException e) {
            throw new IllegalStateException(e);
        }
    }
}
