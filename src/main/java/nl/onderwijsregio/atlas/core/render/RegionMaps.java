package nl.onderwijsregio.atlas.core.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.geo.NearbyMunicipalities;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.geo.RegionColouring;
import nl.onderwijsregio.atlas.core.geo.RegionOutline;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.locationtech.jts.geom.Geometry;

/**
 * The region layers of one atlas snapshot, one per sector: colours, dissolved outlines, label points
 * and cover counts. Building it unions every region, so do it once per snapshot and off the FX thread.
 * After an edit, {@link #update(Atlas)} recomputes only the outlines whose member set changed.
 * Immutable.
 */
public final class RegionMaps {

    private final Atlas atlas;
    private final MunicipalityGraph graph;
    private final Map<String, Geometry> snapped;
    private final NearbyMunicipalities nearby;
    /** Outlines and sole fills by member set, built for this snapshot or taken from the previous one. */
    private final Map<Set<String>, RegionShape> shapesByMembers = new HashMap<>();
    private final Map<Set<String>, ProjectedShape> fillsByMembers = new HashMap<>();
    private final Map<Sector, SectorLayer> layers = new EnumMap<>(Sector.class);
    private final Map<String, Integer> colourIndices;
    /**
     * Every region's own colour index seen since the fresh build, also of regions since deleted: undoing a
     * deletion brings the region back in the colour it had, where that is still free.
     */
    private final Map<String, Integer> coloursSeen;

    private RegionMaps(Atlas atlas, MunicipalityGraph graph, Map<String, Geometry> snapped,
                       NearbyMunicipalities nearby, RegionMaps previous) {
        this.atlas = atlas;
        this.graph = graph;
        this.snapped = snapped;
        this.nearby = nearby;
        for (Sector sector : Sector.values()) {
            layers.put(sector, buildLayer(sector, previous));
        }
        // One colour per region across the sectors: a region keeps its colour when the sector changes and
        // the presenter's three maps side by side compare at a glance. Colouring the union of the
        // sectors' neighbour graphs keeps neighbours apart on every sector's map.
        if (previous == null) {
            Map<String, Integer> colours = RegionColouring.colour(
                    joint(layers.values().stream().map(SectorLayer::adjacency).toList()), RegionPalette.PREFERRED);
            layers.replaceAll((sector, layer) -> layer.withColours(colours));
        } else {
            // After an edit each sector's map is coloured again on its own: with the union, a clash on one map
            // (a region newly shown there, or grown against a region of the same colour) recoloured the region on
            // every map, so the region being edited seemed to become another one where nothing required it.
            Set<String> changed = previous.changedIn(atlas);
            layers.replaceAll((sector, layer) -> layer.withColours(RegionColouring.recolour(layer.adjacency(),
                    RegionPalette.PREFERRED, previous.coloursToKeep(sector), changed)));
        }
        this.colourIndices = ownColours();
        Map<String, Integer> seen = new HashMap<>(previous == null ? Map.of() : previous.coloursSeen);
        seen.putAll(colourIndices);
        this.coloursSeen = seen;
    }

    /**
     * Each region's own colour index: the one it has on the map of the first sector it serves. A fresh build gives
     * a region this colour on every map; after edits a region may have another one on a map where its own would
     * clash with a neighbour there.
     */
    public Map<String, Integer> colourIndices() {
        return colourIndices;
    }

    private Map<String, Integer> ownColours() {
        Map<String, Integer> own = new TreeMap<>();
        for (Sector sector : Sector.values()) {
            layers.get(sector).colourIndices().forEach(own::putIfAbsent);
        }
        return Map.copyOf(own);
    }

    /**
     * The colours this snapshot would have a region keep on {@code sector}'s map: the one it has there, and for a
     * region not on that map (yet) its own colour, so a region newly shown in a sector looks as elsewhere if it can.
     */
    private Map<String, Integer> coloursToKeep(Sector sector) {
        Map<String, Integer> keep = new HashMap<>(coloursSeen);
        keep.putAll(layers.get(sector).colourIndices());
        return keep;
    }

    /** Ids of the regions of {@code newAtlas} that are new or whose members or sectors differ from this snapshot. */
    private Set<String> changedIn(Atlas newAtlas) {
        Set<String> changed = new TreeSet<>();
        for (Region r : newAtlas.regions()) {
            Region old = atlas.region(r.id()).orElse(null);
            if (old == null || !old.memberCodes().equals(r.memberCodes()) || !old.sectors().equals(r.sectors())) {
                changed.add(r.id());
            }
        }
        return changed;
    }

    /** Builds all three sector layers; {@code graph} is the municipalities' adjacency of this edition. */
    public static RegionMaps build(Atlas atlas, MunicipalityGraph graph) {
        return new RegionMaps(atlas, graph, snap(atlas), NearbyMunicipalities.of(atlas.municipalities().values()),
                null);
    }

    /** Builds the graph too (about a second for the whole country). */
    public static RegionMaps build(Atlas atlas) {
        return build(atlas, MunicipalityGraph.of(atlas.municipalities().values()));
    }

    /**
     * The layers of a new snapshot with the same boundaries (e.g. after an edit): outlines of regions
     * whose members did not change are reused, and so are colours wherever they still keep neighbours
     * apart on that sector's map, so regions the edit did not involve keep their colour, and a region keeps its
     * colour on every map where no neighbour there takes it.
     */
    public RegionMaps update(Atlas newAtlas) {
        return new RegionMaps(newAtlas, graph, snapped, nearby, this);
    }

    public Atlas atlas() {
        return atlas;
    }

    public MunicipalityGraph graph() {
        return graph;
    }

    public SectorLayer layer(Sector sector) {
        return layers.get(sector);
    }

    private SectorLayer buildLayer(Sector sector, RegionMaps previous) {
        List<Region> drawn = new ArrayList<>();
        List<Region> withoutTerritory = new ArrayList<>();
        Map<String, RegionShape> shapes = new LinkedHashMap<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Region r : atlas.regionsServing(sector)) {
            Set<String> codes = new TreeSet<>();
            for (String c : r.memberCodes()) {
                if (atlas.municipalities().containsKey(c)) {
                    codes.add(c);
                }
            }
            // A member code the loaded shapefile lacks gives no shape either.
            if (!r.hasTerritory() || codes.isEmpty()) {
                withoutTerritory.add(r);
                continue;
            }
            drawn.add(r);
            shapes.put(r.id(), reuse(shapesByMembers, previous == null ? null : previous.shapesByMembers,
                    Set.copyOf(codes), key -> shapeOf(snapped, key)));
            members.put(r.id(), codes);
        }
        // Colours come later, once every sector's layer is built: from all sectors together for a fresh atlas,
        // per sector after an edit (see the constructor).
        return new SectorLayer(sector, drawn, withoutTerritory, Map.of(), shapes,
                soleFills(shapes, members, previous), adjacency(members));
    }

    private Map<String, Set<String>> adjacency(Map<String, Set<String>> membersByRegion) {
        return RegionColouring.adjacency(membersByRegion, this::lookLikeNeighbours);
    }

    /** The union of the sectors' neighbour graphs: regions are neighbours if they are on any sector's map. */
    private static Map<String, Set<String>> joint(List<Map<String, Set<String>>> adjacencies) {
        Map<String, Set<String>> joint = new TreeMap<>();
        adjacencies.forEach(adjacency -> adjacency.forEach(
                (id, touching) -> joint.computeIfAbsent(id, k -> new TreeSet<>()).addAll(touching)));
        return joint;
    }

    /**
     * Per region, the dissolved part that no other region of the sector covers: what the painter fills
     * in the region's colour. Filling one outline instead of every member keeps the inner municipality
     * borders out of the rasteriser, which is most of a redraw's fill cost. A region without overlaps
     * reuses its outline.
     */
    private Map<String, ProjectedShape> soleFills(Map<String, RegionShape> shapes, Map<String, Set<String>> members,
                                                  RegionMaps previous) {
        Map<String, List<String>> cover = SectorLayer.coverOf(members);
        Map<String, ProjectedShape> fills = new HashMap<>();
        members.forEach((id, codes) -> {
            Set<String> sole = new TreeSet<>();
            codes.stream().filter(c -> cover.get(c).size() == 1).forEach(sole::add);
            fills.put(id, sole.size() == codes.size() ? shapes.get(id).outline()
                    : reuse(fillsByMembers, previous == null ? null : previous.fillsByMembers, Set.copyOf(sole),
                            key -> ProjectedShape.fromWgs84(dissolve(snapped, key))));
        });
        return fills;
    }

    /** What this snapshot built for {@code key}, else what {@code before} built, else a new one; kept for the next. */
    private static <T> T reuse(Map<Set<String>, T> built, Map<Set<String>, T> before, Set<String> key,
                               Function<Set<String>, T> make) {
        T value = built.get(key);
        if (value == null && before != null) {
            value = before.get(key);
        }
        if (value == null) {
            value = make.apply(key);
        }
        built.put(key, value);
        return value;
    }

    /**
     * Colours all regions again from scratch, as building does: each sector's neighbour graph, their
     * union, DSATUR on that (for the benchmark).
     */
    public Map<String, Integer> recolour() {
        List<Map<String, Set<String>>> adjacencies = new ArrayList<>();
        for (SectorLayer layer : layers.values()) {
            Map<String, Set<String>> members = new LinkedHashMap<>();
            layer.regions().forEach(r -> members.put(r.id(), layer.shape(r.id()).members()));
            adjacencies.add(adjacency(members));
        }
        return RegionColouring.colour(joint(adjacencies), RegionPalette.PREFERRED);
    }

    /** Bordering, or facing each other across a little water: both look like neighbours on the map. */
    private Set<String> lookLikeNeighbours(String code) {
        Set<String> near = nearby.of(code);
        if (near.isEmpty()) {
            return graph.neighbours(code);
        }
        Set<String> all = new TreeSet<>(graph.neighbours(code));
        all.addAll(near);
        return all;
    }

    private static Map<String, Geometry> snap(Atlas atlas) {
        Map<String, Geometry> snapped = new HashMap<>();
        for (Municipality m : atlas.municipalities().values()) {
            if (m.geometryWgs84() != null) {
                snapped.put(m.code(), RegionOutline.snap(m.geometryWgs84()));
            }
        }
        return Map.copyOf(snapped);
    }

    /** Recomputes one region's shape from its members, as an edit does: the cost the editor waits for. */
    public RegionShape recompute(Set<String> members) {
        return shapeOf(snapped, members);
    }

    /** Dissolves the members of one region into its outline and finds its label point. */
    static RegionShape shapeOf(Map<String, Geometry> snapped, Set<String> members) {
        Geometry outline = dissolve(snapped, members);
        return new RegionShape(Set.copyOf(members), outline, ProjectedShape.fromWgs84(outline),
                RegionOutline.labelAnchor(outline));
    }

    private static Geometry dissolve(Map<String, Geometry> snapped, Set<String> members) {
        List<Geometry> parts = new ArrayList<>();
        for (String code : new TreeSet<>(members)) {
            Geometry g = snapped.get(code);
            if (g != null) {
                parts.add(g);
            }
        }
        return RegionOutline.dissolve(parts);
    }
}
