package nl.onderwijsregio.atlas.core.edit;

import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Atlas;

/**
 * One editor's step: a pure function from one snapshot to the next. Applying never changes the
 * given atlas, so undo is returning to the snapshot before.
 */
public interface Edit {

    /**
     * The snapshot after this edit.
     *
     * @throws EditException when the edit does not fit the atlas (unknown region, duplicate id, ...)
     */
    Atlas apply(Atlas atlas);

    /** What the step does, for the Edit menu and the change log. */
    Description description();

    /**
     * What the step did, for the status line once it is done: its description, unless that only counts the
     * municipalities it touched ("6 gemeenten toevoegen aan …"); then this names a few of them, so the editor can
     * tell the step from the stroke they meant.
     */
    default Description outcome() {
        return description();
    }

    /** The ids of the regions this edit touches, for a region's history. */
    Set<String> regionIds();

    /**
     * Why the editor made it, or the reason a step gives itself (a reorganisation's mergers), or null; stored as a
     * correction when given.
     */
    String reason();

    /** The reason as stored: trimmed, and null when none was given. */
    static String givenReason(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
