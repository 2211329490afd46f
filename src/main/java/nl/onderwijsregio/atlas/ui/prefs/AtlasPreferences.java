package nl.onderwijsregio.atlas.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * What the atlas remembers between runs, stored with {@link Preferences}. Every getter survives
 * missing or garbled values by falling back to the default, so an old or hand-edited store never
 * stops the app from starting.
 */
public final class AtlasPreferences {

    /** The application's node in the user's preferences. */
    public static final String NODE = "/nl/onderwijsregio/atlas";
    static final int MAX_RECENT = 8;

    private static final Logger LOG = Logger.getLogger(AtlasPreferences.class.getName());

    private final Preferences node;

    public AtlasPreferences(Preferences node) {
        this.node = node;
    }

    /** The running user's preferences. */
    public static AtlasPreferences forUser() {
        return new AtlasPreferences(Preferences.userRoot().node(NODE));
    }

    public Preferences node() {
        return node;
    }

    public Optional<WindowBounds> window() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (!(w > 0 && h > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void setWindow(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    public Sector sector() {
        return Sector.parse(node.get("sector", null)).orElse(Sector.PO);
    }

    public void setSector(Sector sector) {
        node.put("sector", sector.name());
    }

    /** Dutch unless English was chosen. */
    public Locale language() {
        return "en".equals(node.get("language", "nl")) ? Messages.ENGLISH : Messages.DUTCH;
    }

    public void setLanguage(Locale locale) {
        node.put("language", "en".equals(locale.getLanguage()) ? "en" : "nl");
    }

    public Appearance appearance() {
        return Appearance.parse(node.get("appearance", null)).orElse(Appearance.LIGHT);
    }

    public void setAppearance(Appearance appearance) {
        node.put("appearance", appearance.name());
    }

    public TextSize textSize() {
        try {
            return TextSize.valueOf(node.get("textSize", TextSize.NORMAL.name()));
        } catch (IllegalArgumentException e) {
            return TextSize.NORMAL;
        }
    }

    public void setTextSize(TextSize size) {
        node.put("textSize", size.name());
    }

    public boolean reducedMotion() {
        return node.getBoolean("reducedMotion", false);
    }

    public void setReducedMotion(boolean reduced) {
        node.putBoolean("reducedMotion", reduced);
    }

    /** The name the editor writes into the change log; empty until the user gives one. */
    public String editorName() {
        return node.get("editorName", "");
    }

    public void setEditorName(String name) {
        node.put("editorName", name == null ? "" : name.strip());
    }

    /** The files last opened, when the user opened other files than the bundled ones. */
    public Optional<DataFiles> lastDataFiles() {
        String shp = node.get("data.municipalities", null);
        String json = node.get("data.regions", null);
        if (shp == null || json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DataFiles(Path.of(shp), Path.of(json)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public void setLastDataFiles(DataFiles files) {
        node.put("data.municipalities", files.municipalities().toAbsolutePath().toString());
        node.put("data.regions", files.regions().toAbsolutePath().toString());
    }

    /**
     * What to load at start: an explicitly configured data folder ({@code -Datlas.data.dir}) wins,
     * then the files last opened while they still exist, then the bundled data. Files that exist but no longer
     * load are forgotten by {@link AtlasOpener#openAtStart}.
     */
    public DataFiles startupFiles() {
        String configured = System.getProperty("atlas.data.dir");
        if (configured == null || configured.isBlank()) {
            // Also when they are gone: the start then says so and shows the bundled data, instead of
            // showing it without a word, where an editor's Ctrl+S would replace the bundled file.
            Optional<DataFiles> last = lastDataFiles();
            if (last.isPresent()) {
                return last.get();
            }
        }
        return DataFiles.in(AtlasLoader.defaultDataDir());
    }

    /**
     * {@code broken}, opened at start as the files last opened, could not be loaded: the next start opens the
     * bundled data instead of failing again (unless other files were remembered since), and each of them that
     * is not a bundled file goes on top of the recent files, to be opened again once repaired.
     */
    public void forgetBrokenStartupFiles(DataFiles broken, DataFiles bundled) {
        boolean stillLast = lastDataFiles().filter(last -> samePlace(last.municipalities(), broken.municipalities())
                && samePlace(last.regions(), broken.regions())).isPresent();
        if (stillLast) {
            node.remove("data.municipalities");
            node.remove("data.regions");
        }
        for (Path file : List.of(broken.municipalities(), broken.regions())) {
            if (!samePlace(file, bundled.municipalities()) && !samePlace(file, bundled.regions())) {
                addRecentFile(file);
            }
        }
    }

    private static boolean samePlace(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Recently opened files, most recent first, at most {@value #MAX_RECENT}. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                try {
                    files.add(Path.of(p));
                } catch (RuntimeException e) {
                    // a path from another system; drop it
                }
            }
        }
        return files;
    }

    /** Puts {@code file} on top of the recent files, once. */
    public void addRecentFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = recentFiles();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    public void clearRecentFiles() {
        for (int i = 0; i < MAX_RECENT; i++) {
            node.remove("recent." + i);
        }
    }

    /** True once the user chose never to see the first-run tour again. */
    public boolean firstRunDismissed() {
        return node.getBoolean("firstRun.dismissed", false);
    }

    public void setFirstRunDismissed(boolean dismissed) {
        node.putBoolean("firstRun.dismissed", dismissed);
    }

    /** True once the user has done what the first-run tour's step {@code step} teaches, in this start or an earlier. */
    public boolean firstRunStepDone(String step) {
        return node.getBoolean("firstRun.done." + step, false);
    }

    public void setFirstRunStepDone(String step) {
        node.putBoolean("firstRun.done." + step, true);
    }

    /** The region table's columns the user hid, by column name; names the table no longer has are ignored there. */
    public Set<String> hiddenTableColumns() {
        return Arrays.stream(node.get("table.hidden", "").split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public void setHiddenTableColumns(Set<String> names) {
        node.put("table.hidden", String.join(",", new TreeSet<>(names)));
    }

    /** The folder the last export (a map or a deck of slides) was written to, whether or not it is still there. */
    public Optional<Path> exportFolder() {
        String folder = node.get("export.folder", null);
        try {
            return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public void setExportFolder(Path folder) {
        node.put("export.folder", folder.toAbsolutePath().normalize().toString());
    }

    /** Writes to the store now; a failure is logged, never thrown: settings are not worth a crash. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "cannot store the preferences", e);
        }
    }
}
