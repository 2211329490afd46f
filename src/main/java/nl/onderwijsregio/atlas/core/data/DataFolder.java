package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A data folder the user named ({@code --data DIR}, to the app and to the command line), looked at before anything
 * is read from it. A load would blame the first file it misses ("…/geo/gemeenten_2024.shp: bestand niet gevonden")
 * where the folder itself is not there or is not a data folder; that is told about the folder instead, in the same
 * words by the app and the command line.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** Why {@code dir} cannot be a data folder (not there, not a folder, no regions file, no boundaries); empty when it can. */
    public static Optional<DataLoadException> problem(Path dir) {
        try {
            requireUsable(dir);
            return Optional.empty();
        } catch (DataLoadException e) {
            return Optional.of(e);
        }
    }

    /** As {@link #problem(Path)}, of a folder as typed: a name no path can have is a folder that is not there. */
    public static Optional<DataLoadException> problem(String dir) {
        try {
            return problem(Path.of(dir));
        } catch (InvalidPathException e) {
            return Optional.of(new FolderProblem(null, DATA_FOLDER_MISSING.with(dir)));
        }
    }

    /** As {@link #problem(Path)}, thrown. */
    public static void requireUsable(Path dir) throws DataLoadException {
        requireFolder(dir);
        requireRegionFile(dir);
        requireBoundaries(dir);
    }

    /** {@code dir} is there, and is a folder. */
    public static void requireFolder(Path dir) throws DataLoadException {
        Path shown = shown(dir);
        if (!Files.exists(shown)) {
            throw new FolderProblem(shown, DATA_FOLDER_MISSING.with(shown));
        }
        if (!Files.isDirectory(shown)) {
            throw new FolderProblem(shown, DATA_FOLDER_NOT_A_FOLDER.with(shown));
        }
    }

    /** The folder {@code dir} holds a regions file; a folder of that name is told as the load tells it. */
    public static void requireRegionFile(Path dir) throws DataLoadException {
        Path shown = shown(dir);
        Path regions = shown.resolve(AtlasLoader.REGION_FILE);
        if (Files.isDirectory(regions)) {
            throw new DataLoadException(regions, null, JSON_FOLDER.with());
        }
        if (!Files.isRegularFile(regions)) {
            throw new FolderProblem(shown, DATA_FOLDER_NO_REGIONS.with(shown, AtlasLoader.REGION_FILE));
        }
    }

    /** The folder {@code dir} holds a municipality edition, {@code geo/gemeenten_YYYY.shp}. */
    public static void requireBoundaries(Path dir) throws DataLoadException {
        Path shown = shown(dir);
        if (!holdsBoundaries(shown)) {
            throw new FolderProblem(shown, DATA_FOLDER_NO_BOUNDARIES.with(shown));
        }
    }

    /** Whether {@code dir} holds a municipality edition, {@code geo/gemeenten_YYYY.shp}. */
    public static boolean holdsBoundaries(Path dir) {
        // Without an edition the list holds the name the bundled one would have, which is then not there.
        return Files.isRegularFile(AtlasLoader.municipalityEditions(dir).get(0));
    }

    private static Path shown(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    /** A problem of the folder as a whole: its sentence names the folder, so no file is put before it. */
    private static final class FolderProblem extends DataLoadException {
        FolderProblem(Path folder, DataPhrase problem) {
            super(folder, null, problem);
        }

        @Override
        public String message(Locale locale) {
            return problemPhrase().in(locale);
        }
    }
}
