package nl.onderwijsregio.atlas.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Paths to the bundled data and helpers to make broken copies of it in a test's temp folder. */
public final class TestData {

    private static nl.onderwijsregio.atlas.core.model.Atlas bundled;
    private static nl.onderwijsregio.atlas.core.render.RegionMaps bundledMaps;

    private TestData() {
    }

    /**
     * The bundled data, loaded once for the whole run: an atlas is immutable, and twenty test classes each keeping
     * their own in a static field ran the test JVM out of memory. Tests that are about loading load it themselves.
     */
    public static synchronized nl.onderwijsregio.atlas.core.model.Atlas bundledAtlas() throws DataLoadException {
        if (bundled == null) {
            bundled = new AtlasLoader().load(dataDir());
        }
        return bundled;
    }

    /**
     * The bundled data's region maps (outlines, fills and colours of every sector), built once for the whole run as
     * the atlas is: they are immutable, and building them takes over a second each time.
     */
    public static synchronized nl.onderwijsregio.atlas.core.render.RegionMaps bundledMaps() throws DataLoadException {
        if (bundledMaps == null) {
            bundledMaps = nl.onderwijsregio.atlas.core.render.RegionMaps.build(bundledAtlas());
        }
        return bundledMaps;
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

    /**
     * A data folder the command line reads as it reads {@code data/}: the bundled boundaries in {@code geo/} and the
     * small two-region sample as {@code onderwijsregios.json}. Returns {@code dir}.
     */
    public static Path smallDataFolder(Path dir) throws IOException {
        copyMunicipalityShapefile(Files.createDirectories(dir.resolve("geo")));
        Files.copy(Path.of("src/test/resources/fixtures/small-regions.json"), dir.resolve("onderwijsregios.json"));
        return dir;
    }

    /**
     * A data folder as an editor leaves it after a municipal reorganisation: the bundled edition
     * {@code geo/gemeenten_2024.shp}, the newer {@code geo/gemeenten_2025.shp} beside it in which Zwolle and
     * Steenwijkerland have their successors' codes {@code GM1997} and {@code GM1999}, and an
     * {@code onderwijsregios.json} (the small two-region sample) saved with those codes. Returns {@code dir}.
     */
    public static Path reorganisedFolder(Path dir) throws IOException {
        Path geo = Files.createDirectories(dir.resolve("geo"));
        copyMunicipalityShapefile(geo);
        deriveEdition(geo, "gemeenten_2025", Map.of("GM0193", "GM1997", "GM1708", "GM1999"));
        String sample = Files.readString(Path.of("src/test/resources/fixtures/small-regions.json"));
        Files.writeString(dir.resolve(AtlasLoader.REGION_FILE),
                sample.replace("\"GM0193\"", "\"GM1997\"").replace("\"GM1708\"", "\"GM1999\""));
        return dir;
    }

    /**
     * A copy of the bundled municipality shapefile in {@code geoDir} as {@code name}.shp and its parts, with
     * each code in {@code successors} replaced by its successor in the {@code .dbf} (where codes have a fixed
     * width, so the file stays whole): a newer edition in which those municipalities carry new codes.
     */
    public static Path deriveEdition(Path geoDir, String name, Map<String, String> successors) throws IOException {
        for (String ext : List.of(".shp", ".shx", ".prj", ".cpg")) {
            Files.copy(dataDir().resolve("geo/gemeenten_2024" + ext), geoDir.resolve(name + ext),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        // ISO-8859-1 maps every byte to one char and back, so only the codes change.
        String dbf = new String(Files.readAllBytes(dataDir().resolve("geo/gemeenten_2024.dbf")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> s : successors.entrySet()) {
            if (!dbf.contains(s.getKey()) || s.getKey().length() != s.getValue().length()) {
                throw new IllegalArgumentException("cannot give " + s.getKey() + " the code " + s.getValue());
            }
            dbf = dbf.replace(s.getKey(), s.getValue());
        }
        Files.write(geoDir.resolve(name + ".dbf"), dbf.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return geoDir.resolve(name + ".shp");
    }
}
