package nl.onderwijsregio.atlas.core.model;

/** The publication the region data comes from, named in the app. */
public record SourceInfo(String title, String publisher, String edition) {

    public static SourceInfo unknown() {
        return new SourceInfo("", "", "");
    }
}
