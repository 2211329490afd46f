package nl.onderwijsregio.atlas.core.edit;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;

/** An edit of the list of regions itself: creating or deleting one. */
final class RegionListEdit implements Edit {

    private final Description description;
    private final String regionId;
    private final String reason;
    private final Function<Atlas, List<Region>> change;

    RegionListEdit(Description description, String regionId, String reason, Function<Atlas, List<Region>> change) {
        this.description = description;
        this.regionId = regionId;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.change = change;
    }

    @Override
    public Atlas apply(Atlas atlas) {
        return atlas.withData(atlas.data().withRegions(change.apply(atlas)));
    }

    @Override
    public Description description() {
        return description;
    }

    @Override
    public Set<String> regionIds() {
        return Set.of(regionId);
    }

    @Override
    public String reason() {
        return reason;
    }
}
