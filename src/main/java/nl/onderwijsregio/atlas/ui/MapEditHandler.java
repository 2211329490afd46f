package nl.onderwijsregio.atlas.ui;

import java.util.List;
import java.util.Optional;

/**
 * What the map does with clicks in edit mode: one click or one shift-drag stroke over municipalities
 * is handed over as one list, so the editor can make it one undoable step. Until the editor has a
 * region to edit ({@link #armed()}), clicks choose the region under the pointer, as in browsing.
 */
@FunctionalInterface
public interface MapEditHandler {

    /**
     * Whether clicks and strokes edit now: false while there is no region to add municipalities to, and a
     * click on the map should choose one rather than be refused.
     */
    default boolean armed() {
        return true;
    }

    /** @param municipalityCodes the municipalities touched, in the order the stroke met them, no repeats */
    void stroke(List<String> municipalityCodes);

    /**
     * What a click on this municipality would do now ("Klik: Dalfsen verwijderen uit Zwolle en omgeving"), for the
     * hover card: said beside the pointer, where the editor is looking, before the click rather than after it.
     */
    default Optional<String> hoverAction(String municipalityCode) {
        return Optional.empty();
    }

    /**
     * A warning the hover card adds for this municipality about what that click would bring about (an overlap, or
     * a gap), though the click is allowed.
     */
    default Optional<String> hoverNote(String municipalityCode) {
        return Optional.empty();
    }
}
