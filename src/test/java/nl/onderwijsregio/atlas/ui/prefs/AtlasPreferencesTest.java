package nl.onderwijsregio.atlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the atlas remembers comes back as it was stored, and a damaged store falls back to defaults. */
class AtlasPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aFreshStoreGivesTheDefaults() {
        AtlasPreferences prefs = new AtlasPreferences(node);
        assertTrue(prefs.window().isEmpty());
        assertEquals(Sector.PO, prefs.sector());
        assertEquals(Messages.DUTCH, prefs.language());
        assertEquals(Appearance.LIGHT, prefs.appearance());
        assertFalse(prefs.reducedMotion());
        assertEquals("", prefs.editorName());
        assertTrue(prefs.lastDataFiles().isEmpty());
        assertTrue(prefs.recentFiles().isEmpty());
        assertFalse(prefs.firstRunDismissed());
        assertTrue(prefs.hiddenTableColumns().isEmpty());
        assertTrue(prefs.exportFolder().isEmpty());
    }

    @Test
    void everySettingSurvivesARestart() {
        AtlasPreferences before = new AtlasPreferences(node);
        before.setWindow(new WindowBounds(120, 80, 1400, 900, true));
        before.setSector(Sector.MBO);
        before.setLanguage(Messages.ENGLISH);
        before.setAppearance(Appearance.HIGH_CONTRAST);
        before.setReducedMotion(true);
        before.setEditorName("  Anna de Vries ");
        before.setLastDataFiles(new DataFiles(Path.of("/data/geo/gemeenten_2025.shp"), Path.of("/data/regios.json")));
        before.setFirstRunDismissed(true);
        before.setHiddenTableColumns(java.util.Set.of("AREA", "SECTORS"));
        before.setExportFolder(Path.of("/home/anna/dia's/../dia's"));
        before.flush();

        // A new object on the same node, as at the next start.
        AtlasPreferences after = new AtlasPreferences(Preferences.userRoot().node(node.absolutePath()));
        assertEquals(new WindowBounds(120, 80, 1400, 900, true), after.window().orElseThrow());
        assertEquals(Sector.MBO, after.sector());
        assertEquals(Messages.ENGLISH, after.language());
        assertEquals(Appearance.HIGH_CONTRAST, after.appearance());
        assertTrue(after.reducedMotion());
        assertEquals("Anna de Vries", after.editorName());
        assertEquals(new DataFiles(Path.of("/data/geo/gemeenten_2025.shp"), Path.of("/data/regios.json")),
                after.lastDataFiles().orElseThrow());
        assertTrue(after.firstRunDismissed());
        assertEquals(java.util.Set.of("AREA", "SECTORS"), after.hiddenTableColumns());
        assertEquals(Path.of("/home/anna/dia's"), after.exportFolder().orElseThrow());
    }

    @Test
    void garbledValuesFallBackToTheDefaults() {
        node.put("sector", "HBO");
        node.put("language", "fr");
        node.put("appearance", "purple");
        node.put("window.width", "wide");
        node.put("window.height", "-3");
        AtlasPreferences prefs = new AtlasPreferences(node);
        assertEquals(Sector.PO, prefs.sector());
        assertEquals(Messages.DUTCH, prefs.language());
        assertEquals(Appearance.LIGHT, prefs.appearance());
        assertTrue(prefs.window().isEmpty());
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndCapped() {
        AtlasPreferences prefs = new AtlasPreferences(node);
        Path zwolle = Path.of("/data/zwolle/onderwijsregios.json").toAbsolutePath();
        Path gemeenten = Path.of("/data/geo/gemeenten_2025.shp").toAbsolutePath();
        prefs.addRecentFile(zwolle);
        prefs.addRecentFile(gemeenten);
        prefs.addRecentFile(zwolle);
        assertEquals(List.of(zwolle, gemeenten), prefs.recentFiles());

        for (int i = 0; i < 20; i++) {
            prefs.addRecentFile(Path.of("/data/versie-" + i + ".json"));
        }
        assertEquals(AtlasPreferences.MAX_RECENT, prefs.recentFiles().size());
        assertEquals(Path.of("/data/versie-19.json").toAbsolutePath(), prefs.recentFiles().get(0));

        prefs.clearRecentFiles();
        assertTrue(prefs.recentFiles().isEmpty());
    }

    @Test
    void lastOpenedFilesAreTriedAtStartEvenWhenGoneUnlessADataFolderIsConfigured(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        AtlasPreferences prefs = new AtlasPreferences(node);
        Path shp = java.nio.file.Files.createFile(dir.resolve("gemeenten.shp"));
        Path json = java.nio.file.Files.createFile(dir.resolve("regios.json"));
        prefs.setLastDataFiles(new DataFiles(shp, json));
        String configured = System.getProperty("atlas.data.dir");
        try {
            System.clearProperty("atlas.data.dir");
            assertEquals(new DataFiles(shp, json), prefs.startupFiles());
            java.nio.file.Files.delete(json);
            assertEquals(new DataFiles(shp, json), prefs.startupFiles(), "to be told at start that it is gone");
            System.setProperty("atlas.data.dir", dir.toString());
            assertEquals(DataFiles.in(dir), prefs.startupFiles());
        } finally {
            if (configured == null) {
                System.clearProperty("atlas.data.dir");
            } else {
                System.setProperty("atlas.data.dir", configured);
            }
        }
    }

    @Test
    void brokenLastFilesAreNoLongerOpenedAtStartButStayOnTopOfTheRecentFiles() {
        AtlasPreferences prefs = new AtlasPreferences(node);
        DataFiles bundled = new DataFiles(Path.of("data/geo/gemeenten_2024.shp"), Path.of("data/onderwijsregios.json"));
        DataFiles broken = bundled.withRegions(Path.of("/data/regios-kapot.json"));
        prefs.addRecentFile(Path.of("/data/versie-19.json"));
        prefs.setLastDataFiles(broken);

        prefs.forgetBrokenStartupFiles(broken, bundled);

        assertTrue(prefs.lastDataFiles().isEmpty());
        assertEquals(List.of(Path.of("/data/regios-kapot.json").toAbsolutePath(), Path.of("/data/versie-19.json").toAbsolutePath()),
                prefs.recentFiles(), "the bundled shapefile beside it is no recent file");
    }

    @Test
    void filesRememberedSinceTheBrokenOnesWereOpenedAreKept() {
        AtlasPreferences prefs = new AtlasPreferences(node);
        DataFiles bundled = new DataFiles(Path.of("data/geo/gemeenten_2024.shp"), Path.of("data/onderwijsregios.json"));
        DataFiles openedSince = bundled.withRegions(Path.of("/data/eigen-regios.json"));
        prefs.setLastDataFiles(openedSince);

        prefs.forgetBrokenStartupFiles(bundled.withRegions(Path.of("/data/regios-kapot.json")), bundled);

        assertEquals(new DataFiles(openedSince.municipalities().toAbsolutePath(), openedSince.regions().toAbsolutePath()),
                prefs.lastDataFiles().orElseThrow());
    }
}
