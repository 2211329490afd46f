package nl.onderwijsregio.atlas.core.model;

/** One of the publication's themes (Brede arbeidsmarkt, Invalpools, ...), with our introduction. */
public record Theme(String id, LocalizedText name, LocalizedText introduction) {
}
