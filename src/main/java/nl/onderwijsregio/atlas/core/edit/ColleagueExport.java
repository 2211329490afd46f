package nl.onderwijsregio.atlas.core.edit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.data.CsvExport;
import nl.onderwijsregio.atlas.core.data.JsonLimits;
import nl.onderwijsregio.atlas.core.data.ShapefileWriter;
import nl.onderwijsregio.atlas.core.geo.RegionOutline;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Files for colleagues working in Excel or QGIS: the memberships as CSV (the CLI's format, and an
 * Excel-friendly variant), each sector's regions dissolved into one shape per region as GeoJSON (WGS84)
 * or as a shapefile (RD New, written by {@link ShapefileWriter}), and a plain-text report of the differences
 * with another region file (worded by {@link RegionDiff}). One door for the editor's colleague menu; each format
 * is made where its kind of file is.
 */
public final class ColleagueExport {

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
            if (!r.hasTerritory()) {
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
     * and MEMBERS.
     */
    public static void shapefile(Atlas atlas, Sector sector, Path shp) throws IOException {
        shapefile(atlas, sector, shp, H2GIS);
    }

    /** The seam where a test plays a full disk. */
    static final ShapefileWriter.TableExport H2GIS = ShapefileWriter.H2GIS;

    private static final List<String> SHAPEFILE_FIELDS = List.of("ID VARCHAR(80)", "NAME VARCHAR(120)",
            "SECTOR VARCHAR(3)", "SECTORS VARCHAR(20)", "MEMBERS INTEGER");

    static void shapefile(Atlas atlas, Sector sector, Path shp, ShapefileWriter.TableExport export)
            throws IOException {
        List<ShapefileWriter.Feature> features = dissolve(atlas, sector).stream()
                .map(d -> new ShapefileWriter.Feature(d.rd(), List.of(d.region().id(), d.region().displayName(),
                        sector.name(), sectors(d.region()), d.region().memberCodes().size())))
                .toList();
        ShapefileWriter.writeRdNew(shp, "EXPORT_" + sector.name(), SHAPEFILE_FIELDS, features, export);
    }

    /** A readable report of what differs from {@code other} to the current data, one line per difference. */
    public static String diffReport(RegionData current, RegionData other, Function<String, String> names,
                                    Description.Formatter format, String heading) {
        return RegionDiff.report(current, other, names, format, heading);
    }

    private static String sectors(Region r) {
        return String.join(",", r.sectorsInOrder().stream().map(Enum::name).toList());
    }
}
