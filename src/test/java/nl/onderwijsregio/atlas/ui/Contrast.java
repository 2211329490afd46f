package nl.onderwijsregio.atlas.ui;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Shape;

/** How far apart two colours are to the eye (WCAG's ratio), and what colour a node really stands on. */
public final class Contrast {

    private Contrast() {
    }

    /**
     * The first solid-enough fill behind the node: its own, a sibling's painted beneath it (a bar
     * segment under its count), or the nearest ancestor's.
     */
    static Color groundOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            Color own = fillOf(p);
            if (own != null) {
                return own;
            }
            Parent parent = p.getParent();
            if (parent == null) {
                return null;
            }
            List<Node> siblings = parent.getChildrenUnmodifiable();
            Bounds b = p.getBoundsInParent();
            for (int i = siblings.indexOf(p) - 1; i >= 0; i--) {
                Node under = siblings.get(i);
                Color c = under.isVisible() && under.getBoundsInParent().contains(b.getCenterX(), b.getCenterY())
                        ? fillOf(under) : null;
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** What a node paints last under its text: the top fill of its background (a gradient by its mean colour). */
    public static Color fillOf(Node n) {
        Paint top = null;
        if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            List<BackgroundFill> fills = r.getBackground().getFills();
            top = fills.get(fills.size() - 1).getFill();
        } else if (n instanceof Shape s) {
            top = s.getFill();
        }
        Color c = top instanceof Color plain ? plain
                : top instanceof LinearGradient g ? mean(g.getStops())
                : top instanceof RadialGradient g ? mean(g.getStops()) : null;
        return c != null && c.getOpacity() >= 0.5 ? c : null;
    }

    private static Color mean(List<Stop> stops) {
        double r = 0;
        double g = 0;
        double b = 0;
        double a = 0;
        for (Stop stop : stops) {
            r += stop.getColor().getRed();
            g += stop.getColor().getGreen();
            b += stop.getColor().getBlue();
            a += stop.getColor().getOpacity();
        }
        int n = stops.size();
        return Color.color(r / n, g / n, b / n, a / n);
    }

    /** WCAG's contrast ratio of two colours. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
