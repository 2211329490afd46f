package nl.onderwijsregio.atlas.core.edit;

import java.time.Duration;
import java.time.Instant;

/**
 * When unsaved work goes to the recovery file: on every 20th edit, and once a minute while there are
 * edits the recovery file does not hold yet.
 */
public final class AutosavePolicy {

    public static final int EVERY_N_EDITS = 20;
    public static final Duration EVERY = Duration.ofMinutes(1);

    private long savedAtCount;
    private Instant savedAt;

    public AutosavePolicy(long editCount, Instant now) {
        this.savedAtCount = editCount;
        this.savedAt = now;
    }

    /** Due right after an edit: the 20th, 40th, ... edit since the last recovery save. */
    public boolean dueAfterEdit(long editCount) {
        return editCount - savedAtCount >= EVERY_N_EDITS;
    }

    /** Due on the minute tick when anything changed since the last recovery save. */
    public boolean dueOnTick(long editCount, Instant now) {
        return editCount != savedAtCount && !now.isBefore(savedAt.plus(EVERY));
    }

    public void saved(long editCount, Instant now) {
        savedAtCount = editCount;
        savedAt = now;
    }
}
