package nl.onderwijsregio.atlas.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One immutable snapshot of everything the atlas shows: municipalities of one edition, the basemap,
 * and the region data. Edits produce a new snapshot; nothing here changes after construction.
 */
public final class Atlas {

    private final Map<String, Municipality> municipalities;
    private final Basemap basemap;
    private final RegionData data;
    private final Map<String, Region> regionsById;

    public Atlas(List<Municipality> municipalities, Basemap basemap, RegionData data) {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        for (Municipality m : municipalities) {
            byCode.put(m.code(), m);
        }
        this.municipalities = Collections.unmodifiableMap(byCode);
        this.basemap = basemap == null ? Basemap.empty() : basemap;
        this.data = data;
        Map<String, Region> byId = new LinkedHashMap<>();
        for (Region r : data.regions()) {
            byId.put(r.id(), r);
        }
        this.regionsById = Collections.unmodifiableMap(byId);
    }

    /** Municipalities by CBS code, in the order of the boundary file. */
    public Map<String, Municipality> municipalities() {
        return municipalities;
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(code == null ? null : municipalities.get(code));
    }

    public Basemap basemap() {
        return basemap;
    }

    public RegionData data() {
        return data;
    }

    public List<Region> regions() {
        return data.regions();
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(regionsById.get(id));
    }

    /** Regions serving {@code sector}, in data order. */
    public List<Region> regionsServing(Sector sector) {
        return data.regions().stream().filter(r -> r.serves(sector)).collect(Collectors.toList());
    }

    /**
     * For every municipality, in the order of the boundary file, the regions of {@code sector} whose
     * members include it, in data order: an empty list is a gap, two or more an overlap. Member codes
     * of no known municipality are left out.
     */
    public Map<String, List<Region>> coverBy(Sector sector) {
        Map<String, List<Region>> cover = new LinkedHashMap<>();
        municipalities.keySet().forEach(code -> cover.put(code, new ArrayList<>()));
        for (Region region : regionsServing(sector)) {
            for (String code : region.memberCodes()) {
                List<Region> covering = cover.get(code);
                if (covering != null) {
                    covering.add(region);
                }
            }
        }
        return cover;
    }

    /** Regions of {@code sector} whose members include {@code code}. */
    public List<Region> regionsCovering(String code, Sector sector) {
        return data.regions().stream()
                .filter(r -> r.serves(sector) && r.hasMember(code))
                .collect(Collectors.toList());
    }

    /**
     * The other regions that already cover {@code code} in a sector {@code region} serves, each with
     * those shared sectors in order: what adding the municipality to {@code region} would overlap.
     */
    public Map<Region, List<Sector>> othersCovering(String code, Region region) {
        Map<Region, List<Sector>> shared = new LinkedHashMap<>();
        for (Sector sector : region.sectorsInOrder()) {
            for (Region other : regionsCovering(code, sector)) {
                if (!other.id().equals(region.id())) {
                    shared.computeIfAbsent(other, o -> new ArrayList<>()).add(sector);
                }
            }
        }
        return shared;
    }

    /** A new snapshot with the same boundaries and other region data. */
    public Atlas withData(RegionData newData) {
        return new Atlas(List.copyOf(municipalities.values()), basemap, newData);
    }

    /** A new snapshot with one region replaced (matched by id) or appended. */
    public Atlas withRegion(Region region) {
        List<Region> list = new java.util.ArrayList<>(data.regions());
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(region.id())) {
                list.set(i, region);
                replaced = true;
            }
        }
        if (!replaced) {
            list.add(region);
        }
        return withData(data.withRegions(list));
    }
}
