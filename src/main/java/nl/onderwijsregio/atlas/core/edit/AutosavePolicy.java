package nl.onderwijsregio.atlas.core.edit;

/**
 * When unsaved work goes to the recovery file: on every 20th edit, and on each tick of the caller's
 * timer (every ten seconds) while there are edits the recovery file does not hold yet.
 *
 * <p>The timer's tick is the interval. Comparing the tick with the time of the last save as well would let
 * a timer that fires a little early skip a whole interval, so the policy keeps no time at all.
 */
public final class AutosavePolicy {

    public static final int EVERY_N_EDITS = 20;

    private long savedAtCount;

    /** @param editCount the history's edit count the recovery file (or the loaded file) holds */
    public AutosavePolicy(long editCount) {
        this.savedAtCount = editCount;
    }

    /** Due right after an edit: the 20th, 40th, ... edit since the last recovery save. */
    public boolean dueAfterEdit(long editCount) {
        return editCount - savedAtCount >= EVERY_N_EDITS;
    }

    /** Due on the timer's tick when anything changed since the last recovery save. */
    public boolean dueOnTick(long editCount) {
        return editCount != savedAtCount;
    }

    public void saved(long editCount) {
        savedAtCount = editCount;
    }
}
