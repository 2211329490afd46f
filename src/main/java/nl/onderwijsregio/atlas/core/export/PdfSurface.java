package nl.onderwijsregio.atlas.core.export;

import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The painter's surface as one vector PDF page (Apache PDFBox): paths stay paths, text stays text,
 * so print shops can scale it freely. One surface pixel is one PDF point. The export font is embedded
 * (subset) when found, else Helvetica is used.
 *
 * <p>Surface paths may be filled and then stroked, but a PDF path is consumed by its first paint
 * operator, so the path is kept here and replayed for each.
 */
public final class PdfSurface implements Surface {

    private final PDDocument document;
    private final PDPageContentStream cs;
    private final float height;
    private final float width;
    private final boolean transparent;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Float, PDExtendedGraphicsState> alphas = new HashMap<>();
    /** Per open group, innermost first: whether it clipped, so its end restores the state saved for it. */
    private final Deque<Boolean> groups = new ArrayDeque<>();
    private double[] coords = new double[4096];
    /** Per coordinate pair: 0 move, 1 line, 2 close (coordinates unused). */
    private byte[] ops = new byte[2048];
    private int count;

    /** Adds a page of {@code width} × {@code height} points to {@code document} and draws on it. */
    public PdfSurface(PDDocument document, double width, double height, boolean transparent) throws IOException {
        this(document, width, height, transparent, new PDRectangle((float) width, (float) height), 0);
    }

    /**
     * Adds a {@code page} to {@code document} and draws a {@code width} × {@code height} picture on it,
     * scaled to fit inside {@code margin} points and centred: the page is what a printer expects,
     * whatever the picture's pixel size.
     */
    public PdfSurface(PDDocument document, double width, double height, boolean transparent, PDRectangle page,
                      double margin) throws IOException {
        this.document = document;
        this.width = (float) width;
        this.height = (float) height;
        this.transparent = transparent;
        PDPage p = new PDPage(page);
        document.addPage(p);
        this.regular = font(document, false);
        this.bold = font(document, true);
        this.cs = new PDPageContentStream(document, p);
        double k = Math.min((page.getWidth() - 2 * margin) / width, (page.getHeight() - 2 * margin) / height);
        if (Math.abs(k - 1) > 1e-9 || page.getWidth() != this.width || page.getHeight() != this.height) {
            float dx = (float) ((page.getWidth() - width * k) / 2);
            float dy = (float) ((page.getHeight() - height * k) / 2);
            cs.transform(new org.apache.pdfbox.util.Matrix((float) k, 0, 0, (float) k, dx, dy));
        }
        cs.setLineJoinStyle(1);
        cs.setLineCapStyle(1);
    }

    /**
     * The printed page for a picture of this shape: A4, landscape unless the picture is taller than
     * wide. The same for a ×1, ×2 or ×4 export, which differ only in detail, not in what they show.
     */
    public static PDRectangle a4For(double width, double height) {
        PDRectangle a4 = PDRectangle.A4;
        return width >= height ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
    }

    /** Margin around the map on a printed page: 10 mm. */
    public static final double PAGE_MARGIN = 10 / 25.4 * 72;

    private static PDFont font(PDDocument doc, boolean bold) throws IOException {
        Optional<InputStream> file = ExportFonts.trueType(bold);
        if (file.isPresent()) {
            try (InputStream in = file.get()) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                // Without the font's substitutions PDFBox sets "ffi" as its letters, not as the one ligature glyph,
                // which a copy or text extraction reads as "ﬃ" ("Aﬃliated"); the PNG and SVG exports set no
                // ligatures either, and the widths measured are those drawn.
                ttf.setEnableGsub(false);
                doc.registerTrueTypeFontForClosing(ttf);
                return PDType0Font.load(doc, ttf, true);
            }
        }
        return new PDType1Font(bold ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA);
    }

    /** Finishes the page; the caller saves and closes the document. */
    public void finish() throws IOException {
        while (!groups.isEmpty()) {
            endGroup();
        }
        cs.close();
    }

    @Override
    public void beginGroup(String id) {
        groups.push(false);
    }

    /** Clips to the picture's frame: on an A4 page with a margin, nothing of the map lies beyond it. */
    @Override
    public void beginClippedGroup(String id) {
        try {
            cs.saveGraphicsState();
            cs.addRect(0, 0, width, height);
            cs.clip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        groups.push(true);
    }

    @Override
    public void endGroup() {
        if (!groups.isEmpty() && groups.pop()) {
            try {
                cs.restoreGraphicsState();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void beginPath() {
        count = 0;
    }

    private void add(byte op, double x, double y) {
        if (count == ops.length) {
            ops = java.util.Arrays.copyOf(ops, count * 2);
            coords = java.util.Arrays.copyOf(coords, count * 4);
        }
        ops[count] = op;
        coords[2 * count] = x;
        coords[2 * count + 1] = y;
        count++;
    }

    @Override
    public void moveTo(double x, double y) {
        add((byte) 0, x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        add((byte) 1, x, y);
    }

    @Override
    public void closePath() {
        add((byte) 2, 0, 0);
    }

    private void replay() throws IOException {
        for (int i = 0; i < count; i++) {
            float x = (float) coords[2 * i];
            float y = height - (float) coords[2 * i + 1];
            switch (ops[i]) {
                case 0 -> cs.moveTo(x, y);
                case 1 -> cs.lineTo(x, y);
                default -> cs.closePath();
            }
        }
    }

    private void alpha(double opacity) throws IOException {
        float a = (float) (Math.round(Math.max(0, Math.min(1, opacity)) * 100) / 100.0);
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(a, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant(k);
            s.setStrokingAlphaConstant(k);
            return s;
        });
        cs.setGraphicsStateParameters(gs);
    }

    private static float c(int channel) {
        return channel / 255f;
    }

    @Override
    public void fillPath(Rgb colour, double opacity) {
        if (count == 0) {
            return;
        }
        try {
            alpha(opacity);
            cs.setNonStrokingColor(c(colour.r()), c(colour.g()), c(colour.b()));
            replay();
            cs.fillEvenOdd();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokePath(Rgb colour, double opacity, double lineWidth) {
        stroke(colour, opacity, lineWidth, null);
    }

    @Override
    public void strokeDashedPath(Rgb colour, double opacity, double width, double dash, double gap) {
        stroke(colour, opacity, width, new float[] {(float) dash, (float) gap});
    }

    private void stroke(Rgb colour, double opacity, double lineWidth, float[] dashes) {
        if (count == 0) {
            return;
        }
        try {
            alpha(opacity);
            cs.setStrokingColor(c(colour.r()), c(colour.g()), c(colour.b()));
            cs.setLineWidth((float) lineWidth);
            if (dashes != null) {
                cs.setLineDashPattern(dashes, 0);
            }
            replay();
            cs.stroke();
            if (dashes != null) {
                cs.setLineDashPattern(new float[0], 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean transparentBackground() {
        return transparent;
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
        if (transparent) {
            return;
        }
        try {
            alpha(opacity);
            cs.setNonStrokingColor(c(colour.r()), c(colour.g()), c(colour.b()));
            cs.addRect(0, 0, width, height);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean isBold, Rgb colour, Rgb halo,
                     boolean centred) {
        PDFont font = isBold ? bold : regular;
        String shown = encodable(font, text);
        if (shown.isEmpty()) {
            return;
        }
        try {
            float w = (float) (font.getStringWidth(shown) / 1000 * size);
            float left = (float) (centred ? x - w / 2 : x);
            float capHeight = font.getFontDescriptor() == null ? 700 : font.getFontDescriptor().getCapHeight();
            float baseline = (float) (centred ? y + capHeight / 1000 * size / 2 : y);
            if (halo != null) {
                alpha(0.9);
                cs.setStrokingColor(c(halo.r()), c(halo.g()), c(halo.b()));
                cs.setLineWidth((float) Surface.haloWidth(size));
                halo(font, size, shown, left, baseline);
            }
            alpha(1);
            cs.setNonStrokingColor(c(colour.r()), c(colour.g()), c(colour.b()));
            showText(font, size, shown, left, baseline, RenderingMode.FILL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The halo: the glyphs' outlines stroked, as stroked text looks, but drawn as paths. As a second run of text it
     * was read twice by whoever copies or extracts the page's text ("Education regions POEducation regions PO").
     */
    private void halo(PDFont font, double size, String text, float left, float baseline) throws IOException {
        PDVectorFont outlines = (PDVectorFont) font;
        double scale = size / 1000;
        double x = left;
        ByteArrayInputStream codes = new ByteArrayInputStream(font.encode(text));
        while (codes.available() > 0) {
            int code = font.readCode(codes);
            AffineTransform place = new AffineTransform(scale, 0, 0, scale, x, height - baseline);
            // Glyph by glyph, as stroked text is painted: where two halos overlap, the 90 % halo doubles as it did.
            outline(outlines.getNormalizedPath(code).getPathIterator(place));
            cs.stroke();
            x += font.getWidthFromFont(code) * scale;
        }
    }

    /** Adds a glyph's outline to the current path; its quadratic curves (TrueType's) as the cubic ones PDF has. */
    private void outline(PathIterator it) throws IOException {
        float[] p = new float[6];
        float[] at = new float[2];
        float[] start = new float[2];
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(p[0], p[1]);
                    start = new float[] {p[0], p[1]};
                    at = start;
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(p[0], p[1]);
                    at = new float[] {p[0], p[1]};
                }
                case PathIterator.SEG_QUADTO -> {
                    // The cubic with the same curve: each control point two thirds of the way to the quadratic's.
                    cs.curveTo(at[0] + 2 * (p[0] - at[0]) / 3, at[1] + 2 * (p[1] - at[1]) / 3,
                            p[2] + 2 * (p[0] - p[2]) / 3, p[3] + 2 * (p[1] - p[3]) / 3, p[2], p[3]);
                    at = new float[] {p[2], p[3]};
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                    at = new float[] {p[4], p[5]};
                }
                default -> {
                    cs.closePath();
                    at = start;
                }
            }
        }
    }

    private void showText(PDFont font, double size, String text, float x, float baseline, RenderingMode mode)
            throws IOException {
        cs.beginText();
        cs.setRenderingMode(mode);
        cs.setFont(font, (float) size);
        cs.newLineAtOffset(x, height - baseline);
        cs.showText(text);
        cs.endText();
    }

    @Override
    public double textWidth(String text, double size, boolean isBold) {
        PDFont font = isBold ? bold : regular;
        try {
            return font.getStringWidth(encodable(font, text)) / 1000 * size;
        } catch (IOException e) {
            return ExportFonts.width(text, size, isBold);
        }
    }

    /** The text with characters the font cannot show replaced by '?', so one odd letter never fails an export. */
    private static String encodable(PDFont font, String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    PDDocument document() {
        return document;
    }
}
