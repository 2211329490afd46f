package nl.onderwijsregio.atlas.core.model;

import java.util.List;
import java.util.Optional;

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

    /** The data's name and introduction of {@code letter}; empty when the file leaves the letter out. */
    public Optional<AbcsEntry> abcs(AbcsLetter letter) {
        return abcs.stream().filter(entry -> entry.letter() == letter).findFirst();
    }

    /** The theme of that id; empty for an id a case names but the file does not introduce. */
    public Optional<Theme> theme(String id) {
        return themes.stream().filter(theme -> theme.id().equals(id)).findFirst();
    }

    public RegionData withRegions(List<Region> newRegions) {
        return new RegionData(schemaVersion, source, abcs, themes, newRegions);
    }
}
