package nl.onderwijsregio.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The window opens the data folder the command line names, as the commands do; asking for help opens none. */
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
        assertTrue(Launcher.runsHeadless(new String[] {"info", "--data", "/srv/atlas/data"}));
    }
}
