package nl.onderwijsregio.atlas.core.model;

import java.util.Locale;
import java.util.Optional;

/** The three education sectors a region can serve. */
public enum Sector {
    /** Primair onderwijs. */
    PO,
    /** Voortgezet onderwijs. */
    VO,
    /** Middelbaar beroepsonderwijs. */
    MBO;

    /** Parses "po", "PO" or " Mbo " leniently; empty when the text names no sector. */
    public static Optional<Sector> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Sector s : values()) {
            if (s.name().equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
