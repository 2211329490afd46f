package nl.onderwijsregio.atlas.ui;

import java.util.Locale;
import java.util.Optional;

/** How the application looks: the user's choice of colours, remembered between runs. */
public enum Appearance {
    LIGHT,
    DARK,
    /** Black, white and strong accents, for low vision and bright projectors. */
    HIGH_CONTRAST;

    /** The stylesheet for this appearance over the base style (light's gives the focus rings that show). */
    public String stylesheet() {
        return switch (this) {
            case LIGHT -> "/css/settings-light.css";
            case DARK -> "/css/settings-dark.css";
            case HIGH_CONTRAST -> "/css/settings-contrast.css";
        };
    }

    /** The base font size in pixels at normal text size: high contrast reads larger to begin with. */
    public double baseFontPx() {
        return this == HIGH_CONTRAST ? 15 : 13;
    }

    public static Optional<Appearance> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
