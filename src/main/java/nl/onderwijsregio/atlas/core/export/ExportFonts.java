package nl.onderwijsregio.atlas.core.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one typeface of every export: DejaVu Sans, bundled with the atlas (its licence lies beside it in
 * {@code /fonts}), so a PNG, SVG or PDF made on Windows or macOS looks as one made on Linux, and a PDF
 * always embeds its font for print. It covers every Dutch letter. Text widths are measured with the same
 * font the PNG draws with, so labels sit in the same place everywhere. Should the bundled files be
 * unreadable, the platform's sans serif stands in.
 */
public final class ExportFonts {

    private static final Logger LOG = Logger.getLogger(ExportFonts.class.getName());

    /** What SVG readers try in turn; the first is what the PNG and PDF use. */
    public static final String SVG_FAMILY = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    private static final String FAMILY = registerBundled();

    private ExportFonts() {
    }

    /** Makes the bundled files known to Java2D by their family name, which is then what exports ask for. */
    private static String registerBundled() {
        try {
            Font regular = load(REGULAR);
            GraphicsEnvironment fonts = GraphicsEnvironment.getLocalGraphicsEnvironment();
            // false when the machine has the same font installed: then that one answers to the name
            fonts.registerFont(regular);
            fonts.registerFont(load(BOLD));
            return regular.getFamily();
        } catch (IOException | FontFormatException | RuntimeException | Error e) {
            LOG.log(Level.WARNING, "the bundled export font cannot be read; using the platform's sans serif", e);
            return Font.SANS_SERIF;
        }
    }

    private static Font load(String resource) throws IOException, FontFormatException {
        try (InputStream in = ExportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    public static Font awt(double size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    public static double width(String text, double size, boolean bold) {
        return awt(size, bold).getStringBounds(text, FRC).getWidth();
    }

    /** The export font's TrueType file (regular or bold), for a PDF to embed; empty when it is not bundled. */
    public static Optional<InputStream> trueType(boolean bold) {
        return Optional.ofNullable(ExportFonts.class.getResourceAsStream(bold ? BOLD : REGULAR));
    }
}
