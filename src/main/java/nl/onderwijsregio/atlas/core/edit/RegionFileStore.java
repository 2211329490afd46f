package nl.onderwijsregio.atlas.core.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.Fingerprint;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * The region file an editor works on. Remembers the content hash of what was loaded or last saved, so
 * that a save never silently overwrites a colleague's version: {@link #save} refuses when the file on
 * disk no longer has that hash.
 */
public final class RegionFileStore {

    private Path file;
    private String knownHash;

    private RegionFileStore(Path file, String knownHash) {
        this.file = file;
        this.knownHash = knownHash;
    }

    /** Starts tracking {@code file} as it is on disk now (after the atlas was loaded from it). */
    public static RegionFileStore track(Path file) throws IOException {
        return new RegionFileStore(file, hashOf(file));
    }

    /**
     * Starts tracking {@code file} for {@code loaded}, the data read from it a moment ago. If the file no
     * longer holds that data (a colleague saved while the atlas was loading), the version loaded is not on
     * disk any more: the first save is then refused rather than overwriting theirs.
     */
    public static RegionFileStore trackLoaded(Path file, RegionData loaded) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new RegionFileStore(file, null);
        }
        try {
            if (new RegionFileReader().parse(file, bytes, null).equals(loaded)) {
                return new RegionFileStore(file, hash(bytes));
            }
        } catch (DataLoadException e) {
            // Unreadable now, so certainly not what was loaded.
        }
        return new RegionFileStore(file, CHANGED_SINCE_LOADING);
    }

    /** Stands for a version that is no longer on disk; no file's hash equals it. */
    private static final String CHANGED_SINCE_LOADING = "changed-since-loading";

    /** Starts tracking with a known hash, e.g. one remembered in a recovery file. */
    public static RegionFileStore track(Path file, String loadedHash) {
        return new RegionFileStore(file, loadedHash);
    }

    public Path file() {
        return file;
    }

    public String knownHash() {
        return knownHash;
    }

    /** True when the file on disk differs from what was loaded or last saved (or was deleted). */
    public boolean changedOnDisk() throws IOException {
        return !java.util.Objects.equals(knownHash, hashOf(file));
    }

    /**
     * Writes {@code data} atomically over the tracked file, keeping a {@code .bak}.
     *
     * @throws FileChangedException when the file changed on disk since loading, or is gone; nothing is written then
     */
    public void save(RegionData data) throws IOException, FileChangedException {
        save(data, null);
    }

    /**
     * As {@link #save(RegionData)}, also over a file whose bytes changed but whose data is still {@code base}, the
     * version the work began from: re-saved with other indentation by a colleague's tool, it holds nothing of theirs
     * that the save would lose, so refusing would only cost the editor their work or a copy.
     *
     * @param base the data loaded or last saved, or null when not known (then any change of the bytes refuses)
     */
    public void save(RegionData data, RegionData base) throws IOException, FileChangedException {
        byte[] onDisk = bytesOf(file);
        // The hash first: the usual save, with nobody else's write in between, never parses the file. Hash and data
        // come from the same bytes, read once.
        if (!java.util.Objects.equals(knownHash, onDisk == null ? null : hash(onDisk))
                && !(onDisk != null && holds(onDisk, base))) {
            throw new FileChangedException(file, onDisk == null);
        }
        write(file, data);
    }

    private boolean holds(byte[] onDisk, RegionData base) {
        if (base == null) {
            return false;
        }
        try {
            return new RegionFileReader().parse(file, onDisk, null).equals(base);
        } catch (DataLoadException e) {
            // Unreadable: certainly not the version the work began from.
            return false;
        }
    }

    /** The file's bytes, or null when it does not exist. */
    private static byte[] bytesOf(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Writes {@code data} where the tracked file was, after it was deleted or moved away, and tracks it from then on.
     *
     * @throws FileChangedException when a file is there again (someone put one back); it is not overwritten
     */
    public void saveAgain(RegionData data) throws IOException, FileChangedException {
        if (hashOf(file) != null) {
            throw new FileChangedException(file);
        }
        write(file, data);
    }

    /** Writes to a new file (after a refused save, for instance) and tracks that file from now on. */
    public void saveAs(Path newFile, RegionData data) throws IOException {
        write(newFile, data);
        file = newFile;
    }

    /** Reads the file as it is on disk now and tracks that version (the colleague's, after a refused save). */
    public RegionData reload(Set<String> knownCodes) throws IOException, DataLoadException {
        byte[] bytes = Files.readAllBytes(file);
        RegionData data = new RegionFileReader().parse(file, bytes, knownCodes);
        knownHash = hash(bytes);
        return data;
    }

    /** A version of the file as read from disk: its data and the hash of the bytes it was read from. */
    public record OnDisk(RegionData data, String hash) {
    }

    /** The version on disk now, with its hash, without tracking it: to merge with, and then save over that very one. */
    public OnDisk readOnDisk() throws IOException, DataLoadException {
        byte[] bytes = Files.readAllBytes(file);
        return new OnDisk(new RegionFileReader().parse(file, bytes, null), hash(bytes));
    }

    /**
     * Writes {@code data} over {@code theirs}, the version read from disk a moment ago (to merge the editor's work
     * with it), and tracks what was written.
     *
     * @throws FileChangedException when the file no longer holds {@code theirs} (saved again meanwhile, or gone);
     *                              nothing is written then
     */
    public void saveOver(OnDisk theirs, RegionData data) throws IOException, FileChangedException {
        byte[] onDisk = bytesOf(file);
        if (onDisk == null || !hash(onDisk).equals(theirs.hash())) {
            throw new FileChangedException(file, onDisk == null);
        }
        write(file, data);
    }

    private void write(Path target, RegionData data) throws IOException {
        byte[] bytes = new RegionFileWriter().toBytes(data);
        AtomicFile.write(target, out -> out.write(bytes));
        knownHash = hash(bytes);
    }

    private static String hashOf(Path file) throws IOException {
        return Fingerprint.ofFile(file);
    }

    private static String hash(byte[] bytes) {
        return Fingerprint.of(bytes);
    }
}
