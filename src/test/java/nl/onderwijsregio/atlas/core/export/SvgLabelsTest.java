package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A designer who opens the SVG in Inkscape, PowerPoint or Keynote moves or retypes a region's name as one object:
 * its halo and its letters in one group that names the region, each a single text with a line per tspan, rather
 * than four loose texts for a name on two lines.
 */
class SvgLabelsTest {

    @Test
    void zwolleEnOmgevingOnTwoLinesIsOneGroupOfTwoTextsWithALinePerTspan() throws Exception {
        MapGeometry geometry = MapGeometry.of(TestData.bundledAtlas());
        MapPicture vo = MapPicture.of(new MapPainter(geometry, MapStyle.light()),
                MapScene.of(TestData.bundledMaps(), Sector.VO), Viewport.fit(geometry.bounds(), 800, 720, 16));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(MapExporter.svg(vo, false).getBytes(StandardCharsets.UTF_8)));

        List<Element> zwolle = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("label") && g.getAttribute("data-region").equals("zwolle-en-omgeving")) {
                zwolle.add(g);
            }
        }
        assertEquals(1, zwolle.size(), "one label group for Zwolle en omgeving");
        Element label = zwolle.get(0);
        assertEquals("label-zwolle-en-omgeving", label.getAttribute("id"));
        NodeList texts = label.getElementsByTagName("text");
        assertEquals(2, texts.getLength(), "its halo and its letters");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            NodeList lines = text.getElementsByTagName("tspan");
            assertEquals(2, lines.getLength(), "a line per tspan");
            assertEquals("Zwolle en", lines.item(0).getTextContent());
            assertEquals("omgeving", lines.item(1).getTextContent());
            assertEquals(text.getAttribute("x"), ((Element) lines.item(1)).getAttribute("x"), "both lines centred alike");
        }
        assertEquals(2, textsOf(doc, "zwolle-en-omgeving"), "no other text of Zwolle en omgeving in the file");
    }

    private static int textsOf(Document doc, String region) {
        int count = 0;
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            if (((Element) texts.item(i)).getAttribute("data-region").equals(region)) {
                count++;
            }
        }
        return count;
    }

    /** What an SVG text says, its lines (one per tspan, if any) joined by a space. */
    static String lines(Element text) {
        NodeList tspans = text.getElementsByTagName("tspan");
        if (tspans.getLength() == 0) {
            return text.getTextContent();
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < tspans.getLength(); i++) {
            lines.add(tspans.item(i).getTextContent());
        }
        return String.join(" ", lines);
    }
}
