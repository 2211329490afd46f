package nl.onderwijsregio.atlas.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MapEditHandler;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * What the map hands the editor in edit mode: a click or painted stroke becomes one undoable membership
 * edit of the selected region, and the hover card hears when a click would make an overlap. With no region
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
            model.perform(a -> Edits.stroke(a, regionId, codes, model.reason()));
        }
    }

    /** The selected region, when the atlas shown has it. */
    Optional<Region> regionBeingEdited() {
        Atlas atlas = model.atlas();
        String selected = state.selectedRegionIdProperty().get();
        return atlas == null || selected == null ? Optional.empty() : atlas.region(selected);
    }

    /**
     * A note when clicking {@code code} would add it to the selected region while it already belongs to
     * another region in one of the sectors the selected region serves. The map's sector does not count: the
     * membership is added for all of the region's sectors, so an overlap in any of them is what the editor
     * should hear about. Nothing to say when no region is selected or the municipality is already a member:
     * then a click would not add anything.
     */
    @Override
    public Optional<String> hoverNote(String code) {
        Atlas atlas = model.atlas();
        Optional<Region> region = regionBeingEdited();
        if (code == null || region.isEmpty() || region.get().hasMember(code)) {
            return Optional.empty();
        }
        Map<Region, List<Sector>> shared = atlas.othersCovering(code, region.get());
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        String others = shared.entrySet().stream()
                .map(e -> Messages.t("editor.overlap.region", e.getKey().displayName(),
                        e.getValue().stream().map(Sector::name).collect(Collectors.joining(", "))))
                .collect(Collectors.joining(", "));
        String name = atlas.municipality(code).map(Municipality::name).orElse(code);
        return Optional.of(Messages.t("editor.overlap", name, others));
    }
}
