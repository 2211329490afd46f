package nl.onderwijsregio.atlas.core.model;

/** Whether a region covers a territory or works nationally without one. */
public enum Scope {
    REGIONAL,
    /** A national region (e.g. green education) has no territory and is listed beside the map. */
    NATIONAL
}
