package nl.onderwijsregio.atlas.core.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;

/**
 * The painter's surface on a Java2D image: the PNG and slide exports, the presenter's stills and the
 * offline basemap tiles. Plain {@code java.awt}, so it runs off the FX thread, in the CLI and in tests
 * without JavaFX. Even-odd fills, round joins, antialiased, like the screen's canvas.
 */
public final class ImageSurface implements Surface {

    private final BufferedImage image;
    private final Graphics2D g;
    private final boolean transparent;
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);

    /** Draws into {@code image} (ARGB for a transparent background); call {@link #dispose()} when done. */
    public ImageSurface(BufferedImage image, boolean transparent) {
        this.image = image;
        this.transparent = transparent;
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** A new ARGB image of the given size with a surface on it. */
    public static ImageSurface create(int width, int height, boolean transparent) {
        return new ImageSurface(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), transparent);
    }

    public BufferedImage image() {
        return image;
    }

    public void dispose() {
        g.dispose();
    }

    private static Color awt(Rgb c, double opacity) {
        int a = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
        return new Color(c.r(), c.g(), c.b(), a);
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fillPath(Rgb colour, double opacity) {
        g.setColor(awt(colour, opacity));
        g.fill(path);
    }

    @Override
    public void strokePath(Rgb colour, double opacity, double width) {
        g.setColor(awt(colour, opacity));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void strokeDashedPath(Rgb colour, double opacity, double width, double dash, double gap) {
        g.setColor(awt(colour, opacity));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {(float) dash, (float) gap}, 0f));
        g.draw(path);
    }

    @Override
    public boolean transparentBackground() {
        return transparent;
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
        Composite before = g.getComposite();
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setComposite(before);
        if (!transparent) {
            g.setColor(awt(colour, opacity));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
        if (text.isEmpty()) {
            return;
        }
        Font font = ExportFonts.awt(size, bold);
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        double left = centred ? x - layout.getAdvance() / 2 : x;
        double baseline = centred ? y + (layout.getAscent() - layout.getDescent()) / 2 : y;
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(left, baseline));
        if (halo != null) {
            g.setColor(awt(halo, 0.9));
            g.setStroke(new BasicStroke((float) Surface.haloWidth(size), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(awt(colour, 1));
        g.fill(outline);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return ExportFonts.width(text, size, bold);
    }
}
