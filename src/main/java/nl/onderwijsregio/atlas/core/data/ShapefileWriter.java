package nl.onderwijsregio.atlas.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.onderwijsregio.atlas.core.edit.AtomicFile;
import nl.onderwijsregio.atlas.core.edit.FileReadOnlyException;
import org.h2gis.functions.io.shp.SHPWrite;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes polygons in RD New as a shapefile through H2GIS, then mends what H2GIS 2.2.5 gets wrong or leaves out:
 * record lengths, the {@code .dbf}'s date, a {@code .prj} naming EPSG:28992 and a UTF-8 {@code .cpg}. The parts
 * are all written before the first replaces its predecessor, each atomically.
 */
public final class ShapefileWriter {

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

    /** One record: its (multi)polygon in RD New and its field values (strings and integers) in the fields' order. */
    public record Feature(Geometry rd, List<Object> values) {
        public Feature {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** Writes a table's {@code .shp}, {@code .shx} and {@code .dbf}; the seam where a test plays a full disk. */
    @FunctionalInterface
    public interface TableExport {
        void write(Connection conn, String table, Path shp) throws IOException, SQLException;
    }

    public static final TableExport H2GIS =
            (conn, table, shp) -> SHPWrite.exportTable(conn, shp.toString(), table, "UTF-8", true);

    /** The files a written shapefile consists of. */
    private static final List<String> PARTS = List.of(".shp", ".shx", ".dbf", ".prj", ".cpg");

    private ShapefileWriter() {
    }

    /**
     * Writes {@code features} as multipolygons to {@code shp} and its companions.
     *
     * @param table  the name of the table staged in H2GIS, which never reaches the files
     * @param fields the dBASE fields as SQL column definitions, such as {@code "NAME VARCHAR(120)"}
     */
    public static void writeRdNew(Path shp, String table, List<String> fields, List<Feature> features,
                                  TableExport export) throws IOException {
        Path target = shp.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Refused before anything is written: the parts are moved in one by one, and a read-only one met half-way
        // would leave old and new parts side by side.
        for (String part : PARTS) {
            Path existing = ShapefileReader.sibling(target, part);
            if (Files.exists(existing) && AtomicFile.isMarkedReadOnly(existing)) {
                throw new FileReadOnlyException(existing);
            }
        }
        // H2GIS deletes the old parts and writes the new ones in place: staged in a folder beside the target, a
        // failure half-way leaves the colleague's previous export whole, and the parts replace it only once all
        // are written.
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        try {
            Path staged = staging.resolve(target.getFileName());
            exportTable(staged, table, fields, features, export);
            repairRecordLengths(staged);
            stampLastUpdate(ShapefileReader.sibling(staged, ".dbf"), LocalDate.now());
            Files.write(ShapefileReader.sibling(staged, ".prj"), RD_NEW_PRJ.getBytes(StandardCharsets.US_ASCII));
            Files.write(ShapefileReader.sibling(staged, ".cpg"), "UTF-8".getBytes(StandardCharsets.US_ASCII));
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

    private static void exportTable(Path shp, String table, List<String> fields, List<Feature> features,
                                    TableExport export) throws IOException {
        try (SpatialDatabase db = SpatialDatabase.open()) {
            Connection conn = db.connection();
            try (Statement st = conn.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + table);
                st.execute("CREATE TABLE " + table + " (THE_GEOM GEOMETRY(MULTIPOLYGON, 28992), "
                        + String.join(", ", fields) + ")");
            }
            String placeholders = ", ?".repeat(fields.size());
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + table
                    + " VALUES (ST_Multi(ST_SetSRID(ST_GeomFromWKB(?), 28992))" + placeholders + ")")) {
                WKBWriter wkb = new WKBWriter();
                for (Feature f : features) {
                    ps.setBytes(1, wkb.write(f.rd()));
                    for (int i = 0; i < f.values().size(); i++) {
                        ps.setObject(2 + i, f.values().get(i));
                    }
                    ps.executeUpdate();
                }
            }
            export.write(conn, table, shp);
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
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(shp));
        Path shx = ShapefileReader.sibling(shp, ".shx");
        ByteBuffer index = ByteBuffer.wrap(Files.readAllBytes(shx));
        List<int[]> entries = new ArrayList<>();
        int pos = 100;
        while (pos + 12 <= data.limit()) {
            int type = data.order(ByteOrder.LITTLE_ENDIAN).getInt(pos + 8);
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
            data.order(ByteOrder.BIG_ENDIAN).putInt(pos + 4, content / 2);
            entries.add(new int[] {pos / 2, content / 2});
            pos += 8 + content;
        }
        if (pos != data.limit()) {
            throw new IOException(shp.getFileName() + ": records do not add up to the file length");
        }
        ByteBuffer fixedIndex = ByteBuffer.allocate(100 + 8 * entries.size());
        fixedIndex.put(index.array(), 0, 100);
        fixedIndex.order(ByteOrder.BIG_ENDIAN).putInt(24, fixedIndex.capacity() / 2);
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
        try (FileChannel file = FileChannel.open(dbf, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.wrap(new byte[] {(byte) (day.getYear() - 1900), (byte) day.getMonthValue(),
                    (byte) day.getDayOfMonth()}), 1);
        }
    }
}
