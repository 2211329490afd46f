package nl.onderwijsregio.atlas.core.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The painter's surface on a Java2D image: used off the FX thread (basemap tiles) and headless
 * (command line), where no JavaFX canvas exists. Even-odd fills, round joins, antialiased, like the
 * screen's canvas.
 */
public final class Java2dSurface implements Surface {

    private final BufferedImage image;
    private final Graphics2D g;
    private final Deque<Shape> clips = new ArrayDeque<>();
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);

    public Java2dSurface(BufferedImage image) {
        this.image = image;
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** A transparent ARGB image of the given size with a surface on it. */
    public static Java2dSurface of(int width, int height) {
        return new Java2dSurface(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB));
    }

    public BufferedImage image() {
        return image;
    }

    /** Releases the graphics; the image stays usable. */
    public void dispose() {
        g.dispose();
    }

    private static Color awt(Rgb c, double opacity) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, opacity)));
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
    public void pushClip() {
        clips.push(g.getClip() == null ? new java.awt.Rectangle(0, 0, image.getWidth(), image.getHeight())
                : g.getClip());
        g.clip(path);
    }

    @Override
    public void popClip() {
        g.setClip(clips.isEmpty() ? null : clips.pop());
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
        g.setComposite(AlphaComposite.Src);
        g.setColor(awt(colour, opacity));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setComposite(AlphaComposite.SrcOver);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size));
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        double left = centred ? x - layout.getAdvance() / 2 : x;
        double baseline = centred ? y + (layout.getAscent() - layout.getDescent()) / 2 : y;
        Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(left, baseline));
        if (halo != null) {
            g.setColor(awt(halo, 0.9));
            g.setStroke(new BasicStroke((float) Math.max(2, size / 4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(awt(colour, 1));
        g.fill(outline);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size));
        return new TextLayout(text, font, new FontRenderContext(null, true, true)).getAdvance();
    }
}
