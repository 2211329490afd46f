package nl.onderwijsregio.atlas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.atlas.cli.AtlasCli;
import org.junit.jupiter.api.Test;

/**
 * The window opens the data folder the command line names, as the commands do; asking for help, the version or
 * a command opens none, wherever the command stands after the common options.
 */
class LauncherTest {

    @Test
    void theWindowTakesTheDataFolderInEitherForm() {
        assertEquals(Optional.of("/srv/atlas/data"), Launcher.dataFolder(new String[] {"--data", "/srv/atlas/data"}));
        assertEquals(Optional.of("/srv/atlas/data"), Launcher.dataFolder(new String[] {"--data=/srv/atlas/data"}));
    }

    @Test
    void withoutADataFolderTheUsualOrderHolds() {
        assertEquals(Optional.empty(), Launcher.dataFolder(new String[] {}));
        assertEquals(Optional.empty(), Launcher.dataFolder(new String[] {"--data"}), "no folder given");
        assertEquals(Optional.empty(), Launcher.dataFolder(new String[] {"--data="}));
    }

    @Test
    void everyWayOfAskingForHelpPrintsTheUsageInsteadOfOpeningTheWindow() {
        for (String[] args : new String[][] {{"help"}, {"--help"}, {"-h"}, {"--lang", "en", "--help"}, {"--data", "x", "-h"}}) {
            assertTrue(Launcher.runsHeadless(args), String.join(" ", args));
        }
    }

    @Test
    void theWindowStillOpensWithOnlyItsOwnOptionsAndACommandStillRunsHeadless() {
        assertFalse(Launcher.runsHeadless(new String[] {}));
        assertFalse(Launcher.runsHeadless(new String[] {"--data", "/srv/atlas/data"}));
        assertFalse(Launcher.runsHeadless(new String[] {"--lang", "en", "--municipalities=/srv/gm.shp"}));
        assertTrue(Launcher.runsHeadless(new String[] {"info", "--data", "/srv/atlas/data"}));
    }

    @Test
    void aCommandAfterTheCommonOptionsRunsHeadlessAsWhenItComesFirst() {
        for (String[] args : new String[][] {{"--data", "/tmp/nergens", "validate"}, {"--lang", "en", "help"},
                {"--lang=en", "--municipalities", "/srv/gm.shp", "info"}, {"--version"}, {"--lang", "en", "--version"}}) {
            assertTrue(Launcher.runsHeadless(args), String.join(" ", args));
        }
    }

    /**
     * The window takes no word of its own, so "valdate" is a mistyped command: the command line refuses it
     * whether or not there is a display, rather than the window opening over the typo (or, over ssh, the
     * launcher saying it needs a display).
     */
    @Test
    void aMistypedCommandGoesToTheCommandLineToBeRefusedNotToTheWindow() {
        for (String[] args : new String[][] {{"valdate"}, {"--data", "/srv/atlas/data", "valdate"},
                {"--lang=en", "exprt", "figures"}, {"teleport"}}) {
            assertTrue(Launcher.runsHeadless(args), String.join(" ", args));
        }
        assertFalse(Launcher.runsHeadless(new String[] {"--data=/srv/atlas/data"}), "the window's own option");
    }

    /**
     * A script that puts render's options before render ("--widht 800 render") asked for no window: the line goes
     * to the command line with the command first, where the option is refused with the one it resembles; an option
     * the window does not know, alone, is refused there too rather than opening the window over it.
     */
    @Test
    void aCommandsOptionBeforeTheCommandGoesToTheCommandLineWithTheCommandFirst() {
        assertArrayEquals(new String[] {"render", "--widht", "800"},
                AtlasCli.commandLine(new String[] {"--widht", "800", "render"}).orElseThrow());
        assertArrayEquals(new String[] {"render", "--dark", "--out", "nl.png"},
                AtlasCli.commandLine(new String[] {"--dark", "render", "--out", "nl.png"}).orElseThrow());
        assertArrayEquals(new String[] {"--help", "--lang", "en"},
                AtlasCli.commandLine(new String[] {"--lang", "en", "--help"}).orElseThrow());
        assertTrue(Launcher.runsHeadless(new String[] {"--dark"}), "no window option: refused, not ignored");
    }

    @Test
    void onlyLinuxAndTheLikeNeedADisplayNamed() {
        assertFalse(Launcher.hasDisplay("Linux", Map.of()), "ssh without X forwarding");
        assertFalse(Launcher.hasDisplay("Linux", Map.of("DISPLAY", "")));
        assertFalse(Launcher.hasDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")), "JavaFX needs X11");
        assertTrue(Launcher.hasDisplay("Linux", Map.of("DISPLAY", ":0")));
        assertTrue(Launcher.hasDisplay("Windows 11", Map.of()));
        assertTrue(Launcher.hasDisplay("Mac OS X", Map.of()));
    }
}
