package nl.onderwijsregio.atlas.core.edit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.onderwijsregio.atlas.core.data.CsvExport;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.JsonLimits;
import nl.onderwijsregio.atlas.core.data.SpatialDatabase;
import nl.onderwijsregio.atlas.core.geo.RegionOutline;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.h2gis.functions.io.shp.SHPWrite;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Files for colleagues working in Excel or QGIS: the memberships as CSV (the CLI's format, and an
 * Excel-friendly variant), each sector's regions dissolved into one shape per region as GeoJSON (WGS84)
 * or as a shapefile (RD New, with a {@code .prj} naming EPSG:28992 and a UTF-8 {@code .cpg}), and a
 * plain-text report of the differences with another region file. Every file is written atomically; the
 * parts of a shapefile are all written before the first replaces its predecessor.
 */
public final class ColleagueExport {

    /** The OGC WKT of Amersfoort / RD New with its EPSG authority, so GIS tools need not guess. */
    public static final String RD_NEW_PRJ = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
            + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],"
            + "TOWGS84[565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725],AUTHORITY[\"EPSG\",\"6289\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
            + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"],"
            + "PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889],"
            + "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],"
            + "PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
            + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    /**
     * RD New outlines are dissolved on a centimetre grid: finer than anything the generalised borders show,
     * yet far coarser than the nanometres by which neighbours' copies of a shared vertex differ.
     */
    static final PrecisionModel RD_GRID = new PrecisionModel(100);

    /**
     * GeoJSON coordinates have seven decimals, about a centimetre. The outline is dissolved on that grid, so
     * the file holds exactly the shape whose validity was checked, not a rounding of it.
     */
    static final PrecisionModel WGS84_GRID = new PrecisionModel(1e7);

    /** One region of a sector as one dissolved shape. */
    public record DissolvedRegion(Region region, Geometry rd, Geometry wgs84) {
    }

    private ColleagueExport() {
    }

    /** The CLI's membership CSV: UTF-8, {@code ;}-separated, "\n" line ends. */
    public static byte[] membershipsCsv(Atlas atlas) {
        return CsvExport.memberships(atlas).getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows for Excel: a byte-order mark so Excel reads UTF-8 (Fryslân, Súdwest), and "\r\n". */
    public static byte[] membershipsExcel(Atlas atlas) {
        return CsvExport.utf8ForExcel(CsvExport.memberships(atlas).replace("\n", "\r\n"));
    }

    /** The regional regions serving {@code sector} that have members, each dissolved, in data order. */
    public static List<DissolvedRegion> dissolve(Atlas atlas, Sector sector) {
        List<DissolvedRegion> result = new ArrayList<>();
        for (Region r : atlas.regionsServing(sector)) {
            if (r.scope() == Scope.NATIONAL) {
                continue;
            }
            List<Municipality> ms = r.memberCodes().stream().map(atlas::municipality)
                    .flatMap(java.util.Optional::stream).toList();
            if (ms.isEmpty()) {
                continue;
            }
            Geometry rd = RegionOutline.dissolveOnGrid(
                    ms.stream().map(Municipality::geometryRd).filter(Objects::nonNull).toList(), RD_GRID);
            Geometry wgs = RegionOutline.dissolveOnGrid(
                    ms.stream().map(Municipality::geometryWgs84).filter(Objects::nonNull).toList(), WGS84_GRID);
            result.add(new DissolvedRegion(r, rd, wgs));
        }
        return result;
    }

    /** A GeoJSON FeatureCollection (RFC 7946, WGS84 lon/lat) of the sector's dissolved regions. */
    public static byte[] geoJson(Atlas atlas, Sector sector) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonLimits.factory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (DissolvedRegion d : dissolve(atlas, sector)) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                g.writeStringField("id", d.region().id());
                g.writeStringField("name", d.region().displayName());
                g.writeStringField("sector", sector.name());
                g.writeStringField("sectors", sectors(d.region()));
                g.writeNumberField("members", d.region().memberCodes().size());
                g.writeEndObject();
                g.writeFieldName("geometry");
                geometry(g, d.wgs84());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void geometry(JsonGenerator g, Geometry geom) throws IOException {
        g.writeStartObject();
        if (geom instanceof Polygon p) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, p);
        } else {
            g.writeStringField("type", "MultiPolygon");
            g.writeArrayFieldStart("coordinates");
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                if (geom.getGeometryN(i) instanceof Polygon p) {
                    polygon(g, p);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise, whichever way the union left them. */
    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        g.writeStartArray();
        ring(g, p.getExteriorRing().getCoordinates(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(g, p.getInteriorRingN(i).getCoordinates(), false);
        }
        g.writeEndArray();
    }

    private static void ring(JsonGenerator g, Coordinate[] coords, boolean counterclockwise) throws IOException {
        if (Orientation.isCCW(coords) != counterclockwise) {
            coords = coords.clone();
            CoordinateArrays.reverse(coords);
        }
        g.writeStartArray();
        for (Coordinate c : coords) {
            g.writeStartArray();
            g.writeNumber(WGS84_GRID.makePrecise(c.x));
            g.writeNumber(WGS84_GRID.makePrecise(c.y));
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /**
     * Writes the sector's dissolved regions as a shapefile in RD New with fields ID, NAME, SECTOR, SECTORS
     * and MEMBERS, through H2GIS, then the {@code .prj} (EPSG:28992) and {@code .cpg} (UTF-8) it does not write.
     */
    public static void shapefile(Atlas atlas, Sector sector, Path shp) throws IOException {
        shapefile(atlas, sector, shp, H2GIS);
    }

    /** Writes a table's {@code .shp}, {@code .shx} and {@code .dbf}; the seam where a test plays a full disk. */
    @FunctionalInterface
    interface ShapeWriter {
        void write(Connection conn, String table, Path shp) throws IOException, SQLException;
    }

    static final ShapeWriter H2GIS = (conn, table, shp) -> SHPWrite.exportTable(conn, shp.toString(), table, "UTF-8", true);

    static void shapefile(Atlas atlas, Sector sector, Path shp, ShapeWriter writer) throws IOException {
        Path target = shp.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // H2GIS deletes the old parts and writes the new ones in place: staged in a folder beside the target, a
        // failure half-way leaves the colleague's previous export whole, and the parts replace it only once all
        // are written.
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        try {
            Path staged = staging.resolve(target.getFileName());
            exportTable(atlas, sector, staged, writer);
            repairRecordLengths(staged);
            stampLastUpdate(sibling(staged, ".dbf"), LocalDate.now());
            Files.write(sibling(staged, ".prj"), RD_NEW_PRJ.getBytes(StandardCharsets.US_ASCII));
            Files.write(sibling(staged, ".cpg"), "UTF-8".getBytes(StandardCharsets.US_ASCII));
            List<Path> parts;
            try (Stream<Path> files = Files.list(staging)) {
                // The .shp last: a reader that sees the new one finds its new companions beside it.
                parts = files.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().endsWith(".shp")))
                        .toList();
            }
            for (Path part : parts) {
                AtomicFile.moveOver(part, target.resolveSibling(part.getFileName()));
            }
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void exportTable(Atlas atlas, Sector sector, Path shp, ShapeWriter writer) throws IOException {
        String table = "EXPORT_" + sector.name();
        try (SpatialDatabase db = SpatialDatabase.open()) {
            Connection conn = db.connection();
            try (Statement st = conn.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + table);
                st.execute("CREATE TABLE " + table + " (THE_GEOM GEOMETRY(MULTIPOLYGON, 28992), ID VARCHAR(80),"
                        + " NAME VARCHAR(120), SECTOR VARCHAR(3), SECTORS VARCHAR(20), MEMBERS INTEGER)");
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + table
                    + " VALUES (ST_Multi(ST_SetSRID(ST_GeomFromWKB(?), 28992)), ?, ?, ?, ?, ?)")) {
                for (DissolvedRegion d : dissolve(atlas, sector)) {
                    ps.setBytes(1, new org.locationtech.jts.io.WKBWriter().write(d.rd()));
                    ps.setString(2, d.region().id());
                    ps.setString(3, d.region().displayName());
                    ps.setString(4, sector.name());
                    ps.setString(5, sectors(d.region()));
                    ps.setInt(6, d.region().memberCodes().size());
                    ps.executeUpdate();
                }
            }
            writer.write(conn, table, shp);
        } catch (DataLoadException | SQLException e) {
            throw new IOException("H2GIS could not write " + shp.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staging folder; what cannot be removed is not worth failing an export for. */
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // A hidden, empty-ish folder beside the export; the next export makes its own.
        }
    }

    /**
     * H2GIS 2.2.5 writes wrong record lengths (in the {@code .shp} record headers and the {@code .shx}) for
     * polygons with many parts, which GDAL and QGIS then refuse. The content itself is right, so the lengths
     * are recomputed from each polygon record's part and point counts and the index is written anew.
     */
    static void repairRecordLengths(Path shp) throws IOException {
        java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(Files.readAllBytes(shp));
        Path shx = sibling(shp, ".shx");
        java.nio.ByteBuffer index = java.nio.ByteBuffer.wrap(Files.readAllBytes(shx));
        List<int[]> entries = new ArrayList<>();
        int pos = 100;
        while (pos + 12 <= data.limit()) {
            int type = data.order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(pos + 8);
            int content;
            if (type == 0) {
                content = 4;
            } else if (type == 5) {
                int parts = data.getInt(pos + 8 + 36);
                int points = data.getInt(pos + 8 + 40);
                content = 44 + 4 * parts + 16 * points;
            } else {
                throw new IOException(shp.getFileName() + ": unexpected shape type " + type + " at byte " + pos);
            }
            data.order(java.nio.ByteOrder.BIG_ENDIAN).putInt(pos + 4, content / 2);
            entries.add(new int[] {pos / 2, content / 2});
            pos += 8 + content;
        }
        if (pos != data.limit()) {
            throw new IOException(shp.getFileName() + ": records do not add up to the file length");
        }
        java.nio.ByteBuffer fixedIndex = java.nio.ByteBuffer.allocate(100 + 8 * entries.size());
        fixedIndex.put(index.array(), 0, 100);
        fixedIndex.order(java.nio.ByteOrder.BIG_ENDIAN).putInt(24, fixedIndex.capacity() / 2);
        for (int i = 0; i < entries.size(); i++) {
            fixedIndex.putInt(100 + 8 * i, entries.get(i)[0]);
            fixedIndex.putInt(104 + 8 * i, entries.get(i)[1]);
        }
        AtomicFile.write(shp, out -> out.write(data.array()), false);
        AtomicFile.write(shx, out -> out.write(fixedIndex.array()), false);
    }

    /**
     * H2GIS 2.2.5 writes the {@code .dbf} header's year of last update as the year's last two digits, where
     * dBASE counts years from 1900 (byte 1): GDAL and QGIS then date an export of 2026 to 1926. The date is
     * written anew, all three bytes from one day, so the header stays whole whatever H2GIS does in a later version.
     */
    static void stampLastUpdate(Path dbf, LocalDate day) throws IOException {
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(dbf,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(new byte[] {(byte) (day.getYear() - 1900), (byte) day.getMonthValue(),
                    (byte) day.getDayOfMonth()}), 1);
        }
    }

    /** A readable report of what differs from {@code other} to the current data, one line per difference. */
    public static String diffReport(RegionData current, RegionData other, Function<String, String> names,
                                    Description.Formatter format, String heading) {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        List<RegionDiff.Line> lines = RegionDiff.between(other, current, names);
        for (RegionDiff.Line l : lines) {
            sb.append("- ").append(l.text().format(format)).append('\n');
        }
        return sb.toString();
    }

    private static String sectors(Region r) {
        return String.join(",", r.sectorsInOrder().stream().map(Enum::name).toList());
    }

    private static Path sibling(Path shp, String ext) {
        String name = shp.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return shp.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ext);
    }
}
