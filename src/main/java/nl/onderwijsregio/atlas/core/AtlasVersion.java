package nl.onderwijsregio.atlas.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The application's version, written into {@code atlas-version.properties} by the Maven build: one source
 * for the About dialog, the error report and the command line's {@code --version}.
 */
public final class AtlasVersion {

    private static final String VERSION = read();

    private AtlasVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AtlasVersion.class.getResourceAsStream("/atlas-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").trim();
                // An unfiltered file (an IDE that copies resources itself) still says ${...}.
                if (!v.isEmpty() && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: a missing version is shown as unknown, not a reason to fail
        }
        String fromJar = AtlasVersion.class.getPackage().getImplementationVersion();
        return fromJar != null ? fromJar : "dev";
    }
}
