package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.atlas.core.data.ShapefileReader.ShapeRecord;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.LabourMarketRegion;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns the CBS boundary shapefiles into municipalities and basemap layers.
 * Field names follow the bundled files ({@code code}, {@code naam}, {@code provincie});
 * the CBS originals ({@code statcode}, {@code statnaam}) are accepted too.
 */
public final class BoundaryReader {

    private static final List<String> CODE_FIELDS = List.of("CODE", "STATCODE", "GM_CODE", "GEMEENTECODE");
    private static final List<String> NAME_FIELDS = List.of("NAAM", "STATNAAM", "GM_NAAM", "GEMEENTENAAM");
    private static final List<String> PROVINCE_FIELDS = List.of("PROVINCIE", "PROV_NAAM");
    private static final List<String> LABOUR_MARKET_CODE_FIELDS = List.of("AMR_CODE", "AM_CODE");
    private static final List<String> LABOUR_MARKET_NAME_FIELDS = List.of("AMR_NAAM", "AM_NAAM");

    private final ShapefileReader reader;

    public BoundaryReader(SpatialDatabase database) {
        this.reader = new ShapefileReader(database);
    }

    /** The municipalities of one boundary file, and what the user must hear about how they were read. */
    public record Boundaries(List<Municipality> municipalities, List<DataPhrase> notices) {
        public Boundaries {
            municipalities = List.copyOf(municipalities);
            notices = List.copyOf(notices);
        }
    }

    /** The municipalities of {@code shp}; where their names are shown, {@link #readBoundaries}'s notices belong too. */
    public List<Municipality> readMunicipalities(Path shp) throws DataLoadException {
        return readBoundaries(shp).municipalities();
    }

    public Boundaries readBoundaries(Path shp) throws DataLoadException {
        ShapefileReader.Shapes shapes = reader.read(shp);
        List<ShapeRecord> records = shapes.records();
        if (records.isEmpty()) {
            throw new DataLoadException(shp, null, SHP_NO_MUNICIPALITIES.with());
        }
        String codeField = field(shp, records.get(0), CODE_FIELDS, true);
        String nameField = field(shp, records.get(0), NAME_FIELDS, true);
        String provinceField = field(shp, records.get(0), PROVINCE_FIELDS, false);
        String labourMarketCodeField = field(shp, records.get(0), LABOUR_MARKET_CODE_FIELDS, false);
        String labourMarketNameField = field(shp, records.get(0), LABOUR_MARKET_NAME_FIELDS, false);
        List<Municipality> result = new ArrayList<>(records.size());
        Map<String, Integer> seen = new HashMap<>();
        for (ShapeRecord r : records) {
            String code = r.text(codeField);
            DataPhrase where = AT_RECORD.with(r.recordNumber());
            if (!Municipality.isValidCode(code)) {
                throw new DataLoadException(shp, where, MUNICIPALITY_CODE_FORM.with(code));
            }
            Integer earlier = seen.putIfAbsent(code, r.recordNumber());
            if (earlier != null) {
                throw new DataLoadException(shp, where, MUNICIPALITY_CODE_TWICE.with(code, earlier));
            }
            String name = r.text(nameField);
            if (name == null || name.isBlank()) {
                throw new DataLoadException(shp, where, MUNICIPALITY_NO_NAME.with(code));
            }
            String province = provinceField == null ? "" : r.text(provinceField);
            result.add(new Municipality(code, name, province, r.rd(), r.wgs84(),
                    labourMarket(r, labourMarketCodeField, labourMarketNameField)));
        }
        return new Boundaries(result, shapes.notices());
    }

    /** The record's labour-market region; null when the file has no such field or leaves it empty. */
    private static LabourMarketRegion labourMarket(ShapeRecord r, String codeField, String nameField) {
        String code = codeField == null ? null : r.text(codeField);
        if (code == null || code.isBlank()) {
            return null;
        }
        return new LabourMarketRegion(code.strip(), nameField == null ? null : r.text(nameField));
    }

    /**
     * Reads the basemap from the folder of the municipality file, each layer it lacks from
     * {@code fallbackDir} (the bundled data). A layer found in neither is left out (the map is then plainer);
     * a broken one is reported.
     */
    public Basemap readBasemap(Path geoDir, Path fallbackDir) throws DataLoadException {
        List<Geometry> countries = new ArrayList<>();
        Path landen = layer(geoDir, fallbackDir, "landen_ne10m.shp");
        if (Files.exists(landen)) {
            for (ShapeRecord r : reader.readPolygons(landen)) {
                countries.add(r.wgs84());
            }
        }
        Geometry netherlands = null;
        Path nl = layer(geoDir, fallbackDir, "nederland_2024.shp");
        if (Files.exists(nl)) {
            List<ShapeRecord> rs = reader.readPolygons(nl);
            netherlands = rs.isEmpty() ? null : rs.get(0).wgs84();
        }
        // Province borders need no layer of their own: the painter draws them where the CBS province of
        // neighbouring municipalities changes (provincies_2024 is dissolved from the same municipalities).
        return new Basemap(countries, netherlands);
    }

    private static Path layer(Path geoDir, Path fallbackDir, String file) {
        Path own = geoDir.resolve(file);
        return Files.exists(own) || fallbackDir == null ? own : fallbackDir.resolve(file);
    }

    private static String field(Path shp, ShapeRecord first, List<String> candidates, boolean required)
            throws DataLoadException {
        for (String c : candidates) {
            if (first.attributes().containsKey(c)) {
                return c;
            }
        }
        if (!required) {
            return null;
        }
        throw new DataLoadException(ShapefileReader.sibling(shp, ".dbf"), null, DBF_NO_FIELD.with(
                candidates.get(0).toLowerCase(Locale.ROOT),
                String.join(", ", candidates.subList(1, candidates.size())).toLowerCase(Locale.ROOT),
                first.attributes().keySet()));
    }
}
