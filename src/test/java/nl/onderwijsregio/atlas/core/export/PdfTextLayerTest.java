package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A PDF's words, copied or extracted, read as the picture shows them: each once, though the title, the region's
 * label and the credit are drawn over a halo, and "Affiliated" in its letters, not with the ffi ligature.
 */
class PdfTextLayerTest {

    private static byte[] zwolleSlide;

    @BeforeAll
    static void zwolleSpotlightedInEnglish() throws Exception {
        Atlas atlas = TestData.bundledAtlas();
        Region zwolle = atlas.region("zwolle-en-omgeving").orElseThrow();
        MapScene scene = MapScene.of(TestData.bundledMaps(), Sector.PO);
        MapPicture slide = ExportPictures.regionSpotlight(new MapPainter(MapGeometry.of(atlas), MapStyle.light()),
                        scene, zwolle, 1920, 1080, ExportPictures.caption(zwolle, scene, List.of(), Locale.ENGLISH), 1)
                .withTitle("Education regions PO")
                .withCredit("Source: Regionale samenwerking werkt; map: CBS, Kadaster (via PDOK), Natural Earth");
        zwolleSlide = MapExporter.pdf(slide, false);
    }

    /**
     * The letters as the page holds them, in drawing order: PDFBox's own extraction would hide both faults, as it
     * drops text drawn twice in one place and spells ligatures out.
     */
    private static String text() throws Exception {
        StringBuilder letters = new StringBuilder();
        PDFTextStripper asHeld = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                letters.append(text.getUnicode());
            }
        };
        try (PDDocument doc = Loader.loadPDF(zwolleSlide)) {
            asHeld.getText(doc);
        }
        return letters.toString();
    }

    private static int times(String text, String words) {
        return text.split(java.util.regex.Pattern.quote(words), -1).length - 1;
    }

    @Test
    void theTitleAndTheCreditAreReadOnceThoughDrawnOverAHalo() throws Exception {
        String text = text();

        assertEquals(1, times(text, "Education regions PO"), text);
        assertEquals(1, times(text, "Source: Regionale samenwerking werkt"), text);
        assertFalse(text.contains("Education regions POEducation regions PO"), text);
    }

    @Test
    void affiliatedIsReadInItsLettersNotWithTheFfiLigature() throws Exception {
        String text = text();

        assertTrue(text.contains("Affiliated PO school boards"), text);
        assertFalse(text.contains("\uFB03"), text);
    }

    @Test
    void theHaloIsStillDrawnAsTheLettersOutlinesStrokedAndNoTextIsStroked() throws Exception {
        int strokes = 0;
        boolean strokedText = false;
        try (PDDocument doc = Loader.loadPDF(zwolleSlide)) {
            List<Object> tokens = new PDFStreamParser(doc.getPage(0)).parse();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator op) {
                    strokes += op.getName().equals("S") ? 1 : 0;
                    // Text rendering mode 1 is stroked text: a run of its own that extractors read again.
                    strokedText |= op.getName().equals("Tr") && tokens.get(i - 1) instanceof COSInteger mode
                            && mode.intValue() == 1;
                }
            }
        }
        assertFalse(strokedText, "no text in stroke mode");
        assertTrue(strokes >= "Education regions PO".replace(" ", "").length(), "a stroked outline per letter: "
                + strokes);
    }
}
