package nl.onderwijsregio.atlas.ui.presenter;

import java.util.Map;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;

/** Presenter models on the bundled data, north to south, for the plain tests of what the keys do. */
final class PresenterTestModels {

    private static MapGeometry geometry;

    private PresenterTestModels() {
    }

    /** A presenter opened on the whole country of {@code sector}. */
    static synchronized PresenterModel on(Sector sector) throws DataLoadException {
        if (geometry == null) {
            geometry = MapGeometry.of(TestData.bundledAtlas());
        }
        return new PresenterModel(TestData.bundledMaps(), geometry, sector, Map.of());
    }

    /** The id of the theme shown, or null outside a tour. */
    static String theme(PresenterModel model) {
        return model.themeProperty().get() == null ? null : model.themeProperty().get().id();
    }

    /** The id of the spotlighted region, or null on the whole country. */
    static String region(PresenterModel model) {
        return model.current() == null ? null : model.current().id();
    }
}
