package nl.onderwijsregio.atlas.ui.prefs;

import java.nio.file.Path;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;

/**
 * The two files an atlas is loaded from: the municipality shapefile and the regions file. Files of a data
 * folder ({@link #in}) name it as {@code dataFolder}: its load takes the edition the regions file belongs to
 * ({@link AtlasLoader#loadFolder}), for the regions file does not say which. Files named one by one (null
 * {@code dataFolder}) are loaded as they are, so boundaries the user picked are never swapped for others.
 */
public record DataFiles(Path municipalities, Path regions, Path dataFolder) {

    /** Files named one by one. */
    public DataFiles(Path municipalities, Path regions) {
        this(municipalities, regions, null);
    }

    /**
     * The files of a data folder laid out like the bundled one: its regions file, and its newest municipality
     * edition standing for the boundaries the load will choose.
     */
    public static DataFiles in(Path dataDir) {
        return new DataFiles(AtlasLoader.municipalityEditions(dataDir).get(0), dataDir.resolve(AtlasLoader.REGION_FILE),
                dataDir);
    }

    /** The same two files, whether of a data folder or named one by one. */
    public boolean sameFilesAs(DataFiles other) {
        return municipalities.equals(other.municipalities) && regions.equals(other.regions);
    }

    public DataFiles withMunicipalities(Path shp) {
        return new DataFiles(shp, regions);
    }

    public DataFiles withRegions(Path json) {
        return new DataFiles(municipalities, json);
    }

    /** A shapefile is opened as municipalities, anything else as a regions file. */
    public static boolean isShapefile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp");
    }

    /** These files with {@code file} put in its place, by its kind. */
    public DataFiles with(Path file) {
        return isShapefile(file) ? withMunicipalities(file) : withRegions(file);
    }
}
