package nl.onderwijsregio.atlas.core.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The calm background layers, all in WGS84: neighbouring countries, the Dutch land outline and provinces.
 */
public record Basemap(List<Geometry> countries, Geometry netherlands, List<Province> provinces) {

    public Basemap {
        countries = List.copyOf(countries);
        provinces = List.copyOf(provinces);
    }

    public static Basemap empty() {
        return new Basemap(List.of(), null, List.of());
    }

    /** A province outline in WGS84. */
    public record Province(String code, String name, Geometry geometryWgs84) {
    }
}
