package nl.onderwijsregio.atlas.ui.prefs;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The data folder named at start ({@code --data DIR}, which the launcher passes on as {@code atlas.data.dir}),
 * looked at before anything is read from it. A folder that is not there, or lacks the regions file or the
 * boundaries, gave an empty map and a message about one file in it; it is told about as a folder instead, and set
 * aside, so that the start, and File › bundled data later, show the bundled data.
 */
final class NamedDataFolder {

    static final String PROPERTY = "atlas.data.dir";

    private NamedDataFolder() {
    }

    /** Why {@code dir} cannot be a data folder, in the atlas language; empty when it can. */
    static Optional<String> problem(Path dir) {
        Path shown = dir.toAbsolutePath().normalize();
        if (!Files.exists(shown)) {
            return Optional.of(Messages.t("settings.dataFolder.missing", shown));
        }
        if (!Files.isDirectory(shown)) {
            return Optional.of(Messages.t("settings.dataFolder.notAFolder", shown));
        }
        if (!Files.isRegularFile(shown.resolve(AtlasLoader.REGION_FILE))) {
            return Optional.of(Messages.t("settings.dataFolder.noRegions", shown, AtlasLoader.REGION_FILE));
        }
        // Without an edition the list holds the name the bundled one would have, which is then not there.
        if (!Files.isRegularFile(AtlasLoader.municipalityEditions(shown).get(0))) {
            return Optional.of(Messages.t("settings.dataFolder.noBoundaries", shown));
        }
        return Optional.empty();
    }

    /**
     * Sets the folder named at start aside when it cannot be a data folder, and says why; empty when it can, or
     * when none was named.
     */
    static Optional<String> setAsideIfUnusable() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        Optional<String> why;
        try {
            why = problem(Path.of(named));
        } catch (InvalidPathException e) {
            why = Optional.of(Messages.t("settings.dataFolder.missing", named));
        }
        why.ifPresent(w -> System.clearProperty(PROPERTY));
        return why;
    }
}
