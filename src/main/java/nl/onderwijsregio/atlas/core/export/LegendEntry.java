package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.Rgb;

/**
 * One line of an exported legend: a swatch and what it stands for. A swatch with a {@code stripes}
 * colour is striped, as a municipality in several regions is drawn; one with a {@code hatch} colour is
 * cross-hatched in it over {@code colour}, as a gap is drawn.
 */
public record LegendEntry(Rgb colour, Rgb stripes, Rgb hatch, String label) {

    public LegendEntry(Rgb colour, String label) {
        this(colour, null, null, label);
    }

    /** A striped swatch in two region colours. */
    public static LegendEntry striped(Rgb colour, Rgb stripes, String label) {
        return new LegendEntry(colour, stripes, null, label);
    }

    /** A gap's swatch: {@code hatch} lines over {@code land}. */
    public static LegendEntry hatched(Rgb land, Rgb hatch, String label) {
        return new LegendEntry(land, null, hatch, label);
    }
}
