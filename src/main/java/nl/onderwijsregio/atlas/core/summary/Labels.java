package nl.onderwijsregio.atlas.core.summary;

/**
 * Where the summary takes its human words from. The UI passes its resource bundles, tests a map,
 * so the core writes localized text without knowing about the UI.
 */
@FunctionalInterface
public interface Labels {

    /** The text for {@code key}, formatted with {@code args}. */
    String get(String key, Object... args);
}
