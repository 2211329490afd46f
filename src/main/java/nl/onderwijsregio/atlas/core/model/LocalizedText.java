package nl.onderwijsregio.atlas.core.model;

import java.util.Locale;
import java.util.Objects;

/** A text written by us in Dutch and English; Dutch is the fallback because the data is Dutch. */
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
    }

    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return nl;
    }
}
