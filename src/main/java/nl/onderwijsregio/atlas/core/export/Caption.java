package nl.onderwijsregio.atlas.core.export;

import java.util.List;

/**
 * The caption card on an exported picture, as presenter mode shows it: a heading (the spotlighted region),
 * a line under it (how many municipalities) and the published figures, each a number with its label.
 */
public record Caption(String heading, String subheading, List<Figure> figures) {

    /** A figure as the card shows it: the number, formatted, and what it counts. */
    public record Figure(String value, String label) {
    }

    public Caption {
        figures = List.copyOf(figures);
    }
}
