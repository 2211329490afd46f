package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.DataText;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * Unsaved work kept in the user's application-data folder, so that a crash loses at most the last ten seconds.
 * The data goes to {@code recovery.json}, then a small {@code recovery.properties} names the file it
 * belongs to, the hash that file had when it was loaded and the hash of the {@code recovery.json} it
 * describes; both are written atomically, the description last, so a crash between the two leaves a pair
 * whose hashes disagree. A recovery is pending while both exist and agree; a save or a deliberate
 * discard clears it.
 */
public final class RecoveryStore {

    /** What a crashed session left behind. */
    public record Snapshot(Path dataFile, String loadedHash, Instant savedAt, long edits, RegionData data) {
    }

    private static final String DATA = "recovery.json";
    private static final String META = "recovery.properties";

    private static final Logger LOG = Logger.getLogger(RecoveryStore.class.getName());

    private final Path dir;

    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    /**
     * {@code -Datlas.appdata.dir} when set, else the platform's place for application data:
     * {@code %APPDATA%\OnderwijsregioAtlas}, {@code ~/Library/Application Support/OnderwijsregioAtlas},
     * or {@code $XDG_DATA_HOME/onderwijsregio-atlas} ({@code ~/.local/share/...}).
     */
    public static Path defaultDir() {
        String configured = System.getProperty("atlas.appdata.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "OnderwijsregioAtlas");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/OnderwijsregioAtlas");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("onderwijsregio-atlas");
    }

    public Path dir() {
        return dir;
    }

    public void save(Path dataFile, String loadedHash, long edits, RegionData data, Instant now) throws IOException {
        byte[] bytes = new RegionFileWriter().toBytes(data);
        AtomicFile.write(dir.resolve(DATA), out -> out.write(bytes), false);
        Properties meta = new Properties();
        meta.setProperty("dataFile", dataFile.toAbsolutePath().toString());
        if (loadedHash != null) {
            meta.setProperty("loadedHash", loadedHash);
        }
        meta.setProperty("savedAt", now.toString());
        meta.setProperty("edits", Long.toString(edits));
        meta.setProperty("dataHash", RegionFileStore.hash(bytes));
        StringWriter text = new StringWriter();
        meta.store(text, "Onderwijsregio Atlas: unsaved work");
        byte[] metaBytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(dir.resolve(META), out -> out.write(metaBytes), false);
    }

    /**
     * The unsaved work of an earlier session, if any.
     *
     * @throws DataLoadException when the recovery file cannot be read; it is left in place for inspection
     */
    public Optional<Snapshot> pending() throws DataLoadException {
        Path data = dir.resolve(DATA);
        Path metaFile = dir.resolve(META);
        if (!Files.isRegularFile(data) || !Files.isRegularFile(metaFile)) {
            return Optional.empty();
        }
        try {
            Properties meta = new Properties();
            meta.load(new StringReader(Files.readString(metaFile, StandardCharsets.UTF_8)));
            String dataHash = RegionFileStore.hashOf(data);
            if (!java.util.Objects.equals(dataHash, meta.getProperty("dataHash"))) {
                // A crash between the two writes: these regions may belong to another file than the one named,
                // and restoring them there would overwrite it with them. The next autosave replaces both.
                LOG.warning(() -> "ignoring the recovery in " + dir + ": " + DATA + " is not the one " + META
                        + " describes (hash " + dataHash + ", expected " + meta.getProperty("dataHash") + ")");
                return Optional.empty();
            }
            RegionData regions = new RegionFileReader().read(data, null);
            return Optional.of(new Snapshot(Path.of(meta.getProperty("dataFile")), meta.getProperty("loadedHash"),
                    Instant.parse(meta.getProperty("savedAt")), Long.parseLong(meta.getProperty("edits", "0")),
                    regions));
        } catch (IOException | RuntimeException e) {
            throw new DataLoadException(metaFile, null, DataText.RECOVERY_UNREADABLE.with(e.getMessage()), e);
        }
    }

    /** Forgets the unsaved work: after a save, a discard, or a restore that was declined. */
    public void clear() throws IOException {
        Files.deleteIfExists(dir.resolve(META));
        Files.deleteIfExists(dir.resolve(DATA));
    }
}
