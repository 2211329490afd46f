package nl.onderwijsregio.atlas.core.check;

/** How bad a finding is, worst first, so sorting by ordinal puts errors on top. */
public enum Severity {
    /** The data contradicts itself or the loaded boundaries; {@code validate} exits 1. */
    ERROR,
    /** Probably wrong, or a known defect of the publication kept as published; worth a look. */
    WARNING,
    /** True and listable, not wrong by itself (e.g. overlapping regions). */
    INFO
}
