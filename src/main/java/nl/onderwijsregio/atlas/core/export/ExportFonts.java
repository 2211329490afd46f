package nl.onderwijsregio.atlas.core.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one typeface of every export. DejaVu Sans when the machine has it (it covers every Dutch
 * letter and looks the same in PNG, SVG and PDF), else the platform's sans serif. Text widths are
 * measured with the same font the PNG draws with, so labels sit in the same place everywhere.
 */
public final class ExportFonts {

    /** What SVG readers try in turn; the first is what the PNG and PDF use. */
    public static final String SVG_FAMILY = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private static final String PREFERRED = "DejaVu Sans";
    private static final List<String> REGULAR_FILES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/Library/Fonts/DejaVuSans.ttf",
            "C:/Windows/Fonts/DejaVuSans.ttf");
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    private static final String FAMILY = chooseFamily();

    private ExportFonts() {
    }

    private static String chooseFamily() {
        try {
            Set<String> names = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames());
            return names.contains(PREFERRED) ? PREFERRED : Font.SANS_SERIF;
        } catch (RuntimeException | Error e) {
            return Font.SANS_SERIF;
        }
    }

    public static Font awt(double size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    public static double width(String text, double size, boolean bold) {
        return awt(size, bold).getStringBounds(text, FRC).getWidth();
    }

    /** The TrueType file of the export font (regular or bold), when it lies where fonts usually lie. */
    public static Optional<Path> trueTypeFile(boolean bold) {
        for (String f : REGULAR_FILES) {
            Path p = Path.of(bold ? f.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") : f);
            if (Files.isReadable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
