package nl.onderwijsregio.atlas.ui.map;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DaemonThreads;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The map's view-model: turns the shared {@link AtlasState} plus the map's own switches (overlap
 * view, labels, labour-market borders, a municipality pinned by search) into the {@link MapScene} the layer paints. It also
 * keeps {@link AtlasState#regionMapsProperty()} up to date, building region layers off the FX thread
 * whenever the atlas changes (an edit reuses every outline whose members stayed the same).
 */
public final class MapViewModel {

    private static final Logger LOG = Logger.getLogger(MapViewModel.class.getName());

    private final AtlasState state;
    private final BooleanProperty overlapView = new SimpleBooleanProperty(this, "overlapView", false);
    private final BooleanProperty labels = new SimpleBooleanProperty(this, "labels", true);
    private final BooleanProperty labourMarkets = new SimpleBooleanProperty(this, "labourMarkets", false);
    private final ReadOnlyBooleanWrapper labourMarketsAvailable = new ReadOnlyBooleanWrapper(this,
            "labourMarketsAvailable");
    private final ObjectProperty<String> pinnedMunicipality = new SimpleObjectProperty<>(this, "pinnedMunicipality");
    private final ReadOnlyObjectWrapper<MapScene> scene = new ReadOnlyObjectWrapper<>(this, "scene",
            MapScene.basemapOnly(MapStyle.light()).withBasemap(false));
    /** One for the app, not per view-model: a thread per view-model would outlive every one made and dropped. */
    private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(
            DaemonThreads.factory("region-layers"));
    private final AtomicLong generation = new AtomicLong();

    public MapViewModel(AtlasState state) {
        this.state = state;
        ChangeListener<Object> rebuild = (obs, o, n) -> updateScene();
        state.regionMapsProperty().addListener(rebuild);
        state.sectorProperty().addListener(rebuild);
        state.selectedRegionIdProperty().addListener(rebuild);
        state.highlightedRegionIdsProperty().addListener(rebuild);
        state.hoveredMunicipalityCodeProperty().addListener(rebuild);
        overlapView.addListener(rebuild);
        labels.addListener(rebuild);
        labourMarkets.addListener(rebuild);
        pinnedMunicipality.addListener(rebuild);
        state.appearanceProperty().addListener(rebuild);
        state.textSizeProperty().addListener(rebuild);
        state.atlasProperty().addListener((obs, o, atlas) -> buildLayers(atlas));
        // Boundaries that name no labour-market regions have no such borders: the switch goes off, not stuck on.
        labourMarketsAvailable.bind(Bindings.createBooleanBinding(
                () -> state.geometryProperty().get() != null && state.geometryProperty().get().hasLabourMarkets(),
                state.geometryProperty()));
        labourMarketsAvailable.addListener((obs, was, available) -> {
            if (!available) {
                labourMarkets.set(false);
            }
        });
        if (state.atlas() != null) {
            buildLayers(state.atlas());
        }
    }

    private void buildLayers(Atlas atlas) {
        if (atlas == null) {
            state.regionMapsProperty().set(null);
            return;
        }
        long gen = generation.incrementAndGet();
        RegionMaps previous = state.regionMapsProperty().get();
        boolean sameBoundaries = previous != null
                && Municipality.sameBoundaries(previous.atlas().municipalities(), atlas.municipalities());
        if (!sameBoundaries && previous != null) {
            // Other boundaries: the old layers would answer hover and click with the old file's regions.
            state.regionMapsProperty().set(null);
        }
        BUILDER.submit(() -> {
            try {
                RegionMaps maps = sameBoundaries ? previous.update(atlas) : RegionMaps.build(atlas);
                Platform.runLater(() -> {
                    if (generation.get() == gen) {
                        state.regionMapsProperty().set(maps);
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "building the region layers failed", e);
                Platform.runLater(() -> state.statusProperty().set(Messages.t("map.layersFailed", e.toString())));
            }
        });
    }

    private void updateScene() {
        String hovered = state.hoveredMunicipalityCodeProperty().get();
        // The offline tiles are drawn once, in the light style; other appearances paint their own basemap.
        boolean light = state.appearanceProperty().get() != Appearance.DARK;
        // The legend card always goes with this map, so regions too small for their names show their numbers in it.
        // The names grow with the window's text size, as every other word does (fewer of them then fit).
        TextSize size = state.textSizeProperty().get();
        scene.set(new MapScene(state.regionMapsProperty().get(), state.sectorProperty().get(), overlapView.get(),
                state.selectedRegionIdProperty().get(), state.highlightedRegionIdsProperty().get(),
                hovered != null ? hovered : pinnedMunicipality.get(), false, labels.get(), !light, 1,
                light ? MapStyle.light() : MapStyle.dark(), labourMarkets.get(), size == null ? 1 : size.factor(), true));
    }

    public ReadOnlyObjectProperty<MapScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public BooleanProperty overlapViewProperty() {
        return overlapView;
    }

    public BooleanProperty labelsProperty() {
        return labels;
    }

    /** Whether the borders of the labour-market regions are drawn over the regions. */
    public BooleanProperty labourMarketsProperty() {
        return labourMarkets;
    }

    /** Whether the boundaries shown name labour-market regions, so that there are borders to draw. */
    public ReadOnlyBooleanProperty labourMarketsAvailableProperty() {
        return labourMarketsAvailable.getReadOnlyProperty();
    }

    /** A municipality chosen in search: outlined on the map until cleared. */
    public ObjectProperty<String> pinnedMunicipalityProperty() {
        return pinnedMunicipality;
    }

    /** The layer of the shown sector, or null while none is built. */
    public SectorLayer layer() {
        RegionMaps maps = state.regionMapsProperty().get();
        return maps == null ? null : maps.layer(state.sectorProperty().get());
    }

    /** The municipality at a point of the Web Mercator plane, or null. */
    public String municipalityAt(double planeX, double planeY) {
        MapGeometry geometry = geometry();
        return geometry == null ? null : geometry.locator().at(planeX, planeY);
    }

    public MapGeometry geometry() {
        return state.geometryProperty().get();
    }

    public AtlasState state() {
        return state;
    }
}
