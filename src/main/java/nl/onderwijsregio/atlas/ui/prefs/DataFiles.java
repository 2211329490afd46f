package nl.onderwijsregio.atlas.ui.prefs;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;

/** The two files an atlas is loaded from: the municipality shapefile and the regions file. */
public record DataFiles(Path municipalities, Path regions) {

    /** The files of a data folder laid out like the bundled one. */
    public static DataFiles in(Path dataDir) {
        return new DataFiles(dataDir.resolve(AtlasLoader.MUNICIPALITY_FILE), dataDir.resolve(AtlasLoader.REGION_FILE));
    }

    public DataFiles withMunicipalities(Path shp) {
        return new DataFiles(shp, regions);
    }

    public DataFiles withRegions(Path json) {
        return new DataFiles(municipalities, json);
    }

    public boolean exist() {
        return Files.isRegularFile(municipalities) && Files.isRegularFile(regions);
    }

    /** A shapefile is opened as municipalities, anything else as a regions file. */
    public static boolean isShapefile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase().endsWith(".shp");
    }

    /** These files with {@code file} put in its place, by its kind. */
    public DataFiles with(Path file) {
        return isShapefile(file) ? withMunicipalities(file) : withRegions(file);
    }
}
