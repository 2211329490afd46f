package nl.onderwijsregio.atlas.core.summary;

import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.CaseStory;

/**
 * The data file's own notes (why a correction was made, which application a voorloper grew from, what a sector
 * suffix means) are written in Dutch, like the practice examples, and are passed on as written, never translated.
 * In another language they are marked as Dutch wherever they appear, so a reader meeting Dutch after an English
 * lead-in knows it is meant; in Dutch they read as written.
 */
public final class DataNote {

    private DataNote() {
    }

    /** {@code note} as the reader in {@code locale} should meet it; null and blank notes stay as they are. */
    public static String of(String note, Locale locale, Labels labels) {
        if (note == null || note.isBlank() || CaseStory.LANGUAGE.getLanguage().equals(locale.getLanguage())) {
            return note;
        }
        return labels.get("detail.dataNote.otherLanguage", note);
    }
}
