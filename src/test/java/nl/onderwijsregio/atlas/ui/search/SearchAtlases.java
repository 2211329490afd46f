package nl.onderwijsregio.atlas.ui.search;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;

/** Two small atlases to search in: the same municipalities, with Zwolle's region under two names. */
final class SearchAtlases {

    static final String ZWOLLE = "GM0193";

    private SearchAtlases() {
    }

    /** Zwolle and Apeldoorn, and one primary-school region around Zwolle with id {@code regionId}. */
    static Atlas withRegion(String regionId, String regionName) {
        return withRegion(regionId, regionName, Set.of(Sector.PO));
    }

    /** Zwolle and Apeldoorn, and one region around Zwolle with id {@code regionId}, serving {@code sectors}. */
    static Atlas withRegion(String regionId, String regionName, Set<Sector> sectors) {
        return withRegion(regionId, regionName, sectors, "Overijssel", "Gelderland");
    }

    /** As {@link #withRegion(String, String)}, from a boundary file whose provinces are blank. */
    static Atlas withoutProvinces(String regionId, String regionName) {
        return withRegion(regionId, regionName, Set.of(Sector.PO), "", "");
    }

    private static Atlas withRegion(String regionId, String regionName, Set<Sector> sectors,
            String zwollesProvince, String apeldoornsProvince) {
        return new Atlas(List.of(
                new Municipality(ZWOLLE, "Zwolle", zwollesProvince, null, null),
                new Municipality("GM0200", "Apeldoorn", apeldoornsProvince, null, null)),
                Basemap.empty(),
                new RegionData(1, null, List.of(), List.of(), List.of(
                        new Region(regionId, regionName, "Onderwijsregio " + regionName, sectors,
                                Scope.REGIONAL, false, null, KeyFigures.none(),
                                List.of(new MemberRef(ZWOLLE, "Zwolle")), List.of(), List.of()))));
    }
}
