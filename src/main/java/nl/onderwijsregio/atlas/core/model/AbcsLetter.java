package nl.onderwijsregio.atlas.core.model;

/** The ABC&S frame of the onderwijsregio policy. */
public enum AbcsLetter {
    /** Aantrekken &amp; opleiden. */
    A,
    /** Behouden &amp; ontwikkelen. */
    B,
    /** Continuïteit van onderwijs. */
    C,
    /** Samenwerken, including the wider labour market. */
    S
}
