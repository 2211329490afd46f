package nl.onderwijsregio.atlas.core.model;

import java.util.List;

/**
 * Everything {@code onderwijsregios.json} holds: the regions and the texts that explain them.
 * Kept apart from the boundaries so the editor can save it without touching geometry.
 */
public record RegionData(int schemaVersion, SourceInfo source, List<AbcsEntry> abcs, List<Theme> themes,
                         List<Region> regions) {

    public RegionData {
        source = source == null ? SourceInfo.unknown() : source;
        abcs = List.copyOf(abcs);
        themes = List.copyOf(themes);
        regions = List.copyOf(regions);
    }

    public RegionData withRegions(List<Region> newRegions) {
        return new RegionData(schemaVersion, source, abcs, themes, newRegions);
    }
}
