package nl.onderwijsregio.atlas.core.export;

import java.text.MessageFormat;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.text.Language;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

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

    /**
     * The printed page a PDF of {@code picture} is, "A4 liggend, 297 × 210 mm": what was written, where
     * the picture's pixel size would mislead (it only sets how finely the page is drawn).
     */
    public static String pdfPage(MapPicture picture, Locale locale) {
        PDRectangle page = PdfSurface.a4For(picture.viewport().width(), picture.viewport().height());
        String key = page.getWidth() > page.getHeight() ? "export.page.landscape" : "export.page.portrait";
        return new MessageFormat(Language.bundle("export", locale).getString(key), locale)
                .format(new Object[] {millimetres(page.getWidth()), millimetres(page.getHeight())});
    }

    private static long millimetres(float points) {
        return Math.round(points / 72 * 25.4);
    }
}
