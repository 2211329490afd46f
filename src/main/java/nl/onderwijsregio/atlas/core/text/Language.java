package nl.onderwijsregio.atlas.core.text;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The atlas speaks Dutch, and English on request. Every text comes from an {@code i18n/<area>} bundle in
 * one of the two, never from a bundle picked by the machine's own default language.
 */
public final class Language {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Language() {
    }

    /** English for an English locale, Dutch for every other, and for none. */
    public static Locale of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** The bundle {@code i18n/<area>} in {@link #of the atlas's language} for {@code locale}. */
    public static ResourceBundle bundle(String area, Locale locale) {
        return ResourceBundle.getBundle("i18n/" + area, of(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
