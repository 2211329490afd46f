package nl.onderwijsregio.atlas.core.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a {@link MapPicture} as PNG, SVG or PDF. Each format draws the picture on its own surface;
 * none of them copies pixels from another, so SVG and PDF stay vector. Files are written to a
 * temporary sibling first and then moved into place, so a failed export never leaves half a file.
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

    /** Writes the picture to {@code file} in {@code format}. */
    public static void write(MapPicture picture, ExportFormat format, boolean transparent, Path file)
            throws IOException {
        byte[] bytes = switch (format) {
            case PNG -> png(image(picture, transparent));
            case SVG -> svg(picture, transparent).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(picture, transparent);
        };
        Path dir = file.toAbsolutePath().getParent();
        // Not Files.createTempFile: its owner-only permissions would stick to the finished file.
        Path tmp = dir.resolve("." + file.getFileName() + "-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }
}
