package nl.onderwijsregio.atlas.core.edit;

import java.util.List;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;

/** An edit of the list of regions itself: creating or deleting one. */
final class RegionListEdit extends OneRegionEdit {

    private final Function<Atlas, List<Region>> change;

    RegionListEdit(Description description, String regionId, String reason, Function<Atlas, List<Region>> change) {
        super(description, regionId, reason);
        this.change = change;
    }

    @Override
    public Atlas apply(Atlas atlas) {
        return atlas.withData(atlas.data().withRegions(change.apply(atlas)));
    }
}
