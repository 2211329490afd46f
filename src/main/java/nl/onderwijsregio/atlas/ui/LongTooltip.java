package nl.onderwijsregio.atlas.ui;

import javafx.scene.control.Tooltip;

/**
 * A tooltip for a text that may run long (a judgement, a reason, a source): wrapped at a readable measure, where a
 * plain tooltip runs in one line across the whole screen. Stylesheets cannot do it: a tooltip's width is not styleable.
 */
public final class LongTooltip {

    /** About 70 characters at the atlas's 13 px font. */
    static final double MAX_WIDTH = 480;

    private LongTooltip() {
    }

    public static Tooltip of(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(MAX_WIDTH);
        return tip;
    }
}
