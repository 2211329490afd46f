package nl.onderwijsregio.atlas.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.atlas.core.edit.Edit;
import nl.onderwijsregio.atlas.core.edit.EditException;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.NameList;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MapEditHandler;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * What the map hands the editor in edit mode: a click or painted stroke becomes one undoable membership
 * edit of the selected region, and the hover card hears what a click would do and whether it makes an overlap
 * or leaves a gap. With no region
 * selected the map is not armed, and a click chooses the region to edit.
 */
final class MapEditing implements MapEditHandler {

    private final AtlasState state;
    private final EditorModel model;

    MapEditing(AtlasState state, EditorModel model) {
        this.state = state;
        this.model = model;
    }

    /** Armed once a region of the atlas shown is selected: the one clicks add to and take from. */
    @Override
    public boolean armed() {
        return regionBeingEdited().isPresent();
    }

    /**
     * A map click or painted stroke on the selected region; without one (a stroke that outlived its region), the
     * status line asks for it.
     */
    @Override
    public void stroke(List<String> codes) {
        Optional<Region> region = regionBeingEdited();
        if (region.isEmpty()) {
            model.askForRegion();
            return;
        }
        if (!codes.isEmpty()) {
            String regionId = region.get().id();
            model.perform(a -> Edits.stroke(a, regionId, codes, model.reason(), model.loaded()));
        }
    }

    /** The selected region, when the atlas shown has it. */
    Optional<Region> regionBeingEdited() {
        Atlas atlas = model.atlas();
        String selected = state.selectedRegionIdProperty().get();
        return atlas == null || selected == null ? Optional.empty() : atlas.region(selected);
    }

    /**
     * The step a click on {@code code} would be, as the Edit menu would name it: the click is built as
     * {@link Edits#stroke} builds it, so the card cannot promise other than what is done.
     */
    @Override
    public Optional<String> hoverAction(String code) {
        Optional<Region> region = regionBeingEdited();
        if (code == null || region.isEmpty()) {
            return Optional.empty();
        }
        try {
            Edit click = Edits.stroke(model.atlas(), region.get().id(), List.of(code), null);
            return Optional.of(Messages.t("editor.click", EditorModel.format(click.description())));
        } catch (EditException e) {
            return Optional.empty();
        }
    }

    /**
     * A warning when a click on {@code code} is allowed but changes the map's coverage in a way the editor should
     * hear about, in any sector the selected region serves (the membership is for all of them, not the map's
     * sector alone): adding a municipality another region already covers makes an overlap; removing the last
     * region covering it leaves a gap. Nothing to say when no region is selected.
     */
    @Override
    public Optional<String> hoverNote(String code) {
        Optional<Region> region = regionBeingEdited();
        if (code == null || region.isEmpty()) {
            return Optional.empty();
        }
        Map<Region, List<Sector>> shared = Overlaps.of(model.atlas(), List.of(code), region.get());
        String name = model.municipalityName(code);
        return region.get().hasMember(code) ? gapNote(name, region.get(), shared) : overlapNote(name, shared);
    }

    private static Optional<String> overlapNote(String name, Map<Region, List<Sector>> shared) {
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Messages.t("editor.overlap", name, Overlaps.regions(shared)));
    }

    /** The sectors of {@code region} in which no other region covers the municipality: there removing leaves a gap. */
    private static Optional<String> gapNote(String name, Region region, Map<Region, List<Sector>> shared) {
        List<String> gaps = region.sectorsInOrder().stream()
                .filter(s -> shared.values().stream().noneMatch(sectors -> sectors.contains(s)))
                .map(Sector::name).toList();
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        if (gaps.size() == 1) {
            return Optional.of(Messages.t("editor.gap", name, gaps.get(0)));
        }
        String sectors = NameList.joined(gaps, (others, last) -> Messages.t("editor.names.all", others, last));
        return Optional.of(Messages.t("editor.gap.sectors", name, sectors));
    }
}
