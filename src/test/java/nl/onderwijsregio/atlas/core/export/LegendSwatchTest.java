package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Rgb;
import org.junit.jupiter.api.Test;

/** The legend's swatches at the size a full-HD picture and the screen draw them. */
class LegendSwatchTest {

    /** A full-HD picture's swatch: its legend text is 13 pixels, the swatch 1.05 times that. */
    private static final double FULL_HD_SWATCH = 13 * 1.05;

    @Test
    void theKeyToAMunicipalityInSeveralRegionsShowsStripesOfBothColoursNotOneBlend() {
        LegendEntry stripes = ExportPictures.stripesKey(MapScene.of(null, Sector.PO), Locale.forLanguageTag("nl"));
        ImageSurface s = ImageSurface.create(16, 16, true);
        LegendSwatch.draw(s, stripes, 1, 1, FULL_HD_SWATCH, MapStyle.light().municipalityBorder(), 0.6, 1);
        s.dispose();

        // across the middle row: each colour must run clear of the antialiased edges for a few pixels
        assertTrue(longestRun(s.image(), 8, stripes.colour()) >= 4,
                "bands of " + stripes.colour().hex() + " one can see");
        assertTrue(longestRun(s.image(), 8, stripes.stripes()) >= 4,
                "bands of " + stripes.stripes().hex() + " one can see");
    }

    /** The most pixels in a row {@code y} of exactly {@code colour}, one after another. */
    private static int longestRun(BufferedImage image, int y, Rgb colour) {
        int longest = 0;
        int run = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            int argb = image.getRGB(x, y);
            boolean same = Math.abs(((argb >> 16) & 0xff) - colour.r()) <= 2
                    && Math.abs(((argb >> 8) & 0xff) - colour.g()) <= 2 && Math.abs((argb & 0xff) - colour.b()) <= 2;
            run = same ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
