package nl.onderwijsregio.atlas.core.model;

/**
 * One membership of a region: the CBS code it was resolved to and the name as published beside it.
 *
 * @param code          CBS code, or null when the published name could not be resolved (recorded in a correction)
 * @param publishedName the text as printed in the source, kept for traceability; null for members added by editors
 */
public record MemberRef(String code, String publishedName) {
}
