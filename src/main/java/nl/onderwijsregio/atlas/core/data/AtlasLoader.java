package nl.onderwijsregio.atlas.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.RegionData;

/**
 * Loads a complete {@link Atlas} from a data folder laid out like the bundled one:
 * {@code geo/gemeenten_YYYY.shp} (one or more editions, + basemap layers) and {@code onderwijsregios.json}.
 * Takes a second or two (H2GIS start-up): call it off the FX thread.
 */
public final class AtlasLoader {

    /** The bundled edition of the municipality boundaries. */
    public static final String MUNICIPALITY_FILE = "geo/gemeenten_2024.shp";
    public static final String REGION_FILE = "onderwijsregios.json";

    /** A municipality edition in a data folder's {@code geo}: named after its year, as CBS publishes them. */
    private static final Pattern EDITION = Pattern.compile("gemeenten_\\d{4}\\.shp", Pattern.CASE_INSENSITIVE);

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

    /**
     * An atlas with the two files it was read from (of a data folder, the municipality file is the one chosen),
     * and the notices the user must read: what was read otherwise than the files say, such as UTF-8 names under a
     * Latin-1 {@code .cpg}. Each is a whole sentence naming its file. The regions file's {@link Fingerprint} is
     * that of the bytes read: a save can tell from it, without reading the file as data again, whether the file is
     * still the version shown.
     */
    public record Loaded(Atlas atlas, Path municipalities, Path regions, List<DataPhrase> notices,
                         String regionsFingerprint) {
        public Loaded {
            notices = List.copyOf(notices);
        }

        /** Loaded without anything to tell, from a regions file whose {@link Fingerprint} was not taken. */
        public Loaded(Atlas atlas, Path municipalities, Path regions) {
            this(atlas, municipalities, regions, List.of(), null);
        }
    }

    /** The atlas of a data folder: its regions file with the municipality edition that file belongs to. */
    public Atlas load(Path dataDir) throws DataLoadException {
        return loadFolder(dataDir, dataDir.resolve(REGION_FILE), false).atlas();
    }

    /**
     * {@code regionJson} with the boundaries of {@code dataDir} it belongs to: of the editions in the folder
     * ({@link #municipalityEditions}), the newest that knows every member code. The regions file does not say
     * which edition it was saved against, and need not: a folder saved after a municipal reorganisation holds
     * the newer edition beside the older one, and only the newer knows the successors' codes, while a file not
     * yet moved on keeps codes the newer edition has merged away. Files of any schema version load alike, and a
     * colleague given the folder opens it as its editor saved it. When no edition knows them all, the newest is
     * the one the unknown code is told against (or, with {@code acceptUnknownCodes}, loaded with it).
     */
    public Loaded loadFolder(Path dataDir, Path regionJson, boolean acceptUnknownCodes) throws DataLoadException {
        return loadWithFirstFitting(municipalityEditions(dataDir), regionJson, () -> JsonTree.readBytes(regionJson),
                acceptUnknownCodes);
    }

    /**
     * As {@link #loadFolder(Path, Path, boolean)}, the regions file read from {@code regions} (standard input) and
     * called {@code name} wherever a problem in it is told.
     */
    public Loaded loadFolder(Path dataDir, Path name, InputStream regions, boolean acceptUnknownCodes)
            throws DataLoadException {
        return loadWithFirstFitting(municipalityEditions(dataDir), name, () -> JsonTree.readStream(name, regions),
                acceptUnknownCodes);
    }

    public Atlas load(Path municipalityShp, Path regionJson) throws DataLoadException {
        return load(municipalityShp, regionJson, false);
    }

    /**
     * As {@link #load(Path, Path)}; with {@code acceptUnknownCodes} a member code outside the boundaries is
     * kept instead of failing the load, so the validator can report every such code at once.
     */
    public Atlas load(Path municipalityShp, Path regionJson, boolean acceptUnknownCodes) throws DataLoadException {
        return loadFiles(municipalityShp, regionJson, acceptUnknownCodes).atlas();
    }

    /** As {@link #load(Path, Path, boolean)}, with the notices to show beside the atlas. */
    public Loaded loadFiles(Path municipalityShp, Path regionJson, boolean acceptUnknownCodes)
            throws DataLoadException {
        return loadWithFirstFitting(List.of(municipalityShp), regionJson, () -> JsonTree.readBytes(regionJson),
                acceptUnknownCodes);
    }

    /** As {@link #loadFiles(Path, Path, boolean)}, the regions file read from {@code regions}, called {@code name}. */
    public Loaded loadFiles(Path municipalityShp, Path name, InputStream regions, boolean acceptUnknownCodes)
            throws DataLoadException {
        return loadWithFirstFitting(List.of(municipalityShp), name, () -> JsonTree.readStream(name, regions),
                acceptUnknownCodes);
    }

    /** The bytes of the regions file, read once: from a pipe or standard input there is no second time. */
    @FunctionalInterface
    private interface RegionBytes {
        byte[] read() throws DataLoadException;
    }

    /**
     * The municipality editions of a data folder, {@code geo/gemeenten_YYYY.shp}, newest first; the bundled
     * edition's name when there is none, so that its absence is what a load reports.
     */
    public static List<Path> municipalityEditions(Path dataDir) {
        Path geo = dataDir.resolve(MUNICIPALITY_FILE).getParent();
        List<Path> editions = new ArrayList<>();
        try (Stream<Path> files = Files.list(geo)) {
            files.filter(f -> EDITION.matcher(f.getFileName().toString()).matches()).forEach(editions::add);
        } catch (IOException | UncheckedIOException e) {
            // No geo folder or none to read: the bundled edition's name below, whose load then says what is wrong.
        }
        editions.sort(Comparator.comparing((Path f) -> f.getFileName().toString().toLowerCase(Locale.ROOT))
                .reversed());
        return editions.isEmpty() ? List.of(dataDir.resolve(MUNICIPALITY_FILE)) : editions;
    }

    /** {@code editions} newest first: the first that knows every member code; else the first, as told above. */
    private Loaded loadWithFirstFitting(List<Path> editions, Path regionJson, RegionBytes source,
                                        boolean acceptUnknownCodes) throws DataLoadException {
        try (SpatialDatabase db = SpatialDatabase.open()) {
            BoundaryReader boundaries = new BoundaryReader(db);
            Path newest = editions.get(0);
            BoundaryReader.Boundaries newestBoundaries = boundaries.readBoundaries(newest);
            // Read once without checking the codes: which edition they are held against is decided below. The
            // fingerprint is of the very bytes read, so a colleague's save during the load can never pass for them.
            // Every problem in the file is found in this pass, for whoever lists them all (validate).
            byte[] regionBytes = source.read();
            String fingerprint = Fingerprint.of(regionBytes);
            RegionData data = new RegionFileReader().parseEvery(regionJson, regionBytes);
            Set<String> members = data.regions().stream().flatMap(r -> r.memberCodes().stream())
                    .collect(Collectors.toSet());
            Path chosen = newest;
            BoundaryReader.Boundaries read = newestBoundaries;
            for (int i = 1; !codes(read.municipalities()).containsAll(members) && i < editions.size(); i++) {
                chosen = editions.get(i);
                read = boundaries.readBoundaries(chosen);
            }
            if (!codes(read.municipalities()).containsAll(members)) {
                chosen = newest;
                read = newestBoundaries;
                if (!acceptUnknownCodes) {
                    // Parsed again against the newest, for the place of its first unknown code.
                    data = readAgainst(regionJson, regionBytes, newest, newestBoundaries.municipalities(),
                            editions.subList(1, editions.size()));
                }
            }
            // A newer edition opened from a folder of its own may come without the background layers: those
            // of the bundled data stand in, rather than a country floating on an empty sea.
            Basemap basemap = boundaries.readBasemap(chosen.toAbsolutePath().getParent(),
                    defaultDataDir().resolve("geo"));
            return new Loaded(new Atlas(read.municipalities(), basemap, data), chosen, regionJson, read.notices(),
                    fingerprint);
        }
    }

    /**
     * The regions file checked against {@code shp}'s codes; an unknown code is told with the boundaries it is
     * missing from, the other {@code tried} editions too, and the remedy: the boundaries the file belongs to.
     */
    private static RegionData readAgainst(Path regionJson, byte[] regionBytes, Path shp,
                                          List<Municipality> municipalities, List<Path> tried)
            throws DataLoadException {
        try {
            return new RegionFileReader().parseAgainst(regionJson, regionBytes, municipalities);
        } catch (UnknownCodeException e) {
            // A likely typo first: the other boundaries are the remedy only when the code is as meant.
            DataPhrase remedy = e.suggestion() == null ? DataText.BOUNDARIES_REMEDY.with()
                    : DataText.CODE_SUGGESTION_OR_REMEDY.with(e.suggestion(), DataText.BOUNDARIES_REMEDY.with());
            DataPhrase problem = tried.isEmpty()
                    ? DataText.CODE_NOT_IN_BOUNDARIES.with(e.unknown(), shp, remedy)
                    : DataText.CODE_NOT_IN_ANY_EDITION.with(e.unknown(), shp, tried.stream()
                            .map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")), remedy);
            throw new DataLoadException(e.file(), e.locationPhrase(), problem, e);
        }
    }

    private static Set<String> codes(List<Municipality> municipalities) {
        return municipalities.stream().map(Municipality::code).collect(Collectors.toSet());
    }
}
