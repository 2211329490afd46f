package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Which other regions already cover municipalities a region would take in, in the sectors that region serves (a
 * membership is for all of them, not the map's sector alone). The map's hover card and the paste list warn of an
 * overlap from this one reckoning and in the same words, so a municipality pasted in is not let through where a
 * click on it would have been warned about.
 */
final class Overlaps {

    private Overlaps() {
    }

    /** The other regions covering any of {@code codes}, each with the sectors it shares with {@code region}, in order. */
    static Map<Region, List<Sector>> of(Atlas atlas, Collection<String> codes, Region region) {
        Map<Region, List<Sector>> shared = new LinkedHashMap<>();
        for (String code : codes) {
            atlas.othersCovering(code, region).forEach((other, sectors) -> {
                List<Sector> known = shared.computeIfAbsent(other, o -> new ArrayList<>());
                sectors.stream().filter(s -> !known.contains(s)).forEach(known::add);
            });
        }
        return shared;
    }

    /** Whether another region of a sector {@code region} serves already covers {@code code}. */
    static boolean overlaps(Atlas atlas, String code, Region region) {
        return !atlas.othersCovering(code, region).isEmpty();
    }

    /** "Twente (PO), Haaglanden (PO, VO)": the regions and the sectors each shares. */
    static String regions(Map<Region, List<Sector>> shared) {
        return shared.entrySet().stream()
                .map(e -> Messages.t("editor.overlap.region", e.getKey().displayName(),
                        e.getValue().stream().map(Sector::name).collect(Collectors.joining(", "))))
                .collect(Collectors.joining(", "));
    }
}
