package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.geo.BorderLines;
import nl.onderwijsregio.atlas.core.geo.MunicipalityLocator;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.LabourMarketRegion;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.locationtech.jts.geom.Envelope;

/**
 * The atlas's geometry projected once for painting: municipalities by code and the basemap layers.
 * Built off the FX thread when an atlas is loaded; immutable afterwards.
 */
public final class MapGeometry {

    private final Map<String, ProjectedShape> municipalities;
    private final List<ProjectedShape> countries;
    private final ProjectedShape netherlands;
    private final MunicipalityLocator locator;
    private final BorderLines municipalityBorders;
    private final Map<String, String> provinceOf;
    private final Map<String, LabourMarketRegion> labourMarketOf;
    private final Envelope bounds;

    private MapGeometry(Map<String, ProjectedShape> municipalities, Map<String, String> provinceOf,
                        Map<String, LabourMarketRegion> labourMarketOf, List<ProjectedShape> countries,
                        ProjectedShape netherlands) {
        this.municipalities = Collections.unmodifiableMap(municipalities);
        this.countries = List.copyOf(countries);
        this.netherlands = netherlands;
        this.locator = new MunicipalityLocator(this.municipalities);
        this.municipalityBorders = BorderLines.of(this.municipalities, locator);
        this.provinceOf = Map.copyOf(provinceOf);
        this.labourMarketOf = Map.copyOf(labourMarketOf);
        Envelope b = new Envelope();
        municipalities.values().forEach(s -> b.expandToInclude(s.bounds()));
        this.bounds = b;
    }

    public static MapGeometry of(Atlas atlas) {
        Map<String, ProjectedShape> m = new LinkedHashMap<>();
        Map<String, String> provinceOf = new LinkedHashMap<>();
        Map<String, LabourMarketRegion> labourMarketOf = new LinkedHashMap<>();
        for (Municipality g : atlas.municipalities().values()) {
            m.put(g.code(), ProjectedShape.fromWgs84(g.geometryWgs84()));
            provinceOf.put(g.code(), g.province());
            if (g.labourMarket() != null) {
                labourMarketOf.put(g.code(), g.labourMarket());
            }
        }
        Basemap base = atlas.basemap();
        List<ProjectedShape> countries = new ArrayList<>();
        // The Netherlands itself among the countries would paint its lakes (IJsselmeer) as land.
        var inside = base.netherlands() == null || base.netherlands().isEmpty() ? null
                : base.netherlands().getInteriorPoint();
        for (var c : base.countries()) {
            if (inside == null || !c.contains(inside)) {
                countries.add(ProjectedShape.fromWgs84(c));
            }
        }
        return new MapGeometry(m, provinceOf, labourMarketOf, countries, ProjectedShape.fromWgs84(base.netherlands()));
    }

    public Map<String, ProjectedShape> municipalities() {
        return municipalities;
    }

    public ProjectedShape municipality(String code) {
        return municipalities.get(code);
    }

    public List<ProjectedShape> countries() {
        return countries;
    }

    public ProjectedShape netherlands() {
        return netherlands;
    }

    /** Which municipality lies at a point of the plane: for hover, click and the border network. */
    public MunicipalityLocator locator() {
        return locator;
    }

    /** Every municipality border once, for stroking. */
    public BorderLines municipalityBorders() {
        return municipalityBorders;
    }

    /** The province of a municipality, as CBS names it; province borders are drawn where it changes. */
    public String province(String code) {
        return provinceOf.get(code);
    }

    /** The labour-market region of a municipality, or null when the boundaries do not name one. */
    public LabourMarketRegion labourMarket(String code) {
        return labourMarketOf.get(code);
    }

    /** Whether the boundaries name labour-market regions, so their borders can be drawn. */
    public boolean hasLabourMarkets() {
        return !labourMarketOf.isEmpty();
    }

    /** Bounds of all municipalities in the plane: "the whole country". */
    public Envelope bounds() {
        return bounds;
    }
}
