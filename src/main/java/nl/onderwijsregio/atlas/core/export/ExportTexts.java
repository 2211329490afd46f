package nl.onderwijsregio.atlas.core.export;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts an exported picture carries whoever makes it (the UI, the CLI, a batch), from the
 * {@code i18n/export} bundle the UI's {@code Messages} reads too. Lives in core because core cannot
 * reach the UI's messages.
 */
public final class ExportTexts {

    private ExportTexts() {
    }

    /** The source credit of the data and the map in the language of {@code locale} (Dutch unless English). */
    public static String credit(Locale locale) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return ResourceBundle.getBundle("i18n/export", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("export.credit");
    }
}
