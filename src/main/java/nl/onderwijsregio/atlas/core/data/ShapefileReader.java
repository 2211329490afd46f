package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2gis.functions.io.shp.SHPRead;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a polygon shapefile with H2GIS into records carrying the geometry in RD New and in WGS84.
 *
 * <p>Before H2GIS sees the file we check what H2GIS reports badly or not at all: missing sidecar
 * files, a truncated {@code .shp}, a {@code .dbf} whose record count disagrees with the {@code .shx},
 * and a {@code .prj} we cannot place. Every problem becomes a {@link DataLoadException} naming the file.
 * Once read, and before anything is transformed, the coordinates must lie where the {@code .prj}'s system puts
 * the Netherlands. What is read otherwise than the files say (UTF-8 names under a Latin-1 {@code .cpg},
 * {@link DbfEncoding}) comes back as a notice beside the records: a correction is never silent.
 */
public final class ShapefileReader {

    /** One feature: its 1-based record number, its attributes (upper-case keys) and its geometry. */
    public record ShapeRecord(int recordNumber, Map<String, Object> attributes, Geometry rd, Geometry wgs84) {

        public String text(String field) {
            Object v = attributes.get(field.toUpperCase(Locale.ROOT));
            return v == null ? null : v.toString().trim();
        }
    }

    /** The features of one shapefile, and what the user must hear about how they were read. */
    public record Shapes(List<ShapeRecord> records, List<DataPhrase> notices) {
        public Shapes {
            records = List.copyOf(records);
            notices = List.copyOf(notices);
        }
    }

    private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();

    private final SpatialDatabase database;

    public ShapefileReader(SpatialDatabase database) {
        this.database = database;
    }

    /** Reads every feature of {@code shp}; polygons only. A caller that shows names shows {@link #read}'s notices too. */
    public List<ShapeRecord> readPolygons(Path shp) throws DataLoadException {
        return read(shp).records();
    }

    /** Reads every feature of {@code shp} (polygons only), with the notices on how they were read. */
    public Shapes read(Path shp) throws DataLoadException {
        if (Files.isDirectory(shp)) {
            throw new DataLoadException(shp, null, SHP_FOLDER.with());
        }
        if (!Files.isRegularFile(shp)) {
            throw new DataLoadException(shp, null, FILE_NOT_FOUND.with());
        }
        Path shx = sibling(shp, ".shx");
        Path dbf = sibling(shp, ".dbf");
        Path prj = sibling(shp, ".prj");
        for (Path required : List.of(shx, dbf, prj)) {
            if (!Files.isRegularFile(required)) {
                throw new DataLoadException(shp, null, SHP_COMPANION_MISSING.with(required.getFileName()));
            }
        }
        int srid = crsOf(prj);
        int shxRecords = checkShpAndShx(shp, shx);
        checkDbf(dbf, shxRecords);
        DbfEncoding.Choice encoding = DbfEncoding.of(shp, dbf);
        List<DataPhrase> notices = encoding.notice() == null ? List.of() : List.of(encoding.notice());

        String table = "SHP_" + TABLE_COUNTER.incrementAndGet();
        Connection conn = database.connection();
        try {
            SHPRead.importTable(conn, shp.toAbsolutePath().toString(), table, encoding.charset().name(), true);
            checkCoordinatesFit(conn, shp, prj, table, srid);
            return new Shapes(query(conn, shp, table, srid), notices);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new DataLoadException(shp, null, SHP_UNREADABLE.with(rootMessage(e)), e);
        } finally {
            try (Statement st = conn.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + table);
            } catch (SQLException ignored) {
                // the in-memory table dies with the database anyway
            }
        }
    }

    private List<ShapeRecord> query(Connection conn, Path shp, String table, int srid)
            throws SQLException, DataLoadException {
        String rdExpr = srid == ShapefileCrs.RD_NEW
                ? "ST_SetSRID(THE_GEOM, 28992)"
                : "ST_Transform(ST_SetSRID(THE_GEOM, " + srid + "), 28992)";
        String wgsExpr = srid == ShapefileCrs.WGS84
                ? "ST_SetSRID(THE_GEOM, 4326)"
                : "ST_Transform(ST_SetSRID(THE_GEOM, " + srid + "), 4326)";
        String sql = "SELECT *, " + rdExpr + " AS ATLAS_RD, " + wgsExpr + " AS ATLAS_WGS84 FROM " + table
                + " ORDER BY PK";
        List<ShapeRecord> records = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int record = 0;
            while (rs.next()) {
                record++;
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnLabel(i).toUpperCase(Locale.ROOT);
                    if (!name.equals("THE_GEOM") && !name.startsWith("ATLAS_") && !name.equals("PK")) {
                        attributes.put(name, rs.getObject(i));
                    }
                }
                Geometry rd = (Geometry) rs.getObject("ATLAS_RD");
                Geometry wgs = (Geometry) rs.getObject("ATLAS_WGS84");
                if (rd == null || rd.isEmpty()) {
                    throw new DataLoadException(shp, AT_RECORD.with(record), SHP_NO_GEOMETRY.with());
                }
                if (!rd.getGeometryType().endsWith("Polygon")) {
                    throw new DataLoadException(shp, AT_RECORD.with(record),
                            SHP_NOT_POLYGON.with(rd.getGeometryType()));
                }
                records.add(new ShapeRecord(record, attributes, rd, wgs));
            }
        }
        return records;
    }

    /**
     * A file converted to degrees but left with its RD New {@code .prj} (or the reverse) is no error to H2GIS:
     * transformed as stated, the whole country becomes a speck far off the map, and every municipality would
     * still be "loaded". So the raw extent must touch the Netherlands in the stated system; when it touches it
     * in the other one, the message says what the coordinates evidently are.
     */
    private static void checkCoordinatesFit(Connection conn, Path shp, Path prj, String table, int srid)
            throws SQLException, DataLoadException {
        Envelope raw;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT MIN(ST_XMIN(THE_GEOM)), MAX(ST_XMAX(THE_GEOM)), MIN(ST_YMIN(THE_GEOM)), MAX(ST_YMAX(THE_GEOM))"
                        + " FROM " + table)) {
            if (!rs.next() || rs.getObject(1) == null) {
                return; // no geometry at all: told per record, or as a file without municipalities
            }
            raw = new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
        }
        if (raw.intersects(ShapefileCrs.netherlandsIn(srid))) {
            return;
        }
        int other = srid == ShapefileCrs.RD_NEW ? ShapefileCrs.WGS84 : ShapefileCrs.RD_NEW;
        DataPhrase evidently = !raw.intersects(ShapefileCrs.netherlandsIn(other)) ? SHP_NOT_NEAR_NETHERLANDS.with()
                : other == ShapefileCrs.WGS84 ? SHP_COORDINATES_IN_DEGREES.with(ShapefileCrs.name(other))
                : SHP_COORDINATES_IN_METRES.with(ShapefileCrs.name(other));
        DataPhrase extent = SHP_EXTENT.with(Math.round(raw.getMinX()), Math.round(raw.getMaxX()),
                Math.round(raw.getMinY()), Math.round(raw.getMaxY()));
        throw new DataLoadException(shp, null,
                SHP_CRS_MISMATCH.with(prj.getFileName(), ShapefileCrs.name(srid), extent, evidently));
    }

    private static int crsOf(Path prj) throws DataLoadException {
        String text;
        try {
            text = Files.readString(prj, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw DataLoadException.unreadable(prj, e);
        }
        OptionalInt srid = ShapefileCrs.recognise(text);
        if (srid.isEmpty()) {
            String head = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            throw new DataLoadException(prj, null, SHP_UNKNOWN_CRS.with(head.strip()));
        }
        return srid.getAsInt();
    }

    /** Checks the declared lengths against the real ones; returns the number of records in the index. */
    private static int checkShpAndShx(Path shp, Path shx) throws DataLoadException {
        long shpSize = size(shp);
        long shxSize = size(shx);
        if (shpSize < 100) {
            throw new DataLoadException(shp, null, SHP_SHORTER_THAN_HEADER.with(shpSize));
        }
        if (shxSize < 100) {
            throw new DataLoadException(shx, null, SHP_SHORTER_THAN_HEADER.with(shxSize));
        }
        ByteBuffer header = readHeader(shp, 100);
        if (header.order(ByteOrder.BIG_ENDIAN).getInt(0) != 9994) {
            throw new DataLoadException(shp, null, SHP_WRONG_FILE_CODE.with());
        }
        long declared = 2L * header.order(ByteOrder.BIG_ENDIAN).getInt(24);
        if (declared > shpSize) {
            throw new DataLoadException(shp, null, SHP_TRUNCATED_HEADER.with(declared, shpSize));
        }
        int records = (int) ((shxSize - 100) / 8);
        ByteBuffer index = readHeader(shx, (int) Math.min(shxSize, 100L + records * 8L));
        for (int i = 0; i < records; i++) {
            long offset = 2L * index.order(ByteOrder.BIG_ENDIAN).getInt(100 + i * 8);
            long length = 2L * index.order(ByteOrder.BIG_ENDIAN).getInt(100 + i * 8 + 4);
            if (offset + 8 + length > shpSize) {
                throw new DataLoadException(shp, AT_RECORD.with(i + 1),
                        SHP_TRUNCATED_RECORD.with(offset + 8 + length, shpSize));
            }
        }
        return records;
    }

    private static void checkDbf(Path dbf, int shxRecords) throws DataLoadException {
        if (size(dbf) < 32) {
            throw new DataLoadException(dbf, null, DBF_SHORTER_THAN_HEADER.with());
        }
        int dbfRecords = readHeader(dbf, 32).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
        if (dbfRecords != shxRecords) {
            throw new DataLoadException(dbf, null, DBF_RECORD_COUNT.with(dbfRecords, shxRecords));
        }
    }

    private static ByteBuffer readHeader(Path file, int bytes) throws DataLoadException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(bytes);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // a channel may hand over fewer bytes than asked: only a full buffer is the whole header
            }
            buf.flip();
            if (buf.limit() < bytes) {
                throw new DataLoadException(file, null, UNEXPECTED_END.with());
            }
            return buf;
        } catch (IOException e) {
            throw DataLoadException.unreadable(file, e);
        }
    }

    private static long size(Path file) throws DataLoadException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw DataLoadException.unreadable(file, e);
        }
    }

    static Path sibling(Path shp, String extension) {
        String name = shp.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        Path lower = shp.resolveSibling(base + extension);
        if (Files.exists(lower)) {
            return lower;
        }
        Path upper = shp.resolveSibling(base + extension.toUpperCase(Locale.ROOT));
        return Files.exists(upper) ? upper : lower;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
