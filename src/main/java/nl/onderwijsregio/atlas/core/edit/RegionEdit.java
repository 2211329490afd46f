package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * An edit of one existing region. When the editor gives a reason, the region gets a {@link Correction}
 * naming the field, the value before and after, and that reason, so the deviation from the published
 * data stays traceable in the data file itself.
 */
final class RegionEdit extends OneRegionEdit {

    private final String field;
    private final UnaryOperator<Region> change;
    private final Function<Region, String> valueText;

    RegionEdit(String regionId, Description description, String reason, String field,
               UnaryOperator<Region> change, Function<Region, String> valueText) {
        super(description, regionId, reason);
        this.field = field;
        this.change = change;
        this.valueText = valueText;
    }

    @Override
    public Atlas apply(Atlas atlas) {
        Region before = atlas.region(regionId())
                .orElseThrow(() -> new EditException(EditProblem.NO_SUCH_REGION, regionId()));
        Region after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException e) {
            EditException refused = new EditException(EditProblem.INVALID_VALUE);
            refused.initCause(e);
            throw refused;
        }
        if (after.equals(before)) {
            return atlas;
        }
        if (reason() != null) {
            List<Correction> corrections = new ArrayList<>(after.corrections());
            corrections.add(new Correction(field, valueText.apply(before), valueText.apply(after), reason()));
            after = after.withCorrections(corrections);
        }
        return atlas.withRegion(after);
    }

    @Override
    public String toString() {
        return description().key() + description().args();
    }
}
