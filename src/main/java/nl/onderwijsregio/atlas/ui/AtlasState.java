package nl.onderwijsregio.atlas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;

/**
 * The application's shared view-model. Views bind to these properties instead of to each other:
 * a change here is the event every interested view hears (the selected region, the shown sector, ...).
 * Only touched on the FX thread.
 */
public final class AtlasState {

    private final ObjectProperty<Atlas> atlas = new SimpleObjectProperty<>(this, "atlas");
    private final ObjectProperty<MapGeometry> geometry = new SimpleObjectProperty<>(this, "geometry");
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>(this, "sector", Sector.PO);
    private final StringProperty selectedRegionId = new SimpleStringProperty(this, "selectedRegionId");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    /** The loaded snapshot; null until loading finishes. */
    public ObjectProperty<Atlas> atlasProperty() {
        return atlas;
    }

    public Atlas atlas() {
        return atlas.get();
    }

    /** The projected geometry of {@link #atlas()}'s boundaries; set together with the first atlas. */
    public ObjectProperty<MapGeometry> geometryProperty() {
        return geometry;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    /** The selected region's id, or null. */
    public StringProperty selectedRegionIdProperty() {
        return selectedRegionId;
    }

    /** One line for the status bar. */
    public StringProperty statusProperty() {
        return status;
    }
}
