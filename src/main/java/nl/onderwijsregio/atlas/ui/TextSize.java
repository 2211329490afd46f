package nl.onderwijsregio.atlas.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * How large the words in the window are, chosen apart from the colours: every size in the stylesheets is
 * relative (em) to the window's one base size, so this scales all of them at once. The region names the
 * painter draws on the map follow through {@link #factor()}.
 */
public enum TextSize {
    NORMAL(100),
    LARGE(125),
    EXTRA_LARGE(150);

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    /** How many times their normal size the words are. */
    public double factor() {
        return percent / 100.0;
    }

    /** The base size in pixels under {@code appearance}, which may start from a larger base of its own. */
    public double basePx(Appearance appearance) {
        return appearance.baseFontPx() * percent / 100.0;
    }

    /**
     * A stylesheet setting the base size, to go after the appearance's: made here rather than kept as one file per
     * pair of appearance and size, so the size has one definition.
     */
    public String stylesheet(Appearance appearance) {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }", basePx(appearance));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
