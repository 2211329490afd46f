package nl.onderwijsregio.atlas.ui;

/**
 * A request to bring a region or a municipality into view ("fly to it"). Each request is a new
 * object, so asking twice for the same place still fires a change.
 *
 * @param regionId         the region to show whole, or null
 * @param municipalityCode the municipality to show, or null; with no region either, the whole country
 */
public record FocusRequest(String regionId, String municipalityCode) {

    public static FocusRequest region(String id) {
        return new FocusRequest(id, null);
    }

    public static FocusRequest municipality(String code) {
        return new FocusRequest(null, code);
    }

    public static FocusRequest wholeCountry() {
        return new FocusRequest(null, null);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
