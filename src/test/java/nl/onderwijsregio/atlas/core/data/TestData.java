package nl.onderwijsregio.atlas.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Paths to the bundled data and helpers to make broken copies of it in a test's temp folder. */
public final class TestData {

    private TestData() {
    }

    public static Path dataDir() {
        return Path.of(System.getProperty("atlas.data.dir", "data"));
    }

    public static Path municipalityShp() {
        return dataDir().resolve(AtlasLoader.MUNICIPALITY_FILE);
    }

    /** Copies the municipality shapefile's parts into {@code dir}; returns the new .shp. */
    public static Path copyMunicipalityShapefile(Path dir) {
        try {
            for (String ext : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
                Path from = dataDir().resolve("geo/gemeenten_2024" + ext);
                Files.copy(from, dir.resolve("gemeenten_2024" + ext), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("gemeenten_2024.shp");
    }
}
