package nl.onderwijsregio.atlas.core.summary;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.LabourMarketRegion;
import nl.onderwijsregio.atlas.core.model.LocalizedText;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.SourceInfo;
import nl.onderwijsregio.atlas.core.model.Theme;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A small hand-made atlas around Zwolle, drawn as 10 km squares in RD metres (WKT), so every area and
 * border in the tests can be checked by eye:
 *
 * <pre>
 *   y=10000 +--------+--------+--------+            Urk lies far to the west,
 *           | Zwolle | Kampen | Dalfsen|            bordering nothing.
 *   y=0     +--------+--------+--------+
 *           | Hattem |   (Hattem is 10 × 5 km)
 *   y=-5000 +--------+
 *         x=0      10000    20000    30000
 * </pre>
 *
 * Regions: "Zwolle en omgeving" (PO, VO; Zwolle, Kampen, Hattem), "IJssel-Vecht" (PO; Kampen, Dalfsen),
 * "Flevoland" (VO; Urk), "Noord-Veluwe" (MBO; Hattem) and the national "Landelijk groen onderwijs" (VO, MBO).
 */
public final class SummaryFixtures {

    public static final String ZWOLLE_REGION = "zwolle-en-omgeving";
    public static final String IJSSEL_VECHT = "ijssel-vecht";
    public static final String FLEVOLAND = "flevoland";
    public static final String NOORD_VELUWE = "noord-veluwe";
    public static final String GROEN = "groen-onderwijs";
    /** A region made in the atlas: see {@link #withRegionMadeInTheAtlas}. */
    public static final String VECHTDAL = "vechtdal-testregio";

    private SummaryFixtures() {
    }

    public static Atlas atlas() {
        List<Municipality> ms = List.of(
                municipality("GM0193", "Zwolle", "Overijssel", "POLYGON((0 0, 10000 0, 10000 10000, 0 10000, 0 0))"),
                municipality("GM0166", "Kampen", "Overijssel",
                        "POLYGON((10000 0, 20000 0, 20000 10000, 10000 10000, 10000 0))"),
                municipality("GM0148", "Dalfsen", "Overijssel",
                        "POLYGON((20000 0, 30000 0, 30000 10000, 20000 10000, 20000 0))"),
                municipality("GM0244", "Hattem", "Gelderland", "POLYGON((0 -5000, 10000 -5000, 10000 0, 0 0, 0 -5000))"),
                municipality("GM0184", "Urk", "Flevoland",
                        "POLYGON((-60000 0, -55000 0, -55000 5000, -60000 5000, -60000 0))"));
        Map<KeyFigure, Long> zwolleFigures = new EnumMap<>(KeyFigure.class);
        zwolleFigures.put(KeyFigure.LEERLINGEN_STUDENTEN, 70_780L);
        zwolleFigures.put(KeyFigure.BESTUREN_PO, 23L);
        zwolleFigures.put(KeyFigure.BESTUREN_VO, 0L);
        zwolleFigures.put(KeyFigure.OPLEIDERS, 3L);
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(ZWOLLE_REGION, "Zwolle en omgeving", "Onderwijsregio Zwolle en omgeving",
                EnumSet.of(Sector.PO, Sector.VO), Scope.REGIONAL, true, null, KeyFigures.of(zwolleFigures),
                List.of(new MemberRef("GM0193", "Zwolle"), new MemberRef("GM0166", "Kampen"),
                        new MemberRef("GM0244", "Hatem")),
                List.of(new CaseStory("zwolle-invalpool", "Een invalpool voor de hele regio",
                        List.of(AbcsLetter.C, AbcsLetter.S), "invalpools",
                        "Schoolbesturen delen een pool van invallers.",
                        "Regionale samenwerking werkt, p. 12")),
                List.of(new Correction("members", "Hatem", "GM0244", "Spelfout in de publicatie"))));
        regions.add(region(IJSSEL_VECHT, "IJssel-Vecht", EnumSet.of(Sector.PO), Map.of(KeyFigure.LEERLINGEN_STUDENTEN,
                12_000L, KeyFigure.BESTUREN_PO, 9L), "GM0166", "GM0148"));
        regions.add(region(FLEVOLAND, "Flevoland", EnumSet.of(Sector.VO), Map.of(KeyFigure.LEERLINGEN_STUDENTEN,
                45_500L, KeyFigure.BESTUREN_VO, 12L), "GM0184"));
        regions.add(region(NOORD_VELUWE, "Noord-Veluwe", EnumSet.of(Sector.MBO), Map.of(KeyFigure.MBO_INSTELLINGEN,
                2L), "GM0244"));
        regions.add(new Region(GROEN, "Landelijk groen onderwijs", "Onderwijsregio Groen",
                EnumSet.of(Sector.VO, Sector.MBO), Scope.NATIONAL, false, null, KeyFigures.none(), List.of(),
                List.of(), List.of()));
        List<Theme> themes = List.of(new Theme("invalpools", new LocalizedText("Invalpools", "Supply pools"),
                new LocalizedText("Regio's delen invallers.", "Regions share supply teachers.")));
        RegionData data = new RegionData(1, new SourceInfo("Regionale samenwerking werkt",
                "Realisatie-Eenheid Onderwijsregio's", "2025/2026"), List.of(), themes, regions);
        return new Atlas(ms, Basemap.empty(), data);
    }

    /**
     * {@code atlas} with "Vechtdal Testregio" as the editor makes a region (no published name), serving VO in
     * Dalfsen, with two figures typed in: 8.400 pupils and 3 VO boards.
     */
    public static Atlas withRegionMadeInTheAtlas(Atlas atlas) {
        Region vechtdal = new Region(VECHTDAL, "Vechtdal Testregio", null, EnumSet.of(Sector.VO), Scope.REGIONAL, false,
                null, KeyFigures.of(Map.of(KeyFigure.LEERLINGEN_STUDENTEN, 8_400L, KeyFigure.BESTUREN_VO, 3L)),
                List.of(new MemberRef("GM0148", null)), List.of(), List.of());
        List<Region> regions = new ArrayList<>(atlas.regions());
        regions.add(vechtdal);
        return atlas.withData(atlas.data().withRegions(regions));
    }

    private static Region region(String id, String name, Set<Sector> sectors, Map<KeyFigure, Long> figures,
                                 String... codes) {
        List<MemberRef> members = new ArrayList<>();
        for (String c : codes) {
            members.add(new MemberRef(c, null));
        }
        return new Region(id, name, "Onderwijsregio " + name, sectors, Scope.REGIONAL, false, null,
                KeyFigures.of(figures), members, List.of(), List.of());
    }

    /** The RD square, and for the map a WGS84 copy placed near Zwolle (not a real projection: shape only). */
    private static Municipality municipality(String code, String name, String province, String wktRd) {
        try {
            Geometry rd = new WKTReader().read(wktRd);
            Geometry wgs = new AffineTransformation().scale(1 / 68_000.0, 1 / 111_000.0).translate(6.0, 52.5)
                    .transform(rd);
            // Urk lies in the labour-market region Flevoland, the others in Regio Zwolle, as in 2025.
            LabourMarketRegion labourMarket = code.equals("GM0184") ? new LabourMarketRegion("AM11", "Flevoland")
                    : new LabourMarketRegion("AM36", "Regio Zwolle");
            return new Municipality(code, name, province, rd, wgs, labourMarket);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wktRd, e);
        }
    }

    /** The app's own Dutch or English texts, read straight from the bundles. */
    public static Labels labels(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String area : List.of("detail", "table", "themes")) {
            bundles.add(ResourceBundle.getBundle("i18n/" + area, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        return (key, args) -> {
            for (ResourceBundle b : bundles) {
                if (b.containsKey(key)) {
                    String p = b.getString(key);
                    return args.length == 0 ? p : new MessageFormat(p, locale).format(args);
                }
            }
            throw new IllegalArgumentException("no text for " + key);
        };
    }
}
