package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.DutchOrder;

/**
 * What one sector's map shows: its regions with territory (with colours and shapes), its national
 * regions (listed beside the map), and for each municipality the regions of the sector that cover it.
 * Immutable.
 */
public final class SectorLayer {

    private final Sector sector;
    private final List<Region> regions;
    private final List<Region> keyOrder;
    private final Map<String, Integer> keyNumbers;
    private final List<Region> withoutTerritory;
    private final Map<String, Integer> colourIndex;
    private final Map<String, RegionShape> shapes;
    private final Map<String, ProjectedShape> soleFills;
    private final Map<String, List<String>> cover;
    private final Map<String, Set<String>> adjacency;

    SectorLayer(Sector sector, List<Region> regions, List<Region> withoutTerritory, Map<String, Integer> colourIndex,
                Map<String, RegionShape> shapes, Map<String, ProjectedShape> soleFills,
                Map<String, Set<String>> adjacency) {
        this.sector = sector;
        this.regions = List.copyOf(regions);
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(java.util.Comparator.comparing(Region::displayName, DutchOrder.NAMES));
        this.keyOrder = List.copyOf(sorted);
        Map<String, Integer> numbers = new java.util.HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            numbers.putIfAbsent(sorted.get(i).id(), i + 1);
        }
        this.keyNumbers = Map.copyOf(numbers);
        this.withoutTerritory = List.copyOf(withoutTerritory);
        this.colourIndex = Map.copyOf(colourIndex);
        this.shapes = Map.copyOf(shapes);
        this.soleFills = Map.copyOf(soleFills);
        this.adjacency = Map.copyOf(adjacency);
        Map<String, Set<String>> members = new LinkedHashMap<>();
        regions.forEach(r -> members.put(r.id(), shapes.get(r.id()).members()));
        this.cover = coverOf(members);
    }

    /** For each municipality, the regions (in the order given) whose members hold it. */
    static Map<String, List<String>> coverOf(Map<String, Set<String>> membersByRegion) {
        Map<String, List<String>> c = new LinkedHashMap<>();
        membersByRegion.forEach((id, codes) -> codes.forEach(
                code -> c.computeIfAbsent(code, k -> new ArrayList<>()).add(id)));
        c.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(c);
    }

    public Sector sector() {
        return sector;
    }

    /** Regions of the sector drawn on the map, in data order. */
    public List<Region> regions() {
        return regions;
    }

    /**
     * The regions drawn on the map in the order every legend lists them, on screen and in exports: by name, as
     * a reader looks a name up. A region's number in the numbered key is its place in this list.
     */
    public List<Region> keyOrder() {
        return keyOrder;
    }

    /**
     * The region's number in the key, from 1, as its legend row and its mark on the map show it where its
     * name does not fit; 0 for a region this map does not draw (a national one, or of another sector).
     */
    public int keyNumber(String regionId) {
        return keyNumbers.getOrDefault(regionId, 0);
    }

    /** Regions of the sector with no territory (national ones, or none of their members resolved). */
    public List<Region> withoutTerritory() {
        return withoutTerritory;
    }

    public Rgb colour(String regionId) {
        Integer i = colourIndex.get(regionId);
        return i == null ? null : RegionPalette.region(i);
    }

    public Map<String, Integer> colourIndices() {
        return colourIndex;
    }

    public RegionShape shape(String regionId) {
        return shapes.get(regionId);
    }

    /**
     * The dissolved part of a region that no other region of this sector covers: filled in the region's
     * colour, while its overlaps are striped. Empty when every member is shared.
     */
    public ProjectedShape soleFill(String regionId) {
        return soleFills.get(regionId);
    }

    /** Ids of the regions touching, overlapping or facing {@code regionId} across a little water in this sector. */
    public Set<String> adjacent(String regionId) {
        return adjacency.getOrDefault(regionId, Set.of());
    }

    /** Every region's {@link #adjacent} ids: the sector's neighbour graph. */
    Map<String, Set<String>> adjacency() {
        return adjacency;
    }

    /** Ids of this sector's regions covering municipality {@code code}, in data order; empty for a gap. */
    public List<String> covering(String code) {
        return cover.getOrDefault(code, List.of());
    }

    public int coverCount(String code) {
        return covering(code).size();
    }

    /** Whether a municipality is drawn striped: it lies in two or more regions of this sector. */
    public boolean isOverlap(String code) {
        return coverCount(code) >= 2;
    }

    /** The same layer with its regions' colours (see {@link RegionMaps#colourIndices()}). */
    SectorLayer withColours(Map<String, Integer> colours) {
        Map<String, Integer> mine = new java.util.HashMap<>();
        regions.forEach(r -> mine.put(r.id(), colours.get(r.id())));
        return new SectorLayer(sector, regions, withoutTerritory, mine, shapes, soleFills, adjacency);
    }
}
