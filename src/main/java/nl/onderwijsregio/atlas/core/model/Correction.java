package nl.onderwijsregio.atlas.core.model;

import java.util.Optional;

/**
 * A recorded deviation from, or interpretation of, what was published. Never silent: the reason says why.
 *
 * <p>Values are kept as the data has them (numbers, {@code true}/{@code false}, {@code REGIONAL}, case ids), so
 * the file stays readable by scripts; screens word them for their reader.
 *
 * @param field     what was corrected: members, sectors, scope, territory, voorloper, name, cases, or one key
 *                  figure as {@code keyFigures.<jsonKey>} (e.g. {@code keyFigures.opleiders}). Older files may
 *                  hold plain {@code keyFigures}, which does not say which figure. A change inside one case
 *                  is {@code cases.<id>} with its titles; {@code cases} itself is the list of case ids.
 * @param published the text as printed, or null when the publication never had it (a region or case made in
 *                  the editor)
 * @param value     what we chose
 * @param reason    why, in Dutch
 */
public record Correction(String field, String published, String value, String reason) {

    /** The field of all key figures together, as files before per-figure fields have it. */
    public static final String KEY_FIGURES = "keyFigures";

    /** The field of one key figure, e.g. {@code keyFigures.opleiders}. */
    public static String fieldOf(KeyFigure figure) {
        return KEY_FIGURES + "." + figure.jsonKey();
    }

    /** The field of one case's content, e.g. {@code cases.twente-invalpool}: its values are the case's titles. */
    public static String fieldOf(CaseStory story) {
        return "cases." + story.id();
    }

    /** The key figure this correction is about; empty for other fields and for the older plain {@code keyFigures}. */
    public Optional<KeyFigure> figure() {
        for (KeyFigure f : KeyFigure.values()) {
            if (fieldOf(f).equals(field)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
