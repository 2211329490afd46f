package nl.onderwijsregio.atlas.core.model;

/**
 * A recorded deviation from, or interpretation of, what was published. Never silent: the reason says why.
 *
 * @param field     what was corrected: members, sectors, scope, territory, voorloper, name or keyFigures
 * @param published the text as printed, or null
 * @param value     what we chose
 * @param reason    why, in Dutch
 */
public record Correction(String field, String published, String value, String reason) {
}
