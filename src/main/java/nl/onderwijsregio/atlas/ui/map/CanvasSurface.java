package nl.onderwijsregio.atlas.ui.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;

/** The painter's surface on a JavaFX canvas: the screen, and the PNG export through a snapshot. */
public final class CanvasSurface implements Surface {

    private static final String FONT_FAMILY = "System";

    private final GraphicsContext gc;
    private static final java.util.Map<String, Double> WIDTHS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Text measure = new Text();

    public CanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineJoin(StrokeLineJoin.ROUND);
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
        gc.stroke();
    }

    @Override
    public void pushClip() {
        gc.save();
        gc.clip();
    }

    @Override
    public void popClip() {
        gc.restore();
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
        gc.setFont(font(size, bold));
        gc.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        gc.setTextBaseline(centred ? VPos.CENTER : VPos.BASELINE);
        if (halo != null) {
            gc.setStroke(fx(halo, 0.9));
            gc.setLineWidth(Math.max(2, size / 4));
            gc.strokeText(text, x, y);
        }
        gc.setFill(fx(colour, 1));
        gc.fillText(text, x, y);
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
