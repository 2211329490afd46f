package nl.onderwijsregio.atlas.ui.about;

import nl.onderwijsregio.atlas.core.AtlasVersion;

/** The application's version for the window's dialogs; the command line reads the same {@link AtlasVersion}. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String get() {
        return AtlasVersion.get();
    }
}
