package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Viewport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The PO map exported as SVG, PNG and PDF from the bundled data: the same picture in three readers' forms. */
class MapExporterTest {

    private static Atlas atlas;
    private static RegionMaps maps;
    private static MapPicture poMap;
    /** The map without title, legend or credit: nothing hides its labels and stripes. */
    private static MapPicture mapAlone;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        maps = TestData.bundledMaps();
        MapGeometry geometry = MapGeometry.of(atlas);
        Viewport v = Viewport.fit(geometry.bounds(), 640, 720, 16);
        MapScene scene = MapScene.of(maps, Sector.PO);
        poMap = ExportPictures.sectorMap(new MapPainter(geometry, MapStyle.light()), scene, v, java.util.Locale.forLanguageTag("nl"))
                .withTitle("Onderwijsregio's PO — Zwolle & omgeving");
        mapAlone = MapPicture.of(new MapPainter(geometry, MapStyle.light()), scene, v).withCredit(null);
    }

    @Test
    void svgIsWellFormedXmlWithPlainHexColoursOneGroupPerRegionTextAndTheCredit() throws Exception {
        String svg = MapExporter.svg(poMap, false);

        assertFalse(svg.contains("rgba("), "no rgba() colours");
        assertFalse(svg.contains("transparent"), "no 'transparent' keyword");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Set<String> groupIds = new HashSet<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            groupIds.add(((Element) groups.item(i)).getAttribute("id"));
        }
        atlas.regionsServing(Sector.PO).stream()
                .filter(r -> r.scope() == Scope.REGIONAL && !r.memberCodes().isEmpty())
                .forEach(r -> assertTrue(groupIds.contains("region-" + r.id()), "group for " + r.id()));
        List<String> texts = new ArrayList<>();
        NodeList textNodes = doc.getElementsByTagName("text");
        for (int i = 0; i < textNodes.getLength(); i++) {
            texts.add(textNodes.item(i).getTextContent());
        }
        assertTrue(texts.contains("Bron: Regionale samenwerking werkt; kaart: CBS, Kadaster (via PDOK), Natural Earth"),
                "the whole credit is text: " + texts);
        assertTrue(texts.contains("Onderwijsregio's PO — Zwolle & omgeving"), "title is text, escaped right");
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            String fill = p.getAttribute("fill");
            assertTrue(fill.isEmpty() || fill.equals("none") || fill.matches("#[0-9a-f]{6}"), "fill " + fill);
        }
    }

    /**
     * A designer restyling a region in the SVG must find all its parts: its own fill (in its group),
     * its bands in every overlap it shares, and its label or its number in the key, each marked with the region.
     */
    @Test
    void everyStripeBandAndEveryLabelInTheSvgNamesTheRegionItBelongsTo() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(MapExporter.svg(poMap, false).getBytes(StandardCharsets.UTF_8)));
        var layer = poMap.scene().layer();
        int overlaps = 0;
        Set<String> named = new HashSet<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String id = g.getAttribute("id");
            if (id.startsWith("overlap-")) {
                overlaps++;
                Set<String> marked = new HashSet<>();
                NodeList bands = g.getElementsByTagName("path");
                for (int j = 0; j < bands.getLength(); j++) {
                    marked.add(regionOf((Element) bands.item(j)));
                }
                assertEquals(new HashSet<>(layer.covering(id.substring("overlap-".length()))), marked, id);
            } else if (id.startsWith("region-")) {
                NodeList fills = g.getElementsByTagName("path");
                for (int j = 0; j < fills.getLength(); j++) {
                    assertEquals(id.substring("region-".length()), regionOf((Element) fills.item(j)), id);
                }
            } else if (id.startsWith("label-") || id.startsWith("key-number-")) {
                String region = g.getAttribute("data-region");
                boolean number = g.getAttribute("class").equals("key-number");
                NodeList texts = g.getElementsByTagName("text");
                // a name has its halo and its letters; a number its pill (a path) and its figure
                assertEquals(number ? 1 : 2, texts.getLength(), id);
                for (int j = 0; j < texts.getLength(); j++) {
                    assertEquals(region, regionOf((Element) texts.item(j)), id);
                }
                String written = SvgLabelsTest.lines((Element) texts.item(texts.getLength() - 1));
                if (number) {
                    // where its name does not fit, the region's number in the legend
                    assertEquals(String.valueOf(layer.keyNumber(region)), written);
                } else {
                    assertEquals("label", g.getAttribute("class"), id);
                    assertEquals(atlas.region(region).orElseThrow().displayName(), written, id);
                    named.add(region);
                }
            }
        }
        assertTrue(named.contains("limburg"), "Limburg's label: " + named);
        assertTrue(overlaps > 20, "the PO map has many overlaps: " + overlaps);
    }

    /** The region an SVG element is marked with; its class says the same, for CSS selectors. */
    private static String regionOf(Element e) {
        String region = e.getAttribute("data-region");
        assertFalse(region.isEmpty(), "unmarked <" + e.getTagName() + ">");
        assertEquals("region-" + region, e.getAttribute("class"));
        return region;
    }

    /**
     * Measured: the whole picture 0.26 mean, 5.0 worst block; the map alone 0.47 and 7.0. Without its
     * labels the map alone scores 2.1 and 63, without the title the whole picture 2.9 and 129.
     */
    @Test
    void pngAtTwiceHasTwiceThePixelsAndTheSamePicture() {
        for (MapPicture picture : List.of(poMap, mapAlone)) {
            BufferedImage one = MapExporter.image(picture, false);
            BufferedImage two = MapExporter.image(picture.scaled(2), false);

            assertEquals(2 * one.getWidth(), two.getWidth());
            assertEquals(2 * one.getHeight(), two.getHeight());
            BufferedImage down = ImageCompare.downscale(two, one.getWidth(), one.getHeight());
            double mean = ImageCompare.meanDifference(one, down);
            double worst = ImageCompare.worstBlockDifference(one, down, 16);
            assertTrue(mean <= 1.0, "mean channel difference ×1 vs ×2 downscaled: " + mean);
            assertTrue(worst <= 20, "worst 16×16 block ×1 vs ×2 downscaled: " + worst);
        }
    }

    /**
     * Reusel-De Mierden, in no PO region, lies against Belgium: bare land next to grey Belgium was hard
     * to see. Its pixels must differ clearly from both plain land and the neighbouring country.
     */
    @Test
    void theGapReuselDeMierdenStandsOutFromTheLandAndFromBelgium() {
        BufferedImage img = MapExporter.image(poMap.withLegend(List.of()).withCredit(null), false);
        Viewport v = poMap.viewport();
        var reusel = poMap.painter().geometry().municipality("GM1667");
        double[] sum = new double[3];
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (nl.onderwijsregio.atlas.core.geo.MunicipalityLocator.contains(reusel,
                        v.planeX(x + 0.5), v.planeY(y + 0.5))) {
                    int p = img.getRGB(x, y);
                    sum[0] += (p >> 16) & 0xff;
                    sum[1] += (p >> 8) & 0xff;
                    sum[2] += p & 0xff;
                    n++;
                }
            }
        }
        assertTrue(n > 30, "Reusel-De Mierden covers some pixels: " + n);
        double[] mean = {sum[0] / n, sum[1] / n, sum[2] / n};
        double fromLand = distance(mean, MapStyle.light().land());
        double fromBelgium = distance(mean, MapStyle.light().foreignLand());
        assertTrue(fromLand > 30, "differs from plain land by " + fromLand);
        assertTrue(fromBelgium > 30, "differs from Belgium by " + fromBelgium);
    }

    /** Mean absolute channel difference between a mean colour and {@code c}. */
    private static double distance(double[] mean, nl.onderwijsregio.atlas.core.render.Rgb c) {
        return (Math.abs(mean[0] - c.r()) + Math.abs(mean[1] - c.g()) + Math.abs(mean[2] - c.b())) / 3;
    }

    @Test
    void transparentPngLeavesTheSeaAndTheNeighbouringCountriesClearButKeepsTheNetherlands() {
        BufferedImage img = MapExporter.image(mapAlone, true);
        Viewport v = mapAlone.viewport();

        assertEquals(0, img.getRGB(2, img.getHeight() / 2) >>> 24, "west edge is North Sea: clear");
        assertEquals(0, alphaAt(img, v, 7.3, 52.2), "Germany, east of Enschede, is clear");
        assertEquals(0, alphaAt(img, v, 5.0, 51.15), "Belgium, south of Tilburg, is clear");
        int centre = img.getRGB(img.getWidth() / 2, img.getHeight() / 2);
        assertEquals(255, centre >>> 24, "the middle of the country is opaque land");
        assertEquals(255, alphaAt(img, v, 5.16, 51.37), "Reusel-De Mierden, a gap, is kept");
    }

    /** The alpha of the pixel at longitude {@code lon}, latitude {@code lat}. */
    private static int alphaAt(BufferedImage img, Viewport v, double lon, double lat) {
        return img.getRGB((int) v.x(nl.onderwijsregio.atlas.core.geo.WebMercator.x(lon)),
                (int) v.y(nl.onderwijsregio.atlas.core.geo.WebMercator.y(lat))) >>> 24;
    }

    @Test
    void pdfOpensWithPdfBoxAndHoldsVectorPathsAndText() throws Exception {
        byte[] pdf = MapExporter.pdf(poMap, false);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(595.3, page.getMediaBox().getWidth(), 0.5, "an A4 page, portrait for the tall country");
            int lines = 0;
            int fills = 0;
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token : parser.parse()) {
                if (token instanceof Operator op) {
                    switch (op.getName()) {
                        case "l" -> lines++;
                        case "f*" -> fills++;
                        case "Do" -> throw new AssertionError("the map must not be an embedded image");
                        default -> { }
                    }
                }
            }
            assertTrue(lines > 5000, "line segments: " + lines);
            assertTrue(fills >= 5, "even-odd fills (sea, land, countries, regions): " + fills);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Bron: Regionale samenwerking werkt"), text);
        }
    }

    /** The bundled DejaVu Sans, whatever the machine has installed: a print shop gets the letters with the file. */
    @Test
    void thePdfEmbedsTheBundledDejaVuSans() throws Exception {
        try (PDDocument doc = Loader.loadPDF(MapExporter.pdf(poMap, false))) {
            PDResources resources = doc.getPage(0).getResources();
            List<PDFont> fonts = new java.util.ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("DejaVuSans") && f.isEmbedded()),
                    fonts.stream().map(PDFont::getName).toList().toString());
        }
        assertEquals("DejaVu Sans", ExportFonts.awt(12, false).getFamily(), "the PNG draws in it too");
        for (boolean bold : new boolean[] {false, true}) {
            try (var bundled = ExportFonts.trueType(bold).orElseThrow()) {
                assertTrue(bundled.readAllBytes().length > 100_000, "the atlas carries the font itself, bold " + bold);
            }
        }
    }

    /**
     * An independent reader of our SVG: librsvg's {@code rsvg-convert}, when installed, must draw the
     * same picture as our PNG export.
     */
    @Test
    void svgRenderedByRsvgLooksLikeThePng(@TempDir Path dir) throws Exception {
        var found = nl.onderwijsregio.atlas.ExternalTool.find("rsvg-convert");
        org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(), "rsvg-convert (librsvg2-bin) is not installed");
        Path rsvg = found.get();
        Path svg = dir.resolve("po.svg");
        Path png = dir.resolve("po-rsvg.png");
        MapExporter.write(poMap, ExportFormat.SVG, false, svg);
        Process p = new ProcessBuilder(rsvg.toString(), "-o", png.toString(), svg.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "rsvg-convert finished");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        BufferedImage byRsvg = ImageIO.read(png.toFile());
        BufferedImage ours = MapExporter.image(poMap, false);
        assertEquals(ours.getWidth(), byRsvg.getWidth());
        // librsvg sets the legend's text in its own font, so text drifts: only the mean can be held here
        double diff = ImageCompare.meanDifference(ours, byRsvg);
        assertTrue(diff < 3.3, "mean channel difference rsvg vs our PNG: " + diff);

        // The map alone (labels, stripes, hatch) must match closely. Measured 0.33 mean and 17 in the
        // worst 16×16 block; the same SVG without its overlap groups scores 4.3 and 101, without its
        // labels 1.7 and 63.
        MapExporter.write(mapAlone, ExportFormat.SVG, false, svg);
        Process q = new ProcessBuilder(rsvg.toString(), "-o", png.toString(), svg.toString())
                .redirectErrorStream(true).start();
        assertTrue(q.waitFor(60, TimeUnit.SECONDS), "rsvg-convert finished");
        BufferedImage mapByRsvg = ImageIO.read(png.toFile());
        BufferedImage map = MapExporter.image(mapAlone, false);
        double mean = ImageCompare.meanDifference(map, mapByRsvg);
        double worst = ImageCompare.worstBlockDifference(map, mapByRsvg, 16);
        assertTrue(mean <= 0.8, "mean channel difference of the map, rsvg vs our PNG: " + mean);
        assertTrue(worst <= 35, "worst 16×16 block of the map, rsvg vs our PNG: " + worst);
    }

    @Test
    void writeReplacesTheFileWholeAndLeavesNoPartFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("po.png");
        Files.writeString(out, "old");
        MapExporter.write(poMap, ExportFormat.PNG, false, out);

        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(640, img.getWidth());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the PNG is left");
        }
    }

    @Test
    void theCreditNamesThePublicationAndEveryMapSourceInBothLanguages() {
        assertEquals("Bron: Regionale samenwerking werkt; kaart: CBS, Kadaster (via PDOK), Natural Earth",
                ExportTexts.credit(java.util.Locale.forLanguageTag("nl")));
        assertEquals("Source: Regionale samenwerking werkt; map: CBS, Kadaster (via PDOK), Natural Earth",
                ExportTexts.credit(java.util.Locale.ENGLISH));
    }

    @Test
    void aZoomedExportNamesOnlyTheRegionsItShowsAndKeepsTheLegendOffTheSpotlightedRegion() {
        MapGeometry geometry = MapGeometry.of(atlas);
        MapScene scene = MapScene.of(maps, Sector.VO);
        Region zeeland = atlas.region("zeeland").orElseThrow();
        org.locationtech.jts.geom.Envelope around = ExportPictures.regionBounds(scene, zeeland);
        // Zeeland in the lower left quarter, where the legend usually stands.
        Viewport v = Viewport.fit(new org.locationtech.jts.geom.Envelope(around.getMinX(),
                around.getMaxX() + around.getWidth() * 0.8, around.getMinY() - around.getHeight() * 0.8,
                around.getMaxY()), 1200, 800, 10);
        MapScene spot = scene.withSelected(zeeland.id()).withSpotlight(true);

        List<LegendEntry> legend = ExportPictures.legend(spot, v.visible(), java.util.Locale.forLanguageTag("nl"));
        List<String> names = legend.stream().map(LegendEntry::label).toList();
        assertTrue(names.contains(zeeland.displayName()), "names the region shown: " + names);
        assertTrue(legend.size() < ExportPictures.legend(spot, null, java.util.Locale.forLanguageTag("nl")).size() * 0.7, "only those in view: " + names);
        assertFalse(names.stream().anyMatch(n -> n.contains("Groningen")), "Groningen is far away: " + names);

        MapPicture picture = MapPicture.of(new MapPainter(geometry, MapStyle.light()), spot, v).withLegend(legend);
        double[] box = picture.legendBox(ExportFonts::width);
        var rings = spot.layer().shape(zeeland.id()).outline().rings();
        double covered = picture.coverage(rings, box[0], box[1], box[2], box[3]);
        double lowerLeft = picture.coverage(rings, 20, 800 - 20 - box[3], box[2], box[3]);
        assertTrue(lowerLeft > 0.1, "the usual corner would cover Zeeland: " + lowerLeft);
        assertTrue(covered < 0.05, "the legend stays off Zeeland: it covers " + covered);
    }

    @Test
    void aPictureOfTheWholeSectorNamesItsNationalRegionsAsNotOnTheMapAndAZoomedOneDoesNot() {
        MapScene po = MapScene.of(maps, Sector.PO);
        List<String> names = ExportPictures.legend(po, null, java.util.Locale.forLanguageTag("nl")).stream()
                .map(LegendEntry::label).toList();
        int koerskracht = names.indexOf("Koerskracht (PLG+) (landelijk, niet op de kaart)");
        int progressus = names.indexOf("Progressus (landelijk, niet op de kaart)");
        assertTrue(koerskracht > names.indexOf("Zwolle en omgeving") && progressus == koerskracht + 1,
                "after the regions on the map, alphabetically: " + names);
        assertTrue(progressus < names.indexOf("Gestreept: gemeente in meer regio’s"), "before the keys: " + names);
        LegendEntry entry = ExportPictures.legend(po, null, java.util.Locale.ENGLISH).stream()
                .filter(e -> e.label().equals("Progressus (national, not on the map)")).findFirst().orElseThrow();
        assertNull(entry.colour(), "an empty square: it has no colour on the map");

        Viewport zoomed = Viewport.fit(ExportPictures.regionBounds(po, atlas.region("zwolle-en-omgeving").orElseThrow()),
                1200, 800, 10);
        assertTrue(ExportPictures.legend(po, zoomed.visible(), java.util.Locale.forLanguageTag("nl")).stream()
                .noneMatch(e -> e.label().contains("landelijk")), "a zoomed picture names only what it shows");
        Viewport country = Viewport.fit(MapGeometry.of(atlas).bounds(), 1200, 800, 10);
        assertTrue(ExportPictures.legend(po, country.visible(), java.util.Locale.forLanguageTag("nl")).stream()
                .anyMatch(e -> e.label().startsWith("Progressus")), "the window's view of the whole country names them");
    }

    @Test
    void theLegendEndsWithTheKeysToStripesAndGapsAsOnScreen() {
        MapScene vo = MapScene.of(maps, Sector.VO);
        List<LegendEntry> legend = ExportPictures.legend(vo, null, java.util.Locale.ENGLISH);
        LegendEntry stripes = legend.get(legend.size() - 2);
        LegendEntry gap = legend.get(legend.size() - 1);
        assertEquals("Striped: municipality in several regions", stripes.label());
        assertTrue(stripes.stripes() != null && !stripes.stripes().equals(stripes.colour()), "two colours");
        assertEquals("Grey hatched: in no region (a gap)", gap.label(), "Ouder-Amstel and Zutphen lie in no VO region");
        assertEquals(MapStyle.light().land(), gap.colour(), "hatched over the land, as on the map");
        assertEquals(MapStyle.light().gapHatch(), gap.hatch());
        assertTrue(ExportPictures.legend(vo.withOverlapView(true), null, java.util.Locale.ENGLISH).stream()
                .noneMatch(e -> e.label().startsWith("Striped")), "the overlap view has no stripes to explain");
    }

    @Test
    void withLabourMarketBordersTheSvgDashesThemInTheirOwnGroupAndTheLegendExplainsTheLine() throws Exception {
        MapScene po = MapScene.of(maps, Sector.PO).withLabourMarkets(true);
        MapGeometry geometry = MapGeometry.of(atlas);
        MapPicture picture = ExportPictures.sectorMap(new MapPainter(geometry, MapStyle.light()), po,
                Viewport.fit(geometry.bounds(), 640, 720, 16), java.util.Locale.forLanguageTag("nl"));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(MapExporter.svg(picture, false).getBytes(StandardCharsets.UTF_8)));
        Element group = null;
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("id").equals("labour-market-regions")) {
                group = (Element) groups.item(i);
            }
        }
        assertTrue(group != null, "a group of labour-market borders");
        NodeList paths = group.getElementsByTagName("path");
        assertTrue(paths.getLength() > 0);
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            assertEquals("7 4.2", path.getAttribute("stroke-dasharray"));
            assertEquals(MapStyle.light().labourMarketBorder().hex(), path.getAttribute("stroke"));
        }
        LegendEntry key = picture.legend().get(picture.legend().size() - 1);
        assertEquals("Streepjeslijn: grens van een arbeidsmarktregio", key.label());
        assertEquals(MapStyle.light().labourMarketBorder(), key.dashes());
        assertTrue(ExportPictures.legend(po.withLabourMarkets(false), null, java.util.Locale.ENGLISH).stream()
                .noneMatch(e -> e.dashes() != null), "no key to a line that is not drawn");
    }

    @Test
    void theOverlapViewsLegendExplainsItsCoverColoursNotTheRegionColours() {
        MapScene po = MapScene.of(maps, Sector.PO).withOverlapView(true);
        List<LegendEntry> legend = ExportPictures.legend(po, null, java.util.Locale.forLanguageTag("nl"));
        assertEquals(List.of("Geen regio (gat)", "1 regio", "2 regio’s", "3 of meer regio’s"),
                legend.stream().filter(e -> !e.isUnmapped()).map(LegendEntry::label).toList());
        for (int count = 0; count <= 3; count++) {
            assertEquals(nl.onderwijsregio.atlas.core.render.RegionPalette.cover(count), legend.get(count).colour());
        }
    }

    @Test
    void aPdfIsAnA4PageInTheMapsOrientationWhateverThePictureSize() throws Exception {
        for (double factor : new double[] {1, 2, 4}) {
            MapPicture wide = poMap.resizedTo(860, 733).scaled(factor);
            try (PDDocument doc = Loader.loadPDF(MapExporter.pdf(wide, false))) {
                var box = doc.getPage(0).getMediaBox();
                assertEquals(841.9, box.getWidth(), 0.5, "A4 landscape at x" + factor);
                assertEquals(595.3, box.getHeight(), 0.5, "A4 landscape at x" + factor);
            }
        }
        try (PDDocument doc = Loader.loadPDF(MapExporter.pdf(poMap, false))) {
            assertEquals(595.3, doc.getPage(0).getMediaBox().getWidth(), 0.5, "a tall map prints portrait");
        }
    }

    /** Said of a written PDF instead of its pixels, which only set how finely the A4 page is drawn. */
    @Test
    void aPdfsPageIsToldAsA4LandscapeOrPortraitInMillimetres() {
        MapPicture wide = poMap.resizedTo(1920, 1080);
        assertEquals("A4 liggend, 297 × 210 mm", ExportTexts.pdfPage(wide, java.util.Locale.forLanguageTag("nl")));
        assertEquals("A4 landscape, 297 × 210 mm", ExportTexts.pdfPage(wide.scaled(4), java.util.Locale.ENGLISH));
        assertEquals("A4 staand, 210 × 297 mm", ExportTexts.pdfPage(poMap, java.util.Locale.forLanguageTag("nl")));
    }

    @Test
    void theMboOverlapViewsLegendListsProgressusAndTheGreenRegionAsTheScreenDoes() {
        MapScene overlap = MapScene.of(maps, Sector.MBO).withOverlapView(true);
        List<String> names = ExportPictures.legend(overlap, null, java.util.Locale.forLanguageTag("nl")).stream()
                .map(LegendEntry::label).toList();
        assertTrue(names.contains("Progressus (landelijk, niet op de kaart)"), names.toString());
        assertTrue(names.contains("Landelijke Groene Onderwijsregio (landelijk, niet op de kaart)"), names.toString());
    }
}
