package nl.onderwijsregio.atlas.ui.detail;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.AtlasState;

/**
 * What the locator map follows besides the region, read-only: it draws the main map's shapes, hover,
 * sector and appearance, but never changes them.
 */
public record LocatorInputs(ObservableValue<MapGeometry> geometry, ObservableValue<String> hovered,
                            ObservableValue<RegionMaps> regionMaps, ObservableValue<Sector> sector,
                            ObservableBooleanValue dark) {

    LocatorInputs(AtlasState state) {
        this(state.geometryProperty(), state.hoveredMunicipalityCodeProperty(), state.regionMapsProperty(),
                state.sectorProperty(), state.appearanceProperty().isEqualTo(Appearance.DARK));
    }
}
