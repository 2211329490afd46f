package nl.onderwijsregio.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The window opens the data folder the command line names, as the commands do. */
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
}
