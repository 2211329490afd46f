package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README promises that an SVG leaves out the shapes and rings wholly outside the picture. The VO slide of
 * Groningen at 2596 × 1766 kept Friesland's coast left of the frame and stripe bands of an overlap below it.
 */
class SvgBeyondTheFrameTest {

    private static final Pattern PIECE = Pattern.compile("M[^M]*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    @Test
    void noRingOrBandOfGroningensSlideLiesWhollyOutsideThePicture() throws Exception {
        Atlas atlas = TestData.bundledAtlas();
        MapScene scene = MapScene.of(TestData.bundledMaps(), Sector.VO);
        RegionSlides slides = new RegionSlides(new MapPainter(MapGeometry.of(atlas)), scene, 2596, 1766,
                r -> ExportPictures.caption(r, Locale.forLanguageTag("nl"), Enum::name, ""),
                "Onderwijsregio's VO", ExportTexts.credit(Locale.forLanguageTag("nl")));
        String svg = MapExporter.svg(slides.slide(atlas.region("groningen-vo").orElseThrow()), false);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("0 0 2596 1766", doc.getDocumentElement().getAttribute("viewBox"));

        List<String> outside = new ArrayList<>();
        int pieces = 0;
        NodeList paths = doc.getElementsByTagName("path");
        for (int p = 0; p < paths.getLength(); p++) {
            Element path = (Element) paths.item(p);
            // a line may lie just outside and still reach in by half its width
            double reach = path.hasAttribute("stroke-width")
                    ? Double.parseDouble(path.getAttribute("stroke-width")) / 2 : 0;
            Matcher piece = PIECE.matcher(path.getAttribute("d"));
            while (piece.find()) {
                pieces++;
                double[] b = bounds(piece.group());
                if (b[0] > 2596 + reach || b[2] < -reach || b[1] > 1766 + reach || b[3] < -reach) {
                    outside.add(describe(path) + " " + piece.group().substring(0, Math.min(40, piece.group().length())));
                }
            }
        }
        assertTrue(pieces > 100, "the slide has its map: " + pieces + " rings and bands");
        assertEquals(List.of(), outside, "rings and bands wholly outside the picture");
    }

    /** Min x, min y, max x, max y of the points of one piece of a path. */
    private static double[] bounds(String piece) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        Matcher n = NUMBER.matcher(piece);
        for (int i = 0; n.find(); i++) {
            double v = Double.parseDouble(n.group());
            b[i % 2] = Math.min(b[i % 2], v);
            b[2 + i % 2] = Math.max(b[2 + i % 2], v);
        }
        return b;
    }

    private static String describe(Element path) {
        for (org.w3c.dom.Node n = path.getParentNode(); n instanceof Element g; n = g.getParentNode()) {
            if (!g.getAttribute("id").isEmpty()) {
                return "in <g id=\"" + g.getAttribute("id") + "\">";
            }
        }
        return "";
    }
}
