package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.onderwijsregio.atlas.core.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} writes the sector map and a spotlighted region headless, and refuses bad options clearly. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        CliRun r = CliRun.on(TestData.dataDir(), args);
        err.writeBytes(r.err().getBytes(StandardCharsets.UTF_8));
        return r.code();
    }

    @Test
    void rendersThePoMapAsPngAtTheAskedSize() throws Exception {
        Path out = dir.resolve("po.png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "render", "--sector", "po", "--width", "800", "--height", "450", "--out", out.toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(450, img.getHeight());
    }

    /** A script run again makes its figures again: nobody is there to answer a question, so render does not ask. */
    @Test
    void renderingAgainReplacesTheEarlierPictureWithoutAsking() throws Exception {
        Path out = dir.resolve("po.png");
        Files.writeString(out, "last week's figure");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "render", "--sector", "po", "--width", "320", "--height", "180", "--out", out.toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(320, ImageIO.read(out.toFile()).getWidth());
    }

    @Test
    void aPdfIsToldAsTheA4PageItIsNotAsItsPixels() {
        Path out = dir.resolve("zwolle.pdf");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "render", "--sector", "vo", "--region", "zwolle-en-omgeving", "--out", out.toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(out + " geschreven (A4 liggend, 297 × 210 mm, pdf)"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rendersZwolleSpotlightedAsSvgWithItsKeyFiguresInDutchNumberFormat() throws Exception {
        Path out = dir.resolve("zwolle.svg");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "render", "--region", "zwolle-en-omgeving", "--width", "800", "--height", "600",
                "--out", out.toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String svg = Files.readString(out);
        assertTrue(svg.contains("<g id=\"region-zwolle-en-omgeving\">"), "region group");
        assertTrue(svg.contains(">144.052</text>") && svg.contains(">Leerlingen en studenten</text>"),
                "the caption card gives its 144052 pupils and students with a dot between the thousands");
    }

    @Test
    void theVoMapWithLabourMarketBordersAsPdfHasDashedLinesAndWithoutThemNone() throws Exception {
        assertTrue(setsADashPattern("vo-arbeidsmarkt.pdf", "--labour-markets"), "dashed labour-market borders");
        assertFalse(setsADashPattern("vo.pdf"), "only solid lines without them");
    }

    private boolean setsADashPattern(String name, String... extra) throws Exception {
        Path out = dir.resolve(name);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("render", "--sector", "vo", "--out", out.toString()));
        args.addAll(List.of(extra));
        assertEquals(0, run(err, args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            return new org.apache.pdfbox.pdfparser.PDFStreamParser(pdf.getPage(0)).parse().stream()
                    .anyMatch(token -> token instanceof org.apache.pdfbox.contentstream.operator.Operator op
                            && op.getName().equals("d"));
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingItInTheLanguageAskedFor() {
        ByteArrayOutputStream dutch = new ByteArrayOutputStream();
        assertEquals(2, run(dutch, "render", "--format", "gif", "--out", dir.resolve("x.gif").toString()));
        assertTrue(dutch.toString(StandardCharsets.UTF_8).startsWith("Onjuist gebruik: onbekend formaat „gif”"),
                dutch.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        assertEquals(2, run(english, "render", "--format", "gif", "--out", dir.resolve("x.gif").toString(),
                "--lang", "en"));
        assertTrue(english.toString(StandardCharsets.UTF_8).startsWith("Usage error: unknown format “gif”"),
                english.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownRegionIdIsAnsweredWithTheNearestIds() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "render", "--region", "zwolle", "--out", dir.resolve("z.png").toString(),
                "--lang", "en");

        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("no region with id “zwolle”; did you mean: zwolle-en-omgeving (Zwolle en omgeving)"),
                text);
    }

    @Test
    void aMistypedRegionIdIsAnsweredWithTheRegionItMeant() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "render", "--region", "zwole", "--out", dir.resolve("z.png").toString(), "--lang", "en"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "no region with id “zwole”; did you mean: zwolle-en-omgeving (Zwolle en omgeving)?"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withNothingNearTheRegionsOfTheSectorAreListed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "render", "--sector", "vo", "--region", "qqqqqqqq", "--out", dir.resolve("q.png").toString(),
                "--lang", "en");

        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("the VO regions are: ") && text.contains("zeeland"), text);
    }

    @Test
    void aPictureLargerThanTheAppWouldMakeIsRefusedWithTheLimitBeforeAnythingIsDrawn() {
        Path out = dir.resolve("huge.png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "render", "--width", "20000", "--height", "20000", "--scale", "4", "--out", out.toString(),
                "--lang", "en");

        assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Usage error: --width must be between 1 and 16384, "
                + "not 20000"), err.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream scaled = new ByteArrayOutputStream();
        code = run(scaled, "render", "--width", "1920", "--height", "5000", "--scale", "4", "--out", out.toString(),
                "--lang", "en");
        assertEquals(2, code, scaled.toString(StandardCharsets.UTF_8));
        assertTrue(scaled.toString(StandardCharsets.UTF_8).startsWith("Usage error: --height 5000 × --scale 4 is "
                + "20000 pixels; a picture is at most 16384 pixels a side"), scaled.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutWithoutAFileNameIsAUsageErrorNotACrash() {
        for (List<String> args : List.of(List.of("--out", "/"), List.of("--out", "/", "--format", "png"),
                List.of("--out", dir + "/"), List.of("--out", dir.toString(), "--format", "svg"))) {
            CliRun r = CliRun.on(TestData.dataDir(), concat(List.of("render", "--lang", "en"), args));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertTrue(r.err().startsWith("Usage error: --out needs a file name, not a folder: “"), args + ": " + r.err());
        }
    }

    @Test
    void aMissingFolderIsToldAboutTheFileAskedForAndWhy() {
        Path out = dir.resolve("nodir").resolve("x.png");
        CliRun r = CliRun.on(TestData.dataDir(), "render", "--out", out.toString());

        assertEquals(2, r.code(), r.err());
        assertEquals("Fout: " + out + ": de map " + dir.resolve("nodir") + " bestaat niet\n", r.err());
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        Path out = dir.resolve("kaart.png");
        Files.writeString(out, "old");
        assertTrue(out.toFile().setWritable(false, false));
        CliRun r = CliRun.on(TestData.dataDir(), "render", "--out", out.toString(), "--lang", "en");

        assertEquals(2, r.code(), r.err());
        assertEquals("Error: " + out + ": the file is read-only and stays as it is; choose another name\n", r.err());
        assertEquals("old", Files.readString(out));
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }

    @Test
    void aLegendOrCaptionTooLargeForASmallPictureIsLeftOutWithANote() {
        CliRun small = CliRun.on(TestData.dataDir(), "render", "--sector", "po", "--width", "400", "--height", "300",
                "--out", dir.resolve("po.png").toString(), "--lang", "en");
        assertEquals(0, small.code(), small.err());
        assertTrue(small.err().contains("Note: the legend does not fit legibly at 400×300 and is left out"),
                small.err());

        CliRun asked = CliRun.on(TestData.dataDir(), "render", "--sector", "po", "--width", "400", "--height", "300",
                "--no-legend", "--out", dir.resolve("po.png").toString(), "--lang", "en");
        assertFalse(asked.err().contains("Note:"), "no legend was asked for: " + asked.err());

        CliRun slide = CliRun.on(TestData.dataDir(), "render", "--sector", "vo", "--region", "zwolle-en-omgeving",
                "--width", "320", "--height", "180", "--out", dir.resolve("z.png").toString());
        assertEquals(0, slide.code(), slide.err());
        assertTrue(slide.err().contains("Let op: de kerncijfers passen niet leesbaar op 320×180 en zijn weggelaten"),
                slide.err());

        CliRun large = CliRun.on(TestData.dataDir(), "render", "--sector", "po", "--width", "1280", "--height", "720",
                "--out", dir.resolve("po.svg").toString());
        assertFalse(large.err().contains("Let op"), large.err());
    }
}
