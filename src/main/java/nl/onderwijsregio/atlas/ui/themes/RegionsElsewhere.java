package nl.onderwijsregio.atlas.ui.themes;

import java.util.Collection;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Names regions the shown sector's map lacks, so that a count of marked regions (the themes panel, the presenter's
 * theme tour) says where the others are: each with its sectors, or as national when no map has a place for it.
 */
public final class RegionsElsewhere {

    private RegionsElsewhere() {
    }

    /** "Koerskracht (landelijk), Limburg (PO)", in the regions' order. */
    public static String named(Collection<Region> regions) {
        return regions.stream().map(RegionsElsewhere::named).collect(Collectors.joining(", "));
    }

    private static String named(Region r) {
        return Messages.t("themes.elsewhere.region", r.displayName(), r.hasTerritory()
                ? r.sectorsInOrder().stream().map(Sector::name).collect(Collectors.joining("/"))
                : Messages.t("themes.elsewhere.national"));
    }
}
