package nl.onderwijsregio.atlas.ui.prefs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an export's file dialog opens: the folder the last export went to (a map, a deck of slides, a file for a
 * colleague), this run or an earlier one, while it is there; else the user's home folder, not the folder the atlas
 * was started from (for a packaged atlas its installation) nor GTK's "Recent".
 */
public final class ExportFolder {

    private final AtlasPreferences prefs;

    public ExportFolder(AtlasPreferences prefs) {
        this.prefs = prefs;
    }

    public Optional<File> start() {
        return prefs.exportFolder().map(Path::toFile).filter(File::isDirectory)
                .or(() -> Optional.of(new File(System.getProperty("user.home"))).filter(File::isDirectory));
    }

    /** After a file or folder was written: the next export starts there. */
    public void remember(Path folder) {
        if (folder != null) {
            prefs.setExportFolder(folder);
            prefs.flush();
        }
    }
}
