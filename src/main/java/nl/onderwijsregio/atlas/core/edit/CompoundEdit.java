package nl.onderwijsregio.atlas.core.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;

/** Several edits as one undo step, e.g. a painted stroke over three regions' worth of moves or a pasted list. */
public final class CompoundEdit implements Edit {

    private final Description description;
    private final List<Edit> parts;
    private final String reason;

    public CompoundEdit(Description description, List<? extends Edit> parts, String reason) {
        this.description = description;
        this.parts = List.copyOf(parts);
        this.reason = Edit.givenReason(reason);
    }

    @Override
    public Atlas apply(Atlas atlas) {
        Atlas result = atlas;
        for (Edit e : parts) {
            result = e.apply(result);
        }
        return result;
    }

    @Override
    public Description description() {
        return description;
    }

    @Override
    public Set<String> regionIds() {
        Set<String> ids = new LinkedHashSet<>();
        parts.forEach(p -> ids.addAll(p.regionIds()));
        return ids;
    }

    @Override
    public String reason() {
        return reason;
    }
}
