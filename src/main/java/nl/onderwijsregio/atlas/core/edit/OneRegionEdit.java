package nl.onderwijsregio.atlas.core.edit;

import java.util.Set;

/** An edit that touches one region: its description, that region's id and the editor's reason. */
abstract class OneRegionEdit implements Edit {

    private final Description description;
    private final String regionId;
    private final String reason;

    OneRegionEdit(Description description, String regionId, String reason) {
        this.description = description;
        this.regionId = regionId;
        this.reason = Edit.givenReason(reason);
    }

    final String regionId() {
        return regionId;
    }

    @Override
    public final Description description() {
        return description;
    }

    @Override
    public final Set<String> regionIds() {
        return Set.of(regionId);
    }

    @Override
    public final String reason() {
        return reason;
    }
}
