package nl.onderwijsregio.atlas.core.export;

import java.util.Locale;
import nl.onderwijsregio.atlas.core.text.Language;

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
        return Language.bundle("export", locale).getString("export.credit");
    }
}
