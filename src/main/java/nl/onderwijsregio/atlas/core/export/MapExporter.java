package nl.onderwijsregio.atlas.core.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a {@link MapPicture} as PNG, SVG or PDF. Each format draws the picture on its own surface;
 * none of them copies pixels from another, so SVG and PDF stay vector. Files go through
 * {@link ExportFile}, so a failed export never leaves half a file and never replaces a read-only one.
 */
public final class MapExporter {

    private MapExporter() {
    }

    /** The picture as an image; transparent where the picture has no background. */
    public static BufferedImage image(MapPicture picture, boolean transparent) {
        ImageSurface surface = ImageSurface.create(picture.pixelWidth(), picture.pixelHeight(), transparent);
        try {
            picture.draw(surface);
        } finally {
            surface.dispose();
        }
        return surface.image();
    }

    public static String svg(MapPicture picture, boolean transparent) {
        SvgSurface surface = new SvgSurface(picture.viewport().width(), picture.viewport().height(), transparent);
        picture.draw(surface);
        return surface.toSvg();
    }

    public static byte[] pdf(MapPicture picture, boolean transparent) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            double w = picture.viewport().width();
            double h = picture.viewport().height();
            PdfSurface surface = new PdfSurface(doc, w, h, transparent, PdfSurface.a4For(w, h), PdfSurface.PAGE_MARGIN);
            picture.draw(surface);
            surface.finish();
            doc.getDocumentInformation().setTitle(picture.title() == null ? "Onderwijsregio Atlas" : picture.title());
            doc.getDocumentInformation().setCreator("Onderwijsregio Atlas");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * Writes the picture to {@code file} in {@code format}, whole or not at all ({@link ExportFile}); a file
     * that cannot take it is refused before the picture is drawn.
     */
    public static void write(MapPicture picture, ExportFormat format, boolean transparent, Path file)
            throws ExportNotWritten {
        ExportFile.check(file);
        byte[] bytes;
        try {
            bytes = switch (format) {
                case PNG -> png(image(picture, transparent));
                case SVG -> svg(picture, transparent).getBytes(StandardCharsets.UTF_8);
                case PDF -> pdf(picture, transparent);
            };
        } catch (IOException e) {
            // Made in memory, so only an encoder's own failure (a font PDFBox cannot embed): told with the file.
            throw ExportNotWritten.because(file, e);
        }
        ExportFile.write(bytes, file);
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }
}
