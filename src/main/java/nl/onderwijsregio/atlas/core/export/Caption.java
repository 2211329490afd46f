package nl.onderwijsregio.atlas.core.export;

import java.util.Collection;
import java.util.List;

/**
 * The caption card on an exported picture, as presenter mode shows it: a heading (the spotlighted region),
 * a line under it (how many municipalities), the published figures, each a number with its label, then
 * short notes on those figures and a key to how the region looks on the map.
 *
 * @param notes       lines under the figures, e.g. the validator's doubts about them: a slide passes a figure on
 *                    without the detail pane beside it, so a doubt must travel on the slide itself
 * @param key         a key to what the spotlighted region shows on the map (its striped municipalities), or null:
 *                    a slide has no legend, and a region striped all over would otherwise go unexplained
 * @param headingStep how far the heading steps down from full size ({@link #headingStep(String)}); a deck or a tour
 *                    gives all its cards the step of its longest name, so names do not jump in size between slides
 */
public record Caption(String heading, String subheading, List<Figure> figures, List<String> notes, LegendEntry key,
                      int headingStep) {

    /** A figure as the card shows it: the number, formatted, and what it counts. */
    public record Figure(String value, String label) {
    }

    public Caption {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** A card without notes or key, its heading stepped down for its own length. */
    public Caption(String heading, String subheading, List<Figure> figures) {
        this(heading, subheading, figures, List.of(), null, headingStep(heading));
    }

    public Caption withNotes(List<String> newNotes) {
        return new Caption(heading, subheading, figures, newNotes, key, headingStep);
    }

    public Caption withKey(LegendEntry newKey) {
        return new Caption(heading, subheading, figures, notes, newKey, headingStep);
    }

    public Caption withHeadingStep(int step) {
        return new Caption(heading, subheading, figures, notes, key, step);
    }

    /**
     * How far a heading steps down from full size for its length: 0 not at all, 1 for a long one, 2 for a
     * very long one. A long name is set smaller rather than broken inside a word; presenter mode and the
     * exported card step alike, so a slide looks like the screen.
     */
    public static int headingStep(String heading) {
        String longestWord = "";
        for (String word : heading.split("\\s+")) {
            longestWord = word.length() > longestWord.length() ? word : longestWord;
        }
        if (longestWord.length() > 20 || heading.length() > 40) {
            return 2;
        }
        return longestWord.length() > 14 || heading.length() > 26 ? 1 : 0;
    }

    /** The step the longest of {@code headings} needs: the one step of a deck's or a tour's cards. */
    public static int headingStep(Collection<String> headings) {
        return headings.stream().mapToInt(Caption::headingStep).max().orElse(0);
    }
}
