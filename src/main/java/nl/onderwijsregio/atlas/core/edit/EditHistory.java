package nl.onderwijsregio.atlas.core.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * Unlimited undo and redo over immutable snapshots. Each step keeps the snapshot before and after it, so
 * undo and redo are exact, whatever the edit did. Also knows whether the current snapshot differs from the
 * last saved one, and which steps were taken since the last save (for the change log).
 *
 * <p>Not thread-safe: the UI calls it from the FX thread only.
 */
public final class EditHistory {

    /** One performed step. */
    public record Step(Edit edit, Atlas before, Atlas after, Instant at) {
    }

    /**
     * What happened since the last save, in order: a step taken, undone or redone, with the snapshot just before
     * and just after it, so the change log can say what changed, naming a municipality by the boundaries it was
     * in (a merger takes the old code out of the boundaries after it).
     */
    public record Journal(Kind kind, Edit edit, Instant at, Atlas before, Atlas after) {
        public enum Kind { DONE, UNDONE, REDONE }
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Journal> journal = new ArrayList<>();
    private final List<Consumer<EditHistory>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private Atlas current;
    private Atlas saved;
    private long editCount;

    public EditHistory(Atlas start) {
        this(start, Clock.systemUTC());
    }

    public EditHistory(Atlas start, Clock clock) {
        this.current = start;
        this.saved = start;
        this.clock = clock;
    }

    public Atlas current() {
        return current;
    }

    /**
     * Applies {@code edit} to the current snapshot. An edit that changes nothing is not recorded.
     *
     * @return true when the data changed
     * @throws EditException when the edit does not fit; nothing changes then
     */
    public boolean perform(Edit edit) {
        Atlas next = edit.apply(current);
        if (next == current || next.data().equals(current.data())) {
            return false;
        }
        Instant now = clock.instant();
        undo.push(new Step(edit, current, next, now));
        redo.clear();
        journal.add(new Journal(Journal.Kind.DONE, edit, now, current, next));
        current = next;
        editCount++;
        fire();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The step that undo would revert. */
    public Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Step::edit);
    }

    public Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Step::edit);
    }

    public Optional<Edit> undo() {
        Step s = undo.poll();
        if (s == null) {
            return Optional.empty();
        }
        redo.push(s);
        current = s.before();
        journal.add(new Journal(Journal.Kind.UNDONE, s.edit(), clock.instant(), s.after(), s.before()));
        editCount++;
        fire();
        return Optional.of(s.edit());
    }

    public Optional<Edit> redo() {
        Step s = redo.poll();
        if (s == null) {
            return Optional.empty();
        }
        undo.push(s);
        current = s.after();
        journal.add(new Journal(Journal.Kind.REDONE, s.edit(), clock.instant(), s.before(), s.after()));
        editCount++;
        fire();
        return Optional.of(s.edit());
    }

    /** What was loaded or last saved: where the unsaved work began. */
    public Atlas saved() {
        return saved;
    }

    /** True when the current data differs from what was loaded or last saved. */
    public boolean isDirty() {
        return current != saved && !current.data().equals(saved.data());
    }

    /** Steps taken, undone and redone since the last save, oldest first. */
    public List<Journal> unsavedJournal() {
        return List.copyOf(journal);
    }

    /** Edits, undos and redos since start; the autosave counts them. */
    public long editCount() {
        return editCount;
    }

    /** Call after the current snapshot was written: it becomes the clean state and the journal empties. */
    public void markSaved() {
        saved = current;
        journal.clear();
        fire();
    }

    /** Starts over from {@code atlas} (after a reload): no undo, no redo, clean unless {@code dirty}. */
    public void reset(Atlas atlas, boolean dirty) {
        startOver(atlas, dirty);
        fire();
    }

    /**
     * Starts over from work restored from the recovery file: unsaved, without undo, and with one step in the
     * journal, named by {@code description} and touching the regions that differ, so that the next save
     * logs where its changes came from instead of an empty change set.
     */
    public void restore(Atlas restored, Description description) {
        restore(current, restored, description);
    }

    /**
     * As {@link #restore(Atlas, Description)}, for work that began from {@code base} rather than from what is shown
     * now (the file changed on disk between the crash and the restart): {@code base} becomes the saved state, so that
     * the work, and the step the next save logs, are the editor's changes only, not the undoing of a colleague's.
     */
    public void restore(Atlas base, Atlas restored, Description description) {
        restore(base, restored, description, List.of());
    }

    /**
     * As {@link #restore(Atlas, Atlas, Description)}, with the steps the work was kept with, as the change log words
     * them: the next save logs those, with their names and reasons, rather than one step of restored work.
     */
    public void restore(Atlas base, Atlas restored, Description description, List<ChangeLog.Change> steps) {
        Restored step = new Restored(restored.data(), description, changedRegions(base, restored), List.copyOf(steps));
        startOver(restored, true);
        saved = base;
        journal.add(new Journal(Journal.Kind.DONE, step, clock.instant(), base, restored));
        fire();
    }

    /**
     * Carries the work over onto {@code theirs}, a colleague's version saved meanwhile, which becomes the saved state.
     * Every snapshot undo and redo return to goes through {@code onto}, which adds the colleague's changes to it, so
     * that undoing a step never takes theirs away. Where {@code onto} cannot (the snapshot clashes with theirs) undo
     * ends, or redo: that step and the ones beyond it are dropped. A step theirs already made is dropped too, as its
     * undo would change nothing. The journal stays: it tells the editor's own steps for the change log.
     *
     * @param onto the snapshot with the colleague's changes added; empty when they clash. Must carry the current one.
     * @return how many steps of undo and redo were dropped
     */
    public int carryOver(Atlas theirs, Function<Atlas, Optional<Atlas>> onto) {
        Map<Atlas, Optional<Atlas>> carried = new IdentityHashMap<>();
        Atlas now = onto.apply(current).orElseThrow(() -> new IllegalArgumentException("the work clashes with theirs"));
        carried.put(current, Optional.of(now));
        int steps = undo.size() + redo.size();
        List<Step> undone = carried(undo, a -> carried.computeIfAbsent(a, onto));
        List<Step> redone = carried(redo, a -> carried.computeIfAbsent(a, onto));
        undo.clear();
        undo.addAll(undone);
        redo.clear();
        redo.addAll(redone);
        current = now;
        saved = theirs;
        fire();
        return steps - undo.size() - redo.size();
    }

    /** {@code steps}, nearest first, carried over until the first that cannot be. */
    private static List<Step> carried(Deque<Step> steps, Function<Atlas, Optional<Atlas>> onto) {
        List<Step> kept = new ArrayList<>();
        for (Step s : steps) {
            Optional<Atlas> before = onto.apply(s.before());
            Optional<Atlas> after = onto.apply(s.after());
            if (before.isEmpty() || after.isEmpty()) {
                break;
            }
            if (!before.get().data().equals(after.get().data())) {
                kept.add(new Step(s.edit(), before.get(), after.get(), s.at()));
            }
        }
        return kept;
    }

    private void startOver(Atlas atlas, boolean dirty) {
        undo.clear();
        redo.clear();
        journal.clear();
        current = atlas;
        if (!dirty) {
            saved = atlas;
        }
    }

    private static Set<String> changedRegions(Atlas before, Atlas after) {
        Map<String, Region> old = new HashMap<>();
        before.regions().forEach(r -> old.put(r.id(), r));
        Set<String> changed = new LinkedHashSet<>();
        for (Region r : after.regions()) {
            if (!r.equals(old.remove(r.id()))) {
                changed.add(r.id());
            }
        }
        changed.addAll(old.keySet());
        return changed;
    }

    /**
     * The restored work as a step of the journal; it is never undone, only logged: as {@code steps} when the work was
     * kept with them, else as itself.
     */
    record Restored(RegionData data, Description description, Set<String> regionIds, List<ChangeLog.Change> steps)
            implements Edit {
        @Override
        public Atlas apply(Atlas atlas) {
            return atlas.withData(data);
        }

        @Override
        public String reason() {
            return null;
        }
    }

    public int undoDepth() {
        return undo.size();
    }

    /** Called after every change of the current snapshot or of the saved state. */
    public void addListener(Consumer<EditHistory> listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(l -> l.accept(this));
    }
}
