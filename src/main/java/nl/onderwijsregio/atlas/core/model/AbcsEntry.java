package nl.onderwijsregio.atlas.core.model;

/** The name and our introduction of one ABC&amp;S letter. */
public record AbcsEntry(AbcsLetter letter, LocalizedText name, LocalizedText introduction) {
}
