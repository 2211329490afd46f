package nl.onderwijsregio.atlas.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * Loads a complete {@link Atlas} from a data folder laid out like the bundled one:
 * {@code geo/gemeenten_2024.shp} (+ basemap layers) and {@code onderwijsregios.json}.
 * Takes a second or two (H2GIS start-up): call it off the FX thread.
 */
public final class AtlasLoader {

    public static final String MUNICIPALITY_FILE = "geo/gemeenten_2024.shp";
    public static final String REGION_FILE = "onderwijsregios.json";

    /**
     * Where the data folder is: the system property {@code atlas.data.dir}; else the packaged app's
     * {@code data} folder ({@code atlas.app.dir}, set by the launcher); else {@code ./data}.
     */
    public static Path defaultDataDir() {
        String configured = System.getProperty("atlas.data.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // The packaged app says where its files are (jpackage's $APPDIR, the same on every system).
        String appDir = System.getProperty("atlas.app.dir");
        if (appDir != null && !appDir.isBlank() && Files.isDirectory(Path.of(appDir, "data"))) {
            return Path.of(appDir, "data");
        }
        Path here = Path.of("data");
        if (Files.isDirectory(here)) {
            return here;
        }
        // The packaged app keeps its data next to the jars: <app>/lib/app/data
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            Path packaged = Path.of(launcher).getParent().getParent().resolve("lib/app/data");
            if (Files.isDirectory(packaged)) {
                return packaged;
            }
        }
        // Started from another folder than the project's: the data of the build the classes come from.
        // Else the absolute path, so that "not found" says where the atlas looked.
        return besideTheBuild(codeSource()).orElse(here.toAbsolutePath());
    }

    /**
     * The {@code data} folder with a region file in or above {@code classes} (a build's {@code target/classes}
     * or a jar in {@code target}), at most three folders up.
     */
    static Optional<Path> besideTheBuild(Path classes) {
        Path dir = classes;
        for (int up = 0; dir != null && up <= 3; up++, dir = dir.getParent()) {
            Path data = dir.resolve("data");
            if (Files.isRegularFile(data.resolve(REGION_FILE))) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }

    private static Path codeSource() {
        try {
            return Path.of(AtlasLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    public Atlas load(Path dataDir) throws DataLoadException {
        return load(dataDir.resolve(MUNICIPALITY_FILE), dataDir.resolve(REGION_FILE));
    }

    public Atlas load(Path municipalityShp, Path regionJson) throws DataLoadException {
        return load(municipalityShp, regionJson, false);
    }

    /**
     * As {@link #load(Path, Path)}; with {@code acceptUnknownCodes} a member code outside the boundaries is
     * kept instead of failing the load, so the validator can report every such code at once.
     */
    public Atlas load(Path municipalityShp, Path regionJson, boolean acceptUnknownCodes) throws DataLoadException {
        try (SpatialDatabase db = SpatialDatabase.open()) {
            BoundaryReader boundaries = new BoundaryReader(db);
            List<Municipality> municipalities = boundaries.readMunicipalities(municipalityShp);
            // A newer edition opened from a folder of its own may come without the background layers: those
            // of the bundled data stand in, rather than a country floating on an empty sea.
            Basemap basemap = boundaries.readBasemap(municipalityShp.toAbsolutePath().getParent(),
                    defaultDataDir().resolve("geo"));
            Set<String> codes = municipalities.stream().map(Municipality::code).collect(Collectors.toSet());
            RegionData data = new RegionFileReader().read(regionJson, acceptUnknownCodes ? null : codes);
            return new Atlas(municipalities, basemap, data);
        }
    }
}
