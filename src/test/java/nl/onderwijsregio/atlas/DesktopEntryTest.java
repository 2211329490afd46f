package nl.onderwijsregio.atlas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.onderwijsregio.atlas.ui.AtlasApp;
import org.junit.jupiter.api.Test;

/**
 * The menu entry of the .deb is the running window's: a desktop groups a window under its entry by the
 * window's WM_CLASS, which JavaFX on GTK takes from the Application class (seen with xprop on the package).
 */
class DesktopEntryTest {

    @Test
    void theMenuEntryNamesTheWindowClassOfTheRunningAtlas() throws IOException {
        List<String> entry = Files.readAllLines(Path.of("packaging/linux/resources/Onderwijsregio Atlas.desktop"));
        assertTrue(entry.contains("StartupWMClass=" + AtlasApp.class.getName()), String.join("\n", entry));
        assertTrue(entry.contains("Exec=APPLICATION_LAUNCHER"), "jpackage fills in the launcher");
    }
}
