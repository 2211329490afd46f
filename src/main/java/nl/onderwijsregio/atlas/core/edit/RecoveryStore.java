package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.Fingerprint;
import nl.onderwijsregio.atlas.core.data.DataText;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * Unsaved work kept in the user's application-data folder, so that a crash loses at most the last ten seconds.
 * Each regions file has a folder of its own there, so that the work on one file never replaces the work on
 * another that waits to be restored (a copy saved after a conflict, say, whose restore was left for later).
 * In that folder the data goes to {@code recovery.json}, the version the work began from (loaded or last saved) to
 * {@code recovery-base.json}, its steps as the change log words them to {@code recovery-steps.jsonl}, then a small
 * {@code recovery.properties} names the file it belongs to, the hash that file had when it was loaded and the hashes
 * of the three files it describes; all are written atomically, the
 * description last, so a crash between them leaves files whose hashes disagree. A recovery is pending while the
 * data and its description exist and agree; a save or a deliberate discard clears it.
 *
 * <p>The base is kept because the file may change on disk between the crash and the restart (a colleague saves):
 * only against the version the work began from can the editor's own changes be told from the colleague's, in the
 * conflict question and in the change log. A recovery written before the base was kept, or whose base no longer
 * agrees with its description, is still restored, without one.
 */
public final class RecoveryStore {

    /**
     * What a crashed session left behind.
     *
     * @param base the version the work began from, whose hash is {@code loadedHash}; null when it is not known
     *             (work kept by an older version, or begun on a version the session could not tell)
     */
    public record Snapshot(Path dataFile, String loadedHash, Instant savedAt, long edits, RegionData data,
                           RegionData base, List<ChangeLog.Change> steps) {
        public Snapshot {
            steps = List.copyOf(steps);
        }

        /** Work kept without its steps, as versions before they were kept left it. */
        public Snapshot(Path dataFile, String loadedHash, Instant savedAt, long edits, RegionData data, RegionData base) {
            this(dataFile, loadedHash, savedAt, edits, data, base, List.of());
        }
    }

    private static final String DATA = "recovery.json";
    private static final String BASE = "recovery-base.json";
    private static final String META = "recovery.properties";
    /** The steps of the work as the change log words them, so a save after a restore logs them by name. */
    private static final String STEPS = "recovery-steps.jsonl";
    /** How the name of a file's folder begins; the rest is from the hash of the file's path. */
    private static final String SLOT = "work-";

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

    /** The folder that holds the unsaved work on {@code dataFile}. */
    public Path folderFor(Path dataFile) {
        String name = absolute(dataFile).toString();
        return dir.resolve(SLOT + Fingerprint.of(name.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    /** Keeps {@code data}, work on {@code dataFile} whose beginning is not known. */
    public void save(Path dataFile, String loadedHash, long edits, RegionData data, Instant now) throws IOException {
        save(dataFile, loadedHash, edits, data, null, now);
    }

    /**
     * Keeps {@code data}, work on {@code dataFile} begun from {@code base} (which had the hash {@code loadedHash} on
     * disk), or from an unknown version when {@code base} is null.
     */
    public void save(Path dataFile, String loadedHash, long edits, RegionData data, RegionData base, Instant now)
            throws IOException {
        save(dataFile, loadedHash, edits, data, base, List.of(), now);
    }

    /** As {@link #save(Path, String, long, RegionData, RegionData, Instant)}, with the work's steps, as logged. */
    public void save(Path dataFile, String loadedHash, long edits, RegionData data, RegionData base,
                     List<ChangeLog.Change> steps, Instant now) throws IOException {
        Path folder = folderFor(dataFile);
        byte[] bytes = new RegionFileWriter().toBytes(data);
        AtomicFile.write(folder.resolve(DATA), out -> out.write(bytes), false);
        String baseHash = base == null ? null : saveBase(folder, base);
        if (base == null) {
            Files.deleteIfExists(folder.resolve(BASE));
        }
        ChangeLog stepsLog = new ChangeLog(folder.resolve(STEPS));
        byte[] stepBytes = stepsLog.line(new ChangeLog.Entry(now, null, dataFile.getFileName().toString(), steps));
        AtomicFile.write(stepsLog.file(), out -> out.write(stepBytes), false);
        Properties meta = new Properties();
        meta.setProperty("dataFile", absolute(dataFile).toString());
        if (loadedHash != null) {
            meta.setProperty("loadedHash", loadedHash);
        }
        meta.setProperty("savedAt", now.toString());
        meta.setProperty("edits", Long.toString(edits));
        meta.setProperty("dataHash", Fingerprint.of(bytes));
        if (baseHash != null) {
            meta.setProperty("baseHash", baseHash);
        }
        meta.setProperty("stepsHash", Fingerprint.of(stepBytes));
        StringWriter text = new StringWriter();
        meta.store(text, "Onderwijsregio Atlas: unsaved work");
        byte[] metaBytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(folder.resolve(META), out -> out.write(metaBytes), false);
    }

    /** Writes the base unless it is there already: it changes only with a save, the work every few seconds. */
    private static String saveBase(Path folder, RegionData base) throws IOException {
        byte[] bytes = new RegionFileWriter().toBytes(base);
        String hash = Fingerprint.of(bytes);
        if (!hash.equals(Fingerprint.ofFile(folder.resolve(BASE)))) {
            AtomicFile.write(folder.resolve(BASE), out -> out.write(bytes), false);
        }
        return hash;
    }

    /**
     * The unsaved work on {@code dataFile} of an earlier session, if any.
     *
     * @throws DataLoadException when its recovery file cannot be read; it is left in place for inspection
     */
    public Optional<Snapshot> pending(Path dataFile) throws DataLoadException {
        adoptOlderLayout();
        return read(folderFor(dataFile)).filter(s -> absolute(s.dataFile()).equals(absolute(dataFile)));
    }

    /**
     * The unsaved work an earlier session left on other files than {@code dataFile}, newest first. Work that cannot
     * be read is passed over here: it is said when its own file is opened.
     */
    public List<Snapshot> pendingElsewhere(Path dataFile) {
        adoptOlderLayout();
        Path own = folderFor(dataFile);
        List<Snapshot> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith(SLOT) && !f.equals(own))
                    .toList()) {
                try {
                    read(folder).ifPresent(found::add);
                } catch (DataLoadException e) {
                    LOG.warning(() -> "passing over the unreadable recovery in " + folder + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warning(() -> "cannot list the recoveries in " + dir + ": " + e);
        }
        found.sort(Comparator.comparing(Snapshot::savedAt).reversed());
        return found;
    }

    private Optional<Snapshot> read(Path folder) throws DataLoadException {
        Path data = folder.resolve(DATA);
        Path metaFile = folder.resolve(META);
        if (!Files.isRegularFile(data) || !Files.isRegularFile(metaFile)) {
            return Optional.empty();
        }
        try {
            Properties meta = new Properties();
            meta.load(new StringReader(Files.readString(metaFile, StandardCharsets.UTF_8)));
            String dataHash = Fingerprint.ofFile(data);
            if (!java.util.Objects.equals(dataHash, meta.getProperty("dataHash"))) {
                // A crash between the two writes: these regions may be older than the work the description is of.
                // The next autosave replaces both.
                LOG.warning(() -> "ignoring the recovery in " + folder + ": " + DATA + " is not the one " + META
                        + " describes (hash " + dataHash + ", expected " + meta.getProperty("dataHash") + ")");
                return Optional.empty();
            }
            RegionData regions = new RegionFileReader().read(data, null);
            return Optional.of(new Snapshot(Path.of(meta.getProperty("dataFile")), meta.getProperty("loadedHash"),
                    Instant.parse(meta.getProperty("savedAt")), Long.parseLong(meta.getProperty("edits", "0")),
                    regions, base(folder, meta.getProperty("baseHash")), steps(folder, meta.getProperty("stepsHash"))));
        } catch (IOException | RuntimeException e) {
            throw new DataLoadException(metaFile, null, DataText.RECOVERY_UNREADABLE.with(e.getMessage()), e);
        }
    }

    /**
     * The version the work began from, when the description names one and it is the one described; otherwise the
     * work is restored all the same, only without telling its own changes from a colleague's.
     */
    private static RegionData base(Path folder, String expectedHash) {
        if (expectedHash == null) {
            return null;
        }
        Path base = folder.resolve(BASE);
        try {
            String hash = Fingerprint.ofFile(base);
            if (!expectedHash.equals(hash)) {
                LOG.warning(() -> "restoring the work in " + folder + " without its base: " + BASE
                        + " is not the one " + META + " describes (hash " + hash + ", expected " + expectedHash + ")");
                return null;
            }
            return new RegionFileReader().read(base, null);
        } catch (IOException | DataLoadException | RuntimeException e) {
            LOG.warning(() -> "restoring the work in " + folder + " without its unreadable base: " + e);
            return null;
        }
    }

    /**
     * The steps of the work, when the description names them and they are the ones described; otherwise the work is
     * restored all the same, logged as one step of restored work.
     */
    private static List<ChangeLog.Change> steps(Path folder, String expectedHash) {
        Path steps = folder.resolve(STEPS);
        try {
            if (expectedHash == null || !expectedHash.equals(Fingerprint.ofFile(steps))) {
                return List.of();
            }
            List<ChangeLog.Entry> kept = new ChangeLog(steps).read();
            return kept.isEmpty() ? List.of() : kept.get(0).changes();
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "restoring the work in " + folder + " without its steps: " + e);
            return List.of();
        }
    }

    /**
     * Writes the unsaved work on a file that is no longer there to {@code target} as a regions file, and forgets it
     * here: the work is then that file's, to be opened like any other.
     */
    public void saveAsRegionFile(Snapshot work, Path target) throws IOException {
        byte[] bytes = new RegionFileWriter().toBytes(work.data());
        AtomicFile.write(target, out -> out.write(bytes));
        clear(work.dataFile());
    }

    /** Forgets the unsaved work on {@code dataFile}: after a save, a discard, or a restore that was declined. */
    public void clear(Path dataFile) throws IOException {
        Path folder = folderFor(dataFile);
        Files.deleteIfExists(folder.resolve(META));
        Files.deleteIfExists(folder.resolve(DATA));
        Files.deleteIfExists(folder.resolve(BASE));
        Files.deleteIfExists(folder.resolve(STEPS));
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // Someone's own file in there: the folder stays for it, empty of unsaved work.
        }
    }

    /**
     * Versions before the folder per file kept one pair right in {@link #dir()}: it moves to its file's folder, so
     * work left by such a version is still offered after an update.
     */
    private void adoptOlderLayout() {
        Path metaFile = dir.resolve(META);
        if (!Files.isRegularFile(metaFile) || !Files.isRegularFile(dir.resolve(DATA))) {
            return;
        }
        try {
            Properties meta = new Properties();
            meta.load(new StringReader(Files.readString(metaFile, StandardCharsets.UTF_8)));
            Path folder = folderFor(Path.of(meta.getProperty("dataFile")));
            if (Files.exists(folder.resolve(META))) {
                return;
            }
            Files.createDirectories(folder);
            // The data first and the description last, as a save writes them.
            Files.move(dir.resolve(DATA), folder.resolve(DATA), StandardCopyOption.REPLACE_EXISTING);
            Files.move(metaFile, folder.resolve(META));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "cannot move the recovery in " + dir + " to its file's folder: " + e);
        }
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
