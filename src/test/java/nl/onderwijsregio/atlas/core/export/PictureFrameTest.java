package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The VO slide of Zwolle en omgeving, zoomed in so Friesland, the IJsselmeer and Germany run on past the
 * picture: they stop at its frame, on the PDF's A4 page as in the SVG.
 */
class PictureFrameTest {

    private static MapPicture zwolle;

    @BeforeAll
    static void load() throws Exception {
        Atlas atlas = TestData.bundledAtlas();
        MapScene scene = MapScene.of(TestData.bundledMaps(), Sector.VO);
        RegionSlides slides = new RegionSlides(new MapPainter(MapGeometry.of(atlas)), scene, 1920, 1080,
                r -> ExportPictures.caption(r, Locale.forLanguageTag("nl"), Enum::name, "31 gemeenten"),
                "Onderwijsregio's VO", ExportTexts.credit(Locale.forLanguageTag("nl")));
        zwolle = slides.slide(atlas.region("zwolle-en-omgeving").orElseThrow());
    }

    @Test
    void thePdfPagesMarginStaysWhiteAroundTheMap() throws Exception {
        try (PDDocument doc = Loader.loadPDF(MapExporter.pdf(zwolle, false))) {
            // One pixel per point: the page is 842 × 595, with at least 10 mm (28 points) of margin all round.
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            int band = 25;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    boolean inMargin = x < band || y < band || x >= page.getWidth() - band
                            || y >= page.getHeight() - band;
                    if (inMargin) {
                        assertEquals(0xffffff, page.getRGB(x, y) & 0xffffff,
                                "page-white in the margin at " + x + ", " + y);
                    }
                }
            }
            int middle = page.getRGB(page.getWidth() / 2, page.getHeight() / 2) & 0xffffff;
            assertTrue(middle != 0xffffff, "the map itself is on the page");
        }
    }

    @Test
    void theSvgsMapGroupIsClippedToThePictureFrame() throws Exception {
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                new ByteArrayInputStream(MapExporter.svg(zwolle, false).getBytes(StandardCharsets.UTF_8)));

        Element map = byId(svg, "g", "map");
        assertEquals("url(#picture-frame)", map.getAttribute("clip-path"));
        Element frame = (Element) byId(svg, "clipPath", "picture-frame").getElementsByTagName("rect").item(0);
        assertEquals("0 0 1920 1080", frame.getAttribute("x") + " " + frame.getAttribute("y") + " "
                + frame.getAttribute("width") + " " + frame.getAttribute("height"));
        assertEquals("", byId(svg, "g", "credit").getAttribute("clip-path"), "the credit is inside the frame anyway");
    }

    private static Element byId(Document doc, String tag, String id) {
        NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no <" + tag + " id=\"" + id + "\">");
    }
}
