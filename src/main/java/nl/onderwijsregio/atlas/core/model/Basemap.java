package nl.onderwijsregio.atlas.core.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The calm background layers, all in WGS84: neighbouring countries and the Dutch land outline.
 */
public record Basemap(List<Geometry> countries, Geometry netherlands) {

    public Basemap {
        countries = List.copyOf(countries);
    }

    public static Basemap empty() {
        return new Basemap(List.of(), null);
    }
}
