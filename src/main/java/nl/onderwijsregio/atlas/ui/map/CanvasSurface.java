package nl.onderwijsregio.atlas.ui.map;

import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import nl.onderwijsregio.atlas.core.export.LegendEntry;
import nl.onderwijsregio.atlas.core.export.LegendSwatch;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;

/** The painter's surface on a JavaFX canvas: the map on screen, the locator map and the legend's keys. */
public final class CanvasSurface implements Surface {

    private static final String FONT_FAMILY = "System";

    private final GraphicsContext gc;
    private static final Map<String, Double> WIDTHS = new ConcurrentHashMap<>();
    /** Labels are cached at twice their size, so they stay crisp when drawn at a fractional position. */
    private static final double SPRITE_SCALE = 2;
    private static final Map<LabelKey, Image> LABELS = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<LabelKey, Image> eldest) {
                    return size() > 400;
                }
            });

    /** Stripe tiles per colour set and band width; drawn once, then every overlap is one pattern fill. */
    private static final Map<StripeKey, Image> STRIPES = Collections.synchronizedMap(
            new LinkedHashMap<>(32, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<StripeKey, Image> eldest) {
                    return size() > 200;
                }
            });

    private final Text measure = new Text();

    private static final SpriteMaker SPRITES_TO_MAKE = new SpriteMaker();

    public CanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    /**
     * A legend line's swatch as the pictures paint it, on a canvas of its own (so nothing spills out) and on the
     * pixel grid (so its border is one crisp pixel): the screen's legend and the presenter's key show the same.
     */
    public static Canvas swatch(LegendEntry entry, double size, Rgb border) {
        Canvas c = new Canvas(size, size);
        LegendSwatch.draw(new CanvasSurface(c.getGraphicsContext2D()), entry, 0.5, 0.5, size - 1, border, 1, 1);
        return c;
    }

    static Color fx(Rgb c, double opacity) {
        return Color.rgb(c.r(), c.g(), c.b(), Math.max(0, Math.min(1, opacity)));
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fillPath(Rgb colour, double opacity) {
        gc.setFill(fx(colour, opacity));
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.fill();
    }

    @Override
    public void strokePath(Rgb colour, double opacity, double width) {
        gc.setStroke(fx(colour, opacity));
        gc.setLineWidth(width);
        // a round join is invisible on a hairline but costs the software rasteriser an arc per vertex
        gc.setLineJoin(width < 2 ? StrokeLineJoin.BEVEL : StrokeLineJoin.ROUND);
        gc.stroke();
    }

    @Override
    public void strokeDashedPath(Rgb colour, double opacity, double width, double dash, double gap) {
        gc.setLineDashes(dash, gap);
        strokePath(colour, opacity, width);
        gc.setLineDashes((double[]) null);
    }

    /**
     * One fill with a repeating tile instead of one fill per colour of many thin bands: the software
     * rasteriser then handles the municipality's outline once rather than two edges per band.
     */
    @Override
    public boolean fillStriped(Rgb[] colours, double band, double anchor) {
        if (!Platform.isFxApplicationThread()) {
            return false;
        }
        double period = band * colours.length;
        StripeKey key = new StripeKey(List.of(colours), band);
        Image tile = STRIPES.get(key);
        if (tile == null) {
            // A snapshot now would hold this frame up (see SpriteMaker): the caller cuts the bands as geometry
            // this once, and the next redraw finds the tile.
            SPRITES_TO_MAKE.request(key, STRIPES, CanvasSurface::stripeTile, new SnapshotParameters());
            return false;
        }
        double offset = ((anchor % period) + period) % period;
        gc.setFill(new ImagePattern(tile, offset, 0, period, period, false));
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.fill();
        return true;
    }

    /**
     * One period of the bands, drawn at twice the size for crisp edges: pixel (i, j) of the period lies
     * in band floor((i + j) / band), so laid from any multiple of the period it continues the bands
     * seamlessly.
     */
    private static Canvas stripeTile(StripeKey k) {
        int count = k.colours().size();
        double period = k.band() * count;
        int size = (int) Math.round(period * SPRITE_SCALE);
        double scale = size / period;
        Canvas c = new Canvas(size, size);
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(scale, scale);
        g.setFill(fx(k.colours().get(0), 1));
        g.fillRect(0, 0, period, period);
        double far = 3 * period;
        for (int j = -3 * count; j < 3 * count; j++) {
            int colour = Math.floorMod(j, count);
            if (colour == 0) {
                continue;
            }
            double t = j * k.band();
            double u = t + k.band();
            g.setFill(fx(k.colours().get(colour), 1));
            g.fillPolygon(new double[] {t + far, u + far, u - far, t - far}, new double[] {-far, -far, far, far}, 4);
        }
        return c;
    }

    private record StripeKey(List<Rgb> colours, double band) {
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
        var canvas = gc.getCanvas();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setFill(fx(colour, opacity));
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
        if (centred && halo != null && Platform.isFxApplicationThread()) {
            // A haloed label is stroked glyph by glyph, costly in the software pipeline; drawn once into
            // a small image and reused, every later redraw is a plain image copy.
            LabelKey key = new LabelKey(text, size, bold, colour, halo);
            Image sprite = LABELS.get(key);
            if (sprite == null) {
                // this time drawn directly; the sprite is ready for the next redraw
                SnapshotParameters transparent = new SnapshotParameters();
                transparent.setFill(Color.TRANSPARENT);
                SPRITES_TO_MAKE.request(key, LABELS, this::sprite, transparent);
                draw(gc, text, x, y, size, bold, colour, halo, centred);
                return;
            }
            gc.drawImage(sprite, x - sprite.getWidth() / (2 * SPRITE_SCALE), y - sprite.getHeight() / (2 * SPRITE_SCALE),
                    sprite.getWidth() / SPRITE_SCALE, sprite.getHeight() / SPRITE_SCALE);
            return;
        }
        draw(gc, text, x, y, size, bold, colour, halo, centred);
    }

    private static void draw(GraphicsContext g, String text, double x, double y, double size, boolean bold, Rgb colour,
                             Rgb halo, boolean centred) {
        g.setFont(font(size, bold));
        g.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        g.setTextBaseline(centred ? VPos.CENTER : VPos.BASELINE);
        if (halo != null) {
            g.setStroke(fx(halo, 0.9));
            g.setLineWidth(Surface.haloWidth(size));
            g.strokeText(text, x, y);
        }
        g.setFill(fx(colour, 1));
        g.fillText(text, x, y);
    }

    /** The label drawn centred on a canvas, at {@link #SPRITE_SCALE} times its size. */
    private Canvas sprite(LabelKey k) {
        double w = Math.ceil(textWidth(k.text(), k.size(), k.bold()) + k.size());
        double h = Math.ceil(k.size() * 2);
        Canvas c = new Canvas(w * SPRITE_SCALE, h * SPRITE_SCALE);
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(SPRITE_SCALE, SPRITE_SCALE);
        g.setLineJoin(StrokeLineJoin.ROUND);
        draw(g, k.text(), w / 2, h / 2, k.size(), k.bold(), k.colour(), k.halo(), true);
        return c;
    }

    private record LabelKey(String text, double size, boolean bold, Rgb colour, Rgb halo) {
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        // measuring lays out a Text node: costly, and labels are measured on every redraw
        return WIDTHS.computeIfAbsent(text + '\u0000' + size + (bold ? 'b' : 'r'), k -> {
            measure.setFont(font(size, bold));
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private static Font font(double size, boolean bold) {
        return Font.font(FONT_FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }
}
