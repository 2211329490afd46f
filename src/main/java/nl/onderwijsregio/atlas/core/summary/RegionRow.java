package nl.onderwijsregio.atlas.core.summary;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.NameFilter;
import nl.onderwijsregio.atlas.core.text.NameMatcher;

/**
 * One line of the table of all regions.
 *
 * @param publishedName the name on the region card ("Twente & Omstreken" for Twente en omstreken), null for a region
 *                      made in the atlas
 * @param overlappingMunicipalities members another region covers in any sector this region serves
 *                                  ({@link RegionFacts#overlappingMemberCount()}), whatever the sector filter
 * @param searchText the names free-text filtering looks at: display and published name and every member
 */
public record RegionRow(String id, String name, String publishedName, List<Sector> sectors, KeyFigures figures, int municipalityCount,
                        double areaKm2, int overlappingMunicipalities, boolean voorloper, boolean national,
                        int caseCount, String searchText) {

    public RegionRow {
        sectors = List.copyOf(sectors);
    }

    /**
     * Whether the region is the publication's, with a region card giving its figures ({@link FigureSource#hasCard}):
     * the one that has a published name. The others' figures were entered in the atlas.
     */
    public boolean hasCard() {
        return publishedName != null;
    }

    public boolean serves(Sector sector) {
        return sectors.contains(sector);
    }

    /** The names free-text filtering looks at, as {@link NameMatcher#key keys}: the region's and its members'. */
    public List<String> nameKeys() {
        return List.of(searchText.split("\\|"));
    }

    /**
     * The rows that answer a free-text query, forgiving case, diacritics and a typo as the search box does
     * ({@link NameFilter}): "apeldoorn" and "apeldorn" find every region that covers Apeldoorn, "zwole" the region
     * named after Zwolle. A blank query keeps them all.
     */
    public static List<RegionRow> answering(String query, List<RegionRow> rows) {
        return NameFilter.answering(query, rows, RegionRow::nameKeys);
    }
}
